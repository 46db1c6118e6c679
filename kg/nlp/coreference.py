"""Coreference among the names of one article: a work cited by part of its name is the work
named in full, and a name in brackets right after a name of the same kind renames it.

Why apart from recognition: both link a mention to another by ``ref`` after all names of the
article are known; anaphora (该院) is the same idea for pronoun-like words (``anaphora``).
"""

from __future__ import annotations

from kg.lexicons.loader import pattern
from kg.nlp.mentions import Mention
from kg.nlp.name_grammar import WORKS
from kg.schema import COARSE
from kg.util.text import in_order

ALIAS_INTRO = pattern("alias_intro")


def short_form(index: int, mentions: list[Mention]) -> None:
    """A programme, event or document cited by the end of its full name is that one:
    《实施方案》 after 《大连市…实施方案》, 同伴支持项目 after 精神健康同伴支持项目, a
    headline's 专家库管理办法 before 《新疆…专家库管理办法》; or by its name with a middle part
    left out (松原市心理援助热线 for 松原市“12356”心理援助热线). The nearest full name
    before wins, else the first after."""
    m = mentions[index]
    if m.type not in WORKS or m.ref is not None:
        return
    longer = [i for i, o in enumerate(mentions) if o.type == m.type and o.ref is None
              and o.name != m.name and _shortens(m.name, o.name)]
    before = [i for i in longer if mentions[i].start < m.start]
    target = before[-1] if before else min(longer, key=lambda i: mentions[i].start, default=None)
    if target is not None:
        m.ref = target
        m.role = "anaphor"


def parenthetical_alias(text: str, index: int, mentions: list[Mention]) -> None:
    """A name in brackets right after a name of the same kind renames it, introduced or not
    (甲医院（甲大学附属医院）, 甲医院（以下简称“甲院”）): link it, and the same words written
    later in the article, which a level word may have read as another place's body (市一医院)."""
    m = mentions[index]
    intro = ALIAS_INTRO.match(text, m.end)
    if intro is None:
        return
    for o in mentions:
        if (o.start == intro.end() and not o.inner and not o.key and o.end < len(text)
                and text[o.end] in "）)”\"" and COARSE.get(o.type) == COARSE.get(m.type)):
            o.ref = index
            written = text[o.start:o.end]
            for later in mentions:  # inside a longer name too (甲院 of 甲院—乙医院专科联盟)
                if later.start > o.end and later.ref is None \
                        and text[later.start:later.end] == written and COARSE.get(later.type) == COARSE.get(m.type):
                    later.ref = index


def _shortens(short: str, full: str) -> bool:
    """``short`` is the end of ``full``, or ``full`` with a middle part left out (same first and
    last two characters, the rest in order)."""
    return full.endswith(short) or (len(short) >= 4 and short[:2] == full[:2] and short[-2:] == full[-2:]
                                    and in_order(short, full))
