"""Small string tests shared by the rule components."""

from __future__ import annotations


def in_order(short: str, full: str) -> bool:
    """Every character of ``short`` appears in ``full``, in order (大二院 in 大连医科大学附属第二医院)."""
    rest = iter(full)
    return all(ch in rest for ch in short)


def hanzi(s: str) -> bool:
    """Chinese characters only, and at least one (an empty slice at the text's edges is none)."""
    return bool(s) and all("\u4e00" <= ch <= "\u9fff" for ch in s)
