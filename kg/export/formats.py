"""The export formats and the file each is written to by ``kg build``: one table, read by the
command line (cheaply, without loading any exporter) and by the writer."""

from __future__ import annotations

FILES = {"json": "graph.json", "ttl": "graph.ttl", "jsonld": "graph.jsonld", "graphml": "graph.graphml",
         "gexf": "graph.gexf", "cytoscape": "graph.cyjs", "neo4j": "neo4j", "html": "graph.html"}
FORMATS = tuple(FILES)
