"""What kg's components add to a spaCy ``Doc``: entity mentions and relations.

Why character offsets rather than ``Span`` objects: pkuseg's tokens do not follow entity
boundaries (it cuts 丽水市中心医院 as 丽水 / 市中心 / 医院), and a span snapped to tokens
would change the name. Mentions therefore live in ``doc._.mentions`` with exact character
offsets into ``doc.text``.

The protocol between components:
- a mention gets its ``id`` when a component adds it (``add_mention``); the table only grows,
  so the id is also its place in ``doc._.mentions`` and never changes. Relations, posts and
  anaphora refer to mentions by id;
- a component writes only the mentions it adds. What it decides about another component's
  mention (a place that turns out to stand inside a longer name) is a ``Decision`` in
  ``doc._.decisions``, which the next component applies (``apply_decisions``) before it reads.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.attrs import IDX, LENGTH, ORTH, SPACY
from spacy.tokens import Doc


@dataclass
class Mention:
    """One mention of an entity in a document.

    ``name`` is the canonical form this mention gives (locator places stripped, quotes
    removed); ``text`` is the surface as written. ``key`` identifies things with an external
    identity (``place:330000``, ``country:DJ``). ``inner`` marks a mention inside a longer
    name (丽水市 in 丽水市中心医院). ``ref`` points an anaphor (该院) at its antecedent.
    """

    start: int
    end: int
    type: str
    name: str
    text: str
    key: str | None = None
    role: str | None = None
    inner: bool = False
    ref: int | None = None
    place: int | None = None
    unit_of: int | None = None  # the body this unit is part of, where the text lists it apart
    aliases: list[str] = field(default_factory=list)
    id: int = -1  # set by add_mention


@dataclass(frozen=True)
class Decision:
    """A later component's finding about an earlier component's mention: set ``attr`` of
    mention ``mention`` to ``value`` (``by`` names the component, for debugging)."""

    mention: int
    attr: str
    value: object
    by: str


@dataclass(frozen=True)
class Relation:
    """``head`` and ``tail`` are mention ids; ``start``/``end`` delimit the evidence sentence
    in ``doc.text``. ``id`` is the relation's place in ``doc._.relations``, set when it is
    added (``add_relations``); like the mentions' table, that list only grows."""

    head: int
    rel: str
    tail: int
    start: int
    end: int
    title: str | None = None
    id: int = -1


def register_extensions() -> None:
    """Idempotent: spaCy keeps extensions per process. ``posts`` maps a person mention's
    id to the (organisation mention id or None, title) pairs stated with it."""
    for name in ("mentions", "relations", "posts", "decisions"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def mentions_of(doc: Doc) -> list[Mention]:
    if doc._.mentions is None:
        doc._.mentions = []
    return doc._.mentions


def add_mention(doc: Doc, mention: Mention) -> int:
    """Add ``mention`` to the doc's table and return its id."""
    table = mentions_of(doc)
    mention.id = len(table)
    table.append(mention)
    return mention.id


def decide(doc: Doc, decision: Decision) -> None:
    """Record a decision about another component's mention, for the next component to apply."""
    if doc._.decisions is None:
        doc._.decisions = []
    doc._.decisions.append(decision)


def apply_decisions(doc: Doc) -> None:
    """Apply the decisions recorded so far, in order (each once)."""
    mentions = mentions_of(doc)
    for d in doc._.decisions or ():
        setattr(mentions[d.mention], d.attr, d.value)
    doc._.decisions = []


def add_relations(doc: Doc, found: list[Relation]) -> None:
    """Add ``found`` to the doc's relations, each with its id."""
    table = relations_of(doc)
    table.extend(replace(r, id=len(table) + k) for k, r in enumerate(found))


def relations_of(doc: Doc) -> list[Relation]:
    if doc._.relations is None:
        doc._.relations = []
    return doc._.relations


def resolved(mentions: list[Mention], index: int) -> int:
    """Follow anaphora links to the mention that names the thing."""
    seen = set()
    while mentions[index].ref is not None and index not in seen:
        seen.add(index)
        index = mentions[index].ref  # type: ignore[assignment]
    return index


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document from the doc's arrays: spaCy's ``doc.text`` makes
    a Token object for every token and joins their texts anew at each access, and the
    components ask for it nine times a doc."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, SPACY]).tolist() if len(doc) else []
        text = doc.user_data[_TEXT] = "".join([strings[orth] + " " if space else strings[orth]
                                              for orth, space in rows])
    return text


def token_bounds(doc: Doc) -> frozenset[int]:
    """Offsets where a token of the segmenter starts or ends: the word boundaries that name and
    person rules require at a name's edges. Read from the doc's arrays, once per document (not
    by iterating Token objects, twice for each component that asks)."""
    bounds = doc.user_data.get(_BOUNDS)
    if bounds is None:
        starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist() if len(doc) else ([], [])
        bounds = doc.user_data[_BOUNDS] = frozenset(starts) | frozenset(map(sum, zip(starts, lengths, strict=True)))
    return bounds


_TEXT, _BOUNDS = "kg.text", "kg.token_bounds"  # doc.user_data keys of what is read once per document


SENTENCE_ENDS = "。！？!?；\n"
# A run of text longer than this with no sentence end (a table, OCR junk, a 100k-character
# line) is not a sentence: its "sentence" is this many characters around the position asked for,
# which keeps every rule that scans a sentence, and every piece of evidence, bounded.
MAX_SENTENCE = 600


@lru_cache(maxsize=16)
def _ends(text: str) -> list[int]:
    """Offsets of the sentence ends of a text, computed once per text (components ask for the
    sentence of many mentions of one long article; a str caches its own hash)."""
    return [i for i, ch in enumerate(text) if ch in SENTENCE_ENDS]


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The sentence around character ``at``: Chinese sentence ends and line breaks delimit. A
    closing quotation mark after the end (…。”) belongs to the sentence it closes. At most
    ``MAX_SENTENCE`` characters."""
    ends = _ends(text)
    k = bisect_left(ends, at)
    start = ends[k - 1] + 1 if k else 0
    while start < at and text[start] in "”’」』 \u3000":
        start += 1
    end = min(len(text), ends[k] + 1) if k < len(ends) else len(text)
    while end < len(text) and text[end] in "”’」』":
        end += 1
    if end - start > MAX_SENTENCE:
        start = max(start, at - MAX_SENTENCE // 2)
        end = min(end, start + MAX_SENTENCE)
    return start, end


def most_named(before: list[Mention]) -> Mention | None:
    """What a word without its name stands for, of ``before`` (the fitting mentions named
    earlier: places of a level word's level, bodies of a title's kind): the one the article
    names most often, the first of those. An article writes 市 or 院长 for its own city or
    hospital, which it names first and most, not for one it names in passing (在乙市召开的全省
    会议 in a report on 甲市)."""
    if not before:
        return None
    before = sorted(before, key=lambda p: p.start)
    counts: dict[str, int] = {}
    for p in before:
        counts[p.key or p.name] = counts.get(p.key or p.name, 0) + 1
    most = max(counts.values())
    return next(p for p in before if counts[p.key or p.name] == most)
