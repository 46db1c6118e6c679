"""Retyping: a name whose context says it is something other than its suffix says.

打造“某某医院” makes a quoted name a designation to earn (a programme), not a hospital; a name
set after a dash against an alliance word (…紧密型县域医共体——某某总医院) is that alliance, here
and wherever the article names it again.
"""

from __future__ import annotations

from kg.lexicons.catalog import suffix_of
from kg.lexicons.loader import pattern
from kg.nlp.candidates import Candidate
from kg.schema import COARSE

DESIGNATION_VERB = pattern("designation_verb")


def quoted_designations(text: str, found: list[Candidate]) -> None:
    """打造“阳光医院”, 创建“平安医院”: a quoted name that a campaign verb builds is a
    designation to earn, a programme, not the body its suffix names."""
    for c in found:
        quoted = text[c.start - 1:c.start] == "“" and text[c.end:c.end + 1] == "”"
        if quoted and COARSE[c.type] == "Organization" and DESIGNATION_VERB.search(text, max(0, c.start - 3),
                                                                                    c.start - 1):
            c.type = "Program"


def appositive_alliances(text: str, found: list[Candidate], suffixes: dict[str, str]) -> None:
    """…紧密型县域医共体——义义市总医院: a name set after a dash against an alliance word is
    that alliance's name, whatever its own suffix says, here and elsewhere in the article."""
    named = set()
    for c in found:
        before = text[max(0, c.start - 12):c.start].rstrip("—-－ ")
        dashed = before != text[max(0, c.start - 12):c.start]
        if dashed and suffixes.get(suffix_of(before) or "") == "MedicalAlliance":
            named.add(c.name)
    for c in found:  # the same name elsewhere in the article is the alliance too
        if c.name in named and COARSE[c.type] == "Organization":
            c.type = "MedicalAlliance"
