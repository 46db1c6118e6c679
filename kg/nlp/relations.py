"""The relation component: runs the relation sources in order, each adding through one
``RelationAdder``.

- ``name_relations``: what names' structure states (located in, affiliated with, part of);
- ``post_relations``: the posts found by the person component (holdsPosition);
- ``frame_relations``: the verb frames of ``verb_frames.jsonl`` within a clause;
- ``inferred_relations``: what is stated across clauses, from the relations found so far;
- ``listed_relations``: lists of bodies named as an alliance's members or a team's senders;
- ``inferred_relations.alliance_documents``: an alliance's own agreement or charter, issued by
  the leader and members found by all of the above.

Why one adder: the order matters. A relation is added once (anaphora resolved first), so the
evidence kept for it is that of the first source, and of the first frame, that finds it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.frame_relations import HANDLERS, from_frames
from kg.nlp.frames import load_frames
from kg.nlp.inferred_relations import alliance_documents, infer
from kg.nlp.listed_relations import from_lists
from kg.nlp.mentions import (
    Mention,
    Relation,
    add_relations,
    apply_decisions,
    doc_text,
    mentions_of,
    resolved,
    sentence_bounds,
)
from kg.nlp.name_relations import from_names
from kg.nlp.post_relations import from_posts


class RelationAdder:
    """The shared ``add`` of the relation sources: resolves anaphora, drops a relation of a
    mention with itself, one already found, a dispatch by the place a team serves (or a
    body named for it) and aid between a body and its own place or unit, and gives each the sentence at ``at`` as
    evidence. ``found`` is what was added, in order."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text, self.mentions = text, mentions
        self.found: list[Relation] = []
        self.seen: set[tuple[int, str, int, str | None]] = set()

    def __call__(self, head: int, rel: str, tail: int, at: int, title: str | None = None) -> None:
        h, t = resolved(self.mentions, head), resolved(self.mentions, tail)
        if h == t or (h, rel, t, title) in self.seen or (rel == "dispatches" and self._served_by(t, h)) \
                or (rel == "assists" and self._own(h, t)):
            return
        self.seen.add((h, rel, t, title))
        s, e = sentence_bounds(self.text, at)
        self.found.append(Relation(h, rel, t, s, e, title))


    def _own(self, a: int, b: int) -> bool:
        """Whether one of two bodies is named for the other: a body and its own place (某县委,
        某县) or its own unit (某学院, 某学院第一附属医院), which support each other but do not
        give aid."""
        x, y = self.mentions[a].name, self.mentions[b].name
        return x.startswith(y) or y.startswith(x)

    def _served_by(self, team: int, sender: int) -> bool:
        """Whether ``sender`` is, or is named for, a place ``team`` serves: the country that
        receives a team (援某国医疗队) and its government send nothing to it."""
        m = self.mentions
        return any(r.rel == "servesIn" and m[r.head].name == m[team].name and m[sender].name.startswith(m[r.tail].name)
                   for r in self.found)


class RelationExtractor:
    """Appends relations to ``doc._.relations``."""

    def __init__(self) -> None:
        self.frames = load_frames(HANDLERS)

    def __call__(self, doc: Doc) -> Doc:
        apply_decisions(doc)
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Relation]:
        """The relations of every source, in order; writes nothing."""
        text = doc_text(doc)
        mentions = mentions_of(doc)
        add = RelationAdder(text, mentions)
        from_names(text, mentions, add)
        from_posts(doc._.posts or {}, mentions, add)
        from_frames(self.frames, text, mentions, add)
        infer(text, mentions, add.found, add)
        from_lists(text, mentions, add.found, add)
        alliance_documents(text, mentions, add.found, add)
        return add.found

    @staticmethod
    def set_annotations(doc: Doc, found: list[Relation]) -> None:
        add_relations(doc, found)


@Language.factory("kg_relations", requires=["doc._.mentions", "doc._.posts"], assigns=["doc._.relations"])
def make_relations(nlp: Language, name: str) -> RelationExtractor:
    return RelationExtractor()
