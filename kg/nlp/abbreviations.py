"""Abbreviated hospital names within an article: 大二院, 重医附二院, 西交一附院.

Why: news names a numbered hospital in full once (大连医科大学附属第二医院) and then by the
short form people use; posts and relations stated through the short form must land on the
hospital. The grammar of these short forms: one to three leading characters of the full
name, the hospital's ordinal with 附 (附属) before or after it or not at all, and 院
(大二院, 重医附二院, 西交一附院). A short form counts only where
its characters appear in order in a hospital named in the same article, starting with the
same character and keeping the same ordinal; it becomes a renaming of that hospital (an
alias), not a new entity. A short form that opens the name of an alliance, a programme or
an event (重医附二院医联体) is the body that name is named for: an inner name, so the name
states who leads or organises it.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from kg.lexicons.loader import pattern
from kg.nlp.mentions import Mention, add_mention, apply_decisions, doc_text, mentions_of
from kg.util.text import hanzi, in_order

# names that open with the body they are named for (its alliance, programme or event)
NAMED_FOR_A_BODY = frozenset({"MedicalAlliance", "Program", "Event"})


class ShortForm(NamedTuple):
    """A short form ``text`` found at ``start``–``end`` and the hospital mention it abbreviates."""

    start: int
    end: int
    text: str
    target: int
    inner: bool  # it opens the name of a work or an alliance named for the hospital


class AbbreviationResolver:
    """Adds one mention per short form, linked to the hospital it abbreviates."""

    def __init__(self) -> None:
        self.tail = pattern("abbreviation_tail")
        self.ordinal = pattern("abbreviation_ordinal")

    def __call__(self, doc: Doc) -> Doc:
        apply_decisions(doc)
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[ShortForm]:
        """Short forms of the hospitals named in ``doc``, in text order; a short form never
        overlaps a mention found before this component, except the name of a work or an
        alliance that it opens (浙大二院远程会诊项目, 重医附二院医联体): the hospital the name
        is named for, as an inner name."""
        mentions = mentions_of(doc)
        opened = {m.start: m.end for m in mentions if m.type in NAMED_FOR_A_BODY and not m.inner}
        taken = [(m.start, m.end) for m in mentions if m.start not in opened or m.inner]
        hospitals = [i for i, m in enumerate(mentions)
                     if m.type == "Hospital" and not m.inner and m.ref is None and self.ordinal.search(m.name)]
        text = doc_text(doc)
        found: list[ShortForm] = []
        for tail in self.tail.finditer(text):  # 附二院, 一附院, 二院: then one to three leading characters
            for start in range(max(0, tail.start() - 3), tail.start()):
                short = text[start:tail.end()]
                if any(s < tail.end() and start < e for s, e in taken) or not hanzi(short) or (
                        start in opened and opened[start] <= tail.end()):
                    continue
                target = next((i for i in hospitals if self._abbreviates(short, tail.group(1), mentions[i])), None)
                if target is not None:
                    found.append(ShortForm(start, tail.end(), short, target, start in opened))
                    break
        return found

    @staticmethod
    def set_annotations(doc: Doc, found: list[ShortForm]) -> None:
        mentions = mentions_of(doc)
        for f in found:
            add_mention(doc, Mention(f.start, f.end, "Hospital", mentions[f.target].name, f.text, ref=f.target,
                                     inner=f.inner))

    def _abbreviates(self, short: str, ordinal: str, m: Mention) -> bool:
        full = m.text
        number = self.ordinal.search(full)
        return (number is not None and number.group(1) == ordinal and short[0] == full[0]
                and in_order(short, full))


@Language.factory("kg_abbreviations", requires=["doc._.mentions"], assigns=["doc._.mentions"])
def make_abbreviations(nlp: Language, name: str) -> AbbreviationResolver:
    return AbbreviationResolver()
