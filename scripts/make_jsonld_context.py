#!/usr/bin/env python3
"""Derive graph.jsonld's @context from the ontology.

Why a committed script: the context ships inside the package (``kg/export/context.jsonld``),
where the exporter finds it without ``ontology/``; it must follow ``ontology/kg.ttl``, and a
test fails when it does not.

Usage::

    python scripts/make_jsonld_context.py ontology/kg.ttl kg/export/context.jsonld
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kg.export.jsonld import context_from_ontology


def main(ontology: str, out: str) -> None:
    text = json.dumps(context_from_ontology(Path(ontology)), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    Path(out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
