"""What a name recognizer finds, and the characters and phrases names are made of.

Shared by the suffix grammar (``names``) and the marked-name sources (``marked_names``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.nlp.mentions import Mention

NAME_CHAR = re.compile(r"[\u4e00-\u9fff0-9A-Za-z０-９Ａ-Ｚａ-ｚ·•-]")
QUANTITY = re.compile(
    r"(?<![第\d一两二三四五六七八九十百])[\d一两二三四五六七八九十百几数多]+\s*[家所个座国]"
    r"|^[一二三四五六七八九十]大|所有|多家|多所|各家|各类|各地|各级|一批|部分|全部")  # not 第30个: an ordinal
QUOTED_PROGRAM_WORD = re.compile(r"建设|创建|行动|活动|工程")


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
    observance: bool = False  # 世界卫生日: found by its pattern, not a suffix; kept when nested
    full_name: str | None = None  # 国办: the name a short form stands for
    shares_suffix: bool = False  # 日喀则市 of 日喀则市、定日县疾控中心
    standalone: bool = True  # False: names something only inside a longer name (not 世界卫生日宣传…)
