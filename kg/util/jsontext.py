"""Indented, key-sorted JSON, the bytes of ``json.dumps(obj, ensure_ascii=False, indent=1,
sort_keys=True)``, several times faster.

Why: with ``indent`` set, the standard library leaves its C encoder for a pure-Python one that
yields every token through nested generators; graph.json, graph.jsonld and graph.cyjs are
written that way, and on 120 pages the encoder took seconds. Here each container is one
function call and each string goes through the C string encoder. Values are what those
exports hold: dicts with string keys, lists and tuples, strings, ints, floats, booleans, None.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json.encoder import encode_basestring  # the C implementation where CPython has it
from typing import IO

_FLUSH = 1 << 16  # pieces gathered before a streamed write


def dumps(obj: object) -> str:
    """``json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True)``."""
    parts: list[str] = []
    _encode(obj, "\n", parts.append)
    return "".join(parts)


def dump(obj: object, out: IO[str]) -> None:
    """The same text, written into ``out`` in pieces (a large graph is never one string)."""
    parts: list[str] = []

    def add(piece: str) -> None:
        parts.append(piece)
        if len(parts) >= _FLUSH:
            out.write("".join(parts))
            parts.clear()

    _encode(obj, "\n", add)
    out.write("".join(parts))


def _encode(obj: object, newline: str, add: Callable[[str], None]) -> None:
    """Append the text of ``obj`` at the nesting whose line start is ``newline``."""
    if isinstance(obj, dict):
        if not obj:
            add("{}")
            return
        inner = newline + " "
        opening = "{" + inner
        for key, value in sorted(obj.items()):
            if not isinstance(key, str):
                raise TypeError(f"keys must be strings, not {type(key).__name__}")
            if isinstance(value, dict | list | tuple):
                add(opening + encode_basestring(key) + ": ")
                _encode(value, inner, add)
            else:
                add(opening + encode_basestring(key) + ": " + _scalar(value))
            opening = "," + inner
        add(newline + "}")
    elif isinstance(obj, list | tuple):
        if not obj:
            add("[]")
            return
        inner = newline + " "
        opening = "[" + inner
        for value in obj:
            if isinstance(value, dict | list | tuple):
                add(opening)
                _encode(value, inner, add)
            else:
                add(opening + _scalar(value))
            opening = "," + inner
        add(newline + "]")
    else:
        add(_scalar(obj))


def _scalar(value: object) -> str:
    if isinstance(value, str):
        return encode_basestring(value)
    if value.__class__ is int:
        return int.__repr__(value)
    return json.dumps(value)  # floats, booleans and None exactly as json writes them
