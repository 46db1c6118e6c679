"""Traditional to simplified Chinese, one character for one character.

Why character by character: the graph's offsets point into the original file, so the
processed text must have the same length. The table is OpenCC's TSCharacters dictionary,
read from the installed ``opencc-python-reimplemented`` package; where OpenCC lists several
simplified forms the first is taken. Phrase-level conversions, which can change length, are
deliberately not applied.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    text = resources.files("opencc").joinpath("dictionary/TSCharacters.txt").read_text("utf-8")
    table: dict[int, str] = {}
    for line in text.splitlines():
        trad, _, simp = line.partition("\t")
        first = simp.split(" ")[0] if simp else ""
        if len(trad) == 1 and len(first) == 1 and trad != first:
            table[ord(trad)] = first
    return table


def to_simplified(text: str) -> str:
    """The same text with traditional characters replaced by simplified ones; same length."""
    return text.translate(_table())
