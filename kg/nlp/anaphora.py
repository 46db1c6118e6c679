"""Anaphora within an article: 该院, 该市, 该县, 该中心, 该项目, a clause-initial 医院 and the like.

Why: news names a hospital once and then says 该院; a title or relation stated through the
anaphor must land on the named thing. Each anaphor becomes a mention whose ``ref`` is the
nearest earlier mention of a fitting type (outer names first; for 该省/该市/该县 also a place
inside a name, as 黑龙江省 in 黑龙江省卫生健康委). The anaphors, the types each may refer to
and the ending its antecedent must have are the table ``kg/lexicons/anaphors.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from kg.lexicons.loader import LexiconError, load, pattern
from kg.nlp.mentions import Mention, add_mention, apply_decisions, doc_text, mentions_of
from kg.schema import COARSE, PLACES
from kg.util.text import covered

YES_NO = {"yes": True, "no": False}
CLAUSE_END = pattern("clause_end")  # ，。；： and the like: a line holding one is no credit
ANTECEDENTS = ("nearest", "first")


@dataclass(frozen=True)
class Anaphor:
    """One row of ``anaphors.tsv``: the types the anaphor may refer to, the ending its
    antecedent's name must have ("" for any), and whether it refers back only at a clause's
    start (a bare 医院, never inside 三级医院 or 到医院就诊)."""

    types: frozenset[str]
    ending: str
    clause_initial: bool
    first: bool = False  # the first fitting mention of the article, not the nearest: 我院 is the writer's own


@cache
def anaphors() -> dict[str, Anaphor]:
    """The anaphors of ``anaphors.tsv``, validated: each type must be one of the schema's (the
    loader checks only a column named ``type``) and clause_initial yes or no."""
    lex = load("anaphors.tsv")
    out: dict[str, Anaphor] = {}
    for k, row in enumerate(lex.entries):
        types = frozenset(row["types"].split("|"))
        unknown = sorted(types - set(COARSE))
        if unknown:
            raise lex.fail(k, f"types {unknown!r} are not entity types of the schema")
        if row["clause_initial"] not in YES_NO:
            raise lex.fail(k, f"clause_initial {row['clause_initial']!r} is not yes or no")
        antecedent = row["antecedent"] or "nearest"
        if antecedent not in ANTECEDENTS:
            raise lex.fail(k, f"antecedent {antecedent!r} is not nearest or first")
        out[row["anaphor"]] = Anaphor(types, row["ending"], YES_NO[row["clause_initial"]], antecedent == "first")
    if not out:
        raise LexiconError("kg/lexicons/anaphors.tsv: no anaphors")
    return out


class Found(NamedTuple):
    """An anaphor ``text`` at ``start``–``end`` and the mention it refers to."""

    start: int
    end: int
    text: str
    target: int


class AnaphoraResolver:
    """Adds one mention per anaphor, linked to its antecedent."""

    def __init__(self) -> None:
        self.anaphors = anaphors()
        self.pattern = re.compile("|".join(map(re.escape, sorted(self.anaphors, key=len, reverse=True))))
        self.clause_start = pattern("anaphora_clause_start")
        self.partner = pattern("anaphora_partner")

    def __call__(self, doc: Doc) -> Doc:
        apply_decisions(doc)
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Found]:
        """The anaphors of ``doc`` that have an antecedent, in text order; none inside a mention."""
        text = doc_text(doc)
        mentions = mentions_of(doc)
        taken = covered(len(text), [(m.start, m.end) for m in mentions])
        found: list[Found] = []
        own = [m.end() for m in self.pattern.finditer(text) if self.anaphors[m.group()].first]
        others = {i for i, m in enumerate(mentions) if any(
            e <= m.start and self.partner.match(text[e:m.start]) for e in own)}
        credited = _credited(text, mentions) if own else []
        named = _naming(mentions)
        for match in self.pattern.finditer(text):
            if taken[match.start()]:
                continue
            anaphor = self.anaphors[match.group()]
            if anaphor.clause_initial and not self.clause_start.match(text, match.start()):
                continue
            target = next((i for i in credited if mentions[i].type in anaphor.types
                           and mentions[i].name.endswith(anaphor.ending)), None) if anaphor.first else None
            if target is None:
                target = self._antecedent(mentions, named, match.start(), anaphor, others if anaphor.first else set())
            if target is not None:
                found.append(Found(match.start(), match.end(), match.group(), target))
        return found

    @staticmethod
    def set_annotations(doc: Doc, found: list[Found]) -> None:
        mentions = mentions_of(doc)
        for f in found:
            target = mentions[f.target]
            add_mention(doc, Mention(f.start, f.end, target.type, target.name, f.text, role="anaphor", ref=f.target))

    @staticmethod
    def _antecedent(mentions: list[Mention], named: list[int], before: int, anaphor: Anaphor,
                    others: set[int]) -> int | None:
        """The nearest earlier mention of ``named`` (``_naming``) of a fitting type; for a
        first-person anaphor (我院), the first such mention of the article, before or after it,
        that is not named as the writer's partner (``others``: 我院与某医院签约)."""
        fits = [i for i in named
                if i not in others and mentions[i].type in anaphor.types
                and mentions[i].name.endswith(anaphor.ending) and (anaphor.first or mentions[i].end <= before)]
        if anaphor.first:
            return min(fits, key=lambda i: mentions[i].start, default=None)
        return max(fits, key=lambda i: mentions[i].end, default=None)


def _credited(text: str, mentions: list[Mention]) -> list[int]:
    """The bodies that sign the article: those a credit line kept at the article's end opens
    with (来源：甲医院 leaves 甲医院, （甲医院宣传科 王某） leaves 甲医院宣传科), longest first.
    我院 is theirs, whoever the article names first (a hospital it helps, say). Only the
    trailing lines that hold no clause punctuation count: a line of the body never does."""
    out: list[int] = []
    end = len(text)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if CLAUSE_END.search(line):
            break
        lead, trail = start + len(line) - len(line.lstrip()), start + len(line.rstrip())
        out += sorted((i for i, m in enumerate(mentions) if m.start == lead and m.end <= trail and m.ref is None),
                      key=lambda i: mentions[i].start - mentions[i].end)
        end = start - 1
    return out


def _naming(mentions: list[Mention]) -> list[int]:
    """The mentions an anaphor may refer to, read once per document: those that name something
    themselves (no anaphor) as an outer name, a place inside one (黑龙江省 of 黑龙江省卫生健康委),
    or a body inside the name of another kind of thing (某医院 of 某医院第三批援藏医疗队; a
    hospital inside a hospital's name is not)."""
    outer = [o for o in mentions if not o.inner]

    def inside_other_kind(m: Mention) -> bool:
        return any(o.start <= m.start and m.end <= o.end and COARSE[o.type] != COARSE[m.type] for o in outer)

    return [i for i, m in enumerate(mentions)
            if m.ref is None and (not m.inner or m.type in PLACES or inside_other_kind(m))]


@Language.factory("kg_anaphora", requires=["doc._.mentions"], assigns=["doc._.mentions"])
def make_anaphora(nlp: Language, name: str) -> AnaphoraResolver:
    return AnaphoraResolver()
