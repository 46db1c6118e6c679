"""Indented XML text written element by element, for graph.graphml and graph.gexf.

Why: building an ElementTree of every node's and edge's data (half a million elements on 120
pages) and serializing it took most of those two exports' time. This writer emits the same
bytes that ``ElementTree.indent`` and ``ElementTree.tostring(..., encoding="utf-8",
xml_declaration=True)`` gave (two spaces a level, ``<tag />`` for an empty element, attributes
in the order given), straight into a list of strings. Characters XML 1.0 cannot hold, not even
as character references, become U+FFFD in text and attributes alike: kg's own builds drop
control characters on reading, but a graph.json from elsewhere may hold them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_ILLEGAL = "\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff"
_TEXT = re.compile(f"[&<>{_ILLEGAL}]")
_ILLEGAL_RE = re.compile(f"[{_ILLEGAL}]")
_ATTR = re.compile(f'[&<>"\n\r\t{_ILLEGAL}]')
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#09;"}

Attrs = Iterable[tuple[str, str]]


def _entity(m: re.Match[str]) -> str:
    return _ENTITIES.get(m.group(), "\ufffd")


def text(value: str) -> str:
    """Character data: ``&``, ``<`` and ``>`` escaped, illegal characters replaced."""
    return _TEXT.sub(_entity, value) if _TEXT.search(value) else value


def attr(value: str) -> str:
    """An attribute value in double quotes: also ``"`` and the whitespace that a reader would
    otherwise normalise to spaces escaped as character references."""
    return _ATTR.sub(_entity, value) if _ATTR.search(value) else value


class XmlText:
    """One XML document, built in order: ``start`` and ``end`` an element with children,
    ``leaf`` an element with at most text, ``comment``; ``bytes`` the finished document."""

    def __init__(self) -> None:
        self._parts: list[str] = ["<?xml version='1.0' encoding='utf-8'?>\n"]
        self._open: list[str] = []
        self._empty = False  # the last start tag is still open: no child written yet

    def _child(self) -> None:
        if self._empty:
            self._parts.append(">")
            self._empty = False
        if self._open:
            self._parts.append("\n" + "  " * len(self._open))

    def start(self, tag: str, attrs: Attrs = ()) -> None:
        self._child()
        self._parts.append(f"<{tag}{_attributes(attrs)}")
        self._open.append(tag)
        self._empty = True

    def end(self) -> None:
        tag = self._open.pop()
        if self._empty:
            self._parts.append(" />")
            self._empty = False
        else:
            self._parts.append(f"\n{'  ' * len(self._open)}</{tag}>")

    def leaf(self, tag: str, attrs: Attrs = (), content: str | None = None) -> None:
        self._child()
        if content:
            self._parts.append(f"<{tag}{_attributes(attrs)}>{text(content)}</{tag}>")
        else:
            self._parts.append(f"<{tag}{_attributes(attrs)} />")

    def comment(self, content: str) -> None:
        """A comment, as it is: markup inside a comment is not markup, so nothing is escaped
        but the characters XML cannot hold; ``--`` would end it early and is refused."""
        if "--" in content:
            raise ValueError(f"an XML comment cannot hold '--': {content!r}")
        self._child()
        self._parts.append(f"<!--{_ILLEGAL_RE.sub(chr(0xFFFD), content)}-->")

    def bytes(self) -> bytes:
        """The document, its root closed; a line end after it. Characters UTF-8 cannot encode
        (lone surrogates) become character references, as ElementTree wrote them."""
        if self._open:
            raise ValueError(f"XML element <{self._open[-1]}> is not closed")
        return ("".join(self._parts) + "\n").encode("utf-8", "xmlcharrefreplace")


def _attributes(attrs: Attrs) -> str:
    return "".join(f' {name}="{attr(value)}"' for name, value in attrs)
