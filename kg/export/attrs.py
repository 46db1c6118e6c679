"""Flat, string-valued views of node and edge attributes, for formats without lists."""

from __future__ import annotations

import json
from typing import Any


def flat(value: Any) -> str | int | float | bool:
    """Lists and dicts as compact JSON text; scalars as they are; None as an empty string."""
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return value


def as_text(value: Any) -> str | None:
    """An attribute as XML text (GEXF, GraphML): booleans as XML Schema writes them, lists and
    dicts as JSON; None when the attribute is absent."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(flat(value))


def evidence_text(evidence: list[dict]) -> str:
    """The evidence sentences, one per line, for tools that show a single string."""
    return "\n".join(e["sentence"] for e in evidence)
