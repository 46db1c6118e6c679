"""kg's mark in what it writes, and telling a file kg wrote from any other.

Why: kg replaces an existing output only when it is kg's own (``kg.export.target``), so each
export carries a mark near one end that no other program writes by chance: ``manifest.json``
and ``graph.json`` a ``"generator": {"name": "kg", "version": ...}`` field, ``graph.ttl`` a first
line ``# generator: kg VERSION``, ``graph.graphml`` an XML comment ``<!-- generator: kg VERSION -->``,
``graph.html`` a ``<meta name="generator" content="kg VERSION">``. Formats that named kg
already keep their mark, which also tells files of earlier kg versions: GEXF's
``<creator>kg</creator>``, Cytoscape.js's top-level ``"generated_by": "kg"``, the JSON-LD file's
embedded ``@context`` with kg's base IRI, and ``import.cypher``'s first comment. The version
is in the mark, not a date, so the same input still gives the same bytes.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from kg import __version__

GENERATOR = {"name": "kg", "version": __version__}
NAME_VERSION = f"kg {__version__}"
COMMENT = f"generator: {NAME_VERSION}"  # graph.ttl's first line after "# ", graph.graphml's XML comment
_HEAD, _TAIL = 8192, 4096  # how much of a file's start and end is read to find a mark


def written_by_kg(path: Path, fmt: str) -> bool:
    """Whether the file at ``path`` carries kg's mark for the format ``fmt`` (a ``kg export``
    format name, or ``cypher`` for neo4j's ``import.cypher``). An unreadable file is not kg's."""
    pattern, at_end = _marks()[fmt]
    try:
        with open(path, "rb") as f:
            if at_end:
                f.seek(max(f.seek(0, 2) - _TAIL, 0))
            return pattern.search(f.read(_TAIL if at_end else _HEAD)) is not None
    except OSError:
        return False


@cache
def _marks() -> dict[str, tuple[re.Pattern[bytes], bool]]:
    """Each format's mark, and whether it lies at the file's end rather than its start."""
    from kg.export.turtle import BASE  # turtle.py writes COMMENT, so it is imported here, not above

    return {
        "json": (re.compile(rb'\A\{\s*"directed": true,\s*"graph": \{\s*"generator": \{\s*"name": "kg",'), False),
        "ttl": (re.compile(rb"\A# generator: kg "), False),
        "jsonld": (re.compile(rb'\A\{\s*"@context": \{.*"id": "' + re.escape(BASE.encode()) + rb'".*\},\s*"@graph": \[',
                              re.DOTALL), False),
        "graphml": (re.compile(rb"\A<\?xml [^>]*\?>\s*<graphml [^>]*>\s*<!-- generator: kg "), False),
        "gexf": (re.compile(rb"<creator>kg</creator>"), False),
        "cytoscape": (re.compile(rb'"generated_by": "kg",'), True),
        "html": (re.compile(rb'<meta name="generator" content="kg '), False),
        "cypher": (re.compile(rb"\A// Load kg's neo4j/\*\.csv"), False),
    }
