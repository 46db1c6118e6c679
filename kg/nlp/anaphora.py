"""Anaphora within an article: 该院, 该市, 该县, 该中心, 该项目, a clause-initial 医院 and the like.

Why: news names a hospital once and then says 该院; a title or relation stated through the
anaphor must land on the named thing. Each anaphor becomes a mention whose ``ref`` is the
nearest earlier mention of a fitting type (outer names first; for 该省/该市/该县 also a place
inside a name, as 黑龙江省 in 黑龙江省卫生健康委).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.mentions import Mention, add_mention, apply_decisions, mentions_of
from kg.schema import PLACES
from kg.util.text import covered

# anaphor -> the types it may refer to, and an optional ending the antecedent's name must have
ANAPHORS: dict[str, tuple[frozenset[str], str]] = {
    "该院": (frozenset({"Hospital", "PrimaryCareFacility", "University"}), ""),
    "该医院": (frozenset({"Hospital"}), ""),
    "该卫生院": (frozenset({"PrimaryCareFacility"}), ""),
    "该中心": (frozenset({"Hospital", "PublicHealthAgency", "PrimaryCareFacility"}), "中心"),
    "该市": (frozenset({"City", "County"}), "市"),
    "该县": (frozenset({"County"}), "县"),
    "该区": (frozenset({"County"}), "区"),
    "该省": (frozenset({"Province"}), ""),
    "该镇": (frozenset({"Township"}), "镇"),
    "该项目": (frozenset({"Program"}), ""),
    "该集团": (frozenset({"MedicalAlliance", "Organization"}), "集团"),
    "该医共体": (frozenset({"MedicalAlliance"}), ""),
    "该局": (frozenset({"GovernmentAgency"}), "局"),
    "该委": (frozenset({"GovernmentAgency"}), "委"),
    "医疗队": (frozenset({"AidTeam"}), ""),
    "医院": (frozenset({"Hospital"}), ""),
}
# bare words that refer back only as the subject at a clause's start (，医院积极响应…), never
# inside a phrase (三级医院, 到医院就诊)
CLAUSE_INITIAL = frozenset({"医院"})
CLAUSE_OPENERS = "，,。；;：:！？!?\n"
_PATTERN = re.compile("|".join(sorted(ANAPHORS, key=len, reverse=True)))


class AnaphoraResolver:
    """Adds one mention per anaphor, linked to its antecedent."""

    def __call__(self, doc: Doc) -> Doc:
        apply_decisions(doc)
        text = doc.text  # spaCy rebuilds doc.text at each access
        mentions = mentions_of(doc)
        taken = covered(len(text), [(m.start, m.end) for m in mentions])
        for match in _PATTERN.finditer(text):
            if taken[match.start()]:
                continue
            opener = text[match.start() - 1] if match.start() else "\n"
            if match.group() in CLAUSE_INITIAL and opener not in CLAUSE_OPENERS:
                continue
            types, ending = ANAPHORS[match.group()]
            target = self._antecedent(mentions, match.start(), types, ending)
            if target is not None:
                add_mention(doc, Mention(match.start(), match.end(), mentions[target].type,
                                        mentions[target].name, match.group(), role="anaphor",
                                        ref=target))
        return doc

    @staticmethod
    def _antecedent(mentions: list[Mention], before: int, types: frozenset[str],
                    ending: str) -> int | None:
        best: int | None = None
        for i, m in enumerate(mentions):
            if (m.end <= before and m.type in types and m.ref is None and (not m.inner or m.type in PLACES)
                    and m.name.endswith(ending)
                    and (best is None or m.end > mentions[best].end)):
                best = i
        return best


@Language.factory("kg_anaphora")
def make_anaphora(nlp: Language, name: str) -> AnaphoraResolver:
    return AnaphoraResolver()
