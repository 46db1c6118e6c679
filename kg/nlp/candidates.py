"""What a name recognizer finds, and the characters and phrases names are made of.

Shared by the suffix grammar (``names``) and the marked-name sources (``marked_names``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.lexicons.loader import pattern
from kg.nlp.mentions import Mention

NAME_CHAR = pattern("name_char")
QUANTITY = pattern("quantity")
QUOTED_PROGRAM_WORD = pattern("quoted_program_word")


@dataclass
class Candidate:
    """A name found in the text: [start, end), its type and where its suffixes end."""

    start: int
    end: int
    type: str
    name: str
    inner_ends: list[tuple[int, str]] = field(default_factory=list)  # (end, suffix)
    aliases: list[str] = field(default_factory=list)
    elided: Mention | None = None  # the place a leading 市/县/省 stands for
    nested: list[Candidate] = field(default_factory=list)  # events named inside, not by a suffix
    kept_inside: bool = False  # 世界卫生日, a document a notice issues: found by a pattern, kept when nested
    full_name: str | None = None  # 国办: the name a short form stands for
    shares_suffix: bool = False  # 日喀则市 of 日喀则市、定日县疾控中心
    standalone: bool = True  # False: names something only inside a longer name (not 世界卫生日宣传…)
    unit_of: Candidate | None = None  # the body a unit listed apart from it belongs to (某局机关设甲司)
    body_start: int | None = None  # where the suffix's own body starts, when bodies named before it open the
    # name (甲医院与乙医院…签约仪式): the names inside that body start no earlier
