"""ASCII double quotes written as Chinese ones, one character for one character.

Why: many sites write a quoted name with ASCII quotes ("六新行动"), and every rule on quoted
names reads “…”, where the opening and the closing mark tell where a name starts and where it
ends; ASCII marks look the same at both ends. A pair on one line around Chinese text becomes
“…”; other ASCII quotes (English, code, a lone mark) stay. The length is kept, so every
offset still points into the source file.
"""

from __future__ import annotations

import re

from kg.ingest.simplify import to_simplified

PAIR = re.compile(r'"([^"“”\n]{1,40})"')  # no Chinese quote inside: a pair already read stays
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def curly_quotes(text: str) -> str:
    """``text`` with each pair of ASCII double quotes around Chinese text written “…”."""
    return PAIR.sub(lambda m: f"“{m.group(1)}”" if CHINESE.search(m.group(1)) else m.group(0), text)


def reading_text(text: str) -> str:
    """The text the pipeline reads: simplified characters and Chinese quotes, same length."""
    return curly_quotes(to_simplified(text))
