"""Small string tests shared by the rule components, the resolver, the scorer and the view."""

from __future__ import annotations

import re
import unicodedata

from kg.lexicons.catalog import name_folds

_STRIP = re.compile(r"[\s\u3000“”\"'‘’「」『』《》〈〉]")


def in_order(short: str, full: str) -> bool:
    """Every character of ``short`` appears in ``full``, in order (大二院 in 大连医科大学附属第二医院)."""
    rest = iter(full)
    return all(ch in rest for ch in short)


def hanzi(s: str) -> bool:
    """Chinese characters only, and at least one (an empty slice at the text's edges is none)."""
    return bool(s) and all("\u4e00" <= ch <= "\u9fff" for ch in s)


def normalise(name: str) -> str:
    """The form two names are compared in: NFKC, no spaces or quotation marks, one spelling of
    卫生健康委 (the resolver's keys, the scorer's matching and ``kg html --focus`` agree)."""
    s = _STRIP.sub("", unicodedata.normalize("NFKC", name))
    for a, b in name_folds():
        s = s.replace(a, b)
    return s


def covered(length: int, spans) -> bytearray:
    """1 at each offset inside one of ``spans`` (start, end): "is this character taken?" in
    constant time, where scanning the spans for every character of a long article is quadratic."""
    out = bytearray(length + 1)
    for start, end in spans:
        start, end = max(0, start), min(length, end)
        if end > start:
            out[start:end] = b"\x01" * (end - start)
    return out
