"""What kg's components add to a spaCy ``Doc``: entity mentions and relations.

Why character offsets rather than ``Span`` objects: pkuseg's tokens do not follow entity
boundaries (it cuts 丽水市中心医院 as 丽水 / 市中心 / 医院), and a span snapped to tokens
would change the name. Mentions therefore live in ``doc._.mentions`` with exact character
offsets into ``doc.text``; relations in ``doc._.relations`` refer to mentions by index.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

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
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Relation:
    """``head`` and ``tail`` are indexes into ``doc._.mentions``; ``start``/``end`` delimit
    the evidence sentence in ``doc.text``."""

    head: int
    rel: str
    tail: int
    start: int
    end: int
    title: str | None = None


def register_extensions() -> None:
    """Idempotent: spaCy keeps extensions per process. ``posts`` maps a person mention's
    index to the (organisation mention or None, title) pairs stated with it."""
    for name in ("mentions", "relations", "posts"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def mentions_of(doc: Doc) -> list[Mention]:
    if doc._.mentions is None:
        doc._.mentions = []
    return doc._.mentions


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


def token_bounds(doc: Doc) -> set[int]:
    """Offsets where a token of the segmenter starts or ends: the word boundaries that name and
    person rules require at a name's edges."""
    return {t.idx for t in doc} | {t.idx + len(t) for t in doc}


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
