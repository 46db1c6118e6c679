"""Flat, string-valued views of node and edge attributes, for formats without lists."""

from __future__ import annotations

import json
import re
from typing import Any
from xml.etree import ElementTree as ET

# characters XML 1.0 cannot hold, not even as character references
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


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


def xml_safe(root: ET.Element) -> ET.Element:
    """The tree with every character XML cannot hold replaced by U+FFFD, in text and in
    attributes: ElementTree writes them as they are, which no XML reader accepts. (kg's own
    builds drop control characters on reading; a graph.json from elsewhere may hold them.)"""
    for el in root.iter():
        if el.text:
            el.text = _XML_ILLEGAL.sub("\ufffd", el.text)
        if el.tail:
            el.tail = _XML_ILLEGAL.sub("\ufffd", el.tail)
        for key, value in el.attrib.items():
            el.attrib[key] = _XML_ILLEGAL.sub("\ufffd", value)
    return root
