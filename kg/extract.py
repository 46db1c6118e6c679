"""Run the pipeline over articles and express what it found in source-file coordinates.

Why a separate step: components work on an article's cleaned text; the graph needs offsets
into the original file and plain records that can cross process boundaries. This module is
the only one that knows both.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.language import Language

from kg.ingest.articles import Article
from kg.ingest.quotes import curly_quotes
from kg.nlp.mentions import doc_text, resolved, sentence_bounds


@dataclass(frozen=True)
class FoundMention:
    """A mention, with offsets into the source file and the sentence it stands in (shown as the
    entity's source in the HTML view). ``ref`` is the index, within the same article's list, of
    the mention it stands for (anaphora and bracketed renamings)."""

    article: str
    type: str
    name: str
    text: str
    start: int
    end: int
    key: str | None = None
    role: str | None = None
    ref: int | None = None
    aliases: tuple[str, ...] = ()
    sentence: str = ""


@dataclass(frozen=True)
class FoundRelation:
    """A relation between two mentions of one article, with its evidence sentence."""

    article: str
    head: int
    rel: str
    tail: int
    sentence: str
    start: int
    end: int
    title: str | None = None
    original: str | None = None  # the sentence as the file wrote it, where that differs (traditional)


@dataclass(frozen=True)
class ArticleInfo:
    """What the graph keeps of an article: its id, file, position, title and span of offsets
    (not its text, so that results stay small in the extraction cache)."""

    id: str
    source: str
    index: int
    title: str
    span: tuple[int, int]


@dataclass
class ArticleResult:
    article: ArticleInfo
    mentions: list[FoundMention] = field(default_factory=list)
    relations: list[FoundRelation] = field(default_factory=list)


def extract(nlp: Language, articles: Iterable[Article], original: str) -> list[ArticleResult]:
    """``original`` is the source file's text before simplification: where a mention was
    written in traditional characters, that form is kept as an alias."""
    articles = list(articles)
    docs = nlp.pipe(a.text.text for a in articles)
    return [_result(a, doc, original) for a, doc in zip(articles, docs, strict=False)]


def _result(article: Article, doc, original: str) -> ArticleResult:
    text = article.text
    text_of_doc = doc_text(doc)
    out = ArticleResult(ArticleInfo(article.id, article.source, article.index, article.title, article.span))
    for c in article.credits:
        out.mentions.append(FoundMention(article.id, "Person", c.name, c.name, c.start, c.end,
                                         role="journalist", sentence=_sentence(original, c.start)))
    for md in article.media:  # 某某网讯, 来源：某某新闻: an organisation the page names
        written = original[md.start:md.end]
        aliases = (written,) if written != md.text and len(written) == len(md.text) else ()
        out.mentions.append(FoundMention(article.id, "Organization", md.name, md.text, md.start, md.end,
                                         role="medium", aliases=aliases, sentence=_sentence(original, md.start)))
    base = len(out.mentions)
    mentions = doc._.mentions or []
    for m in mentions:
        s, e = text.source_span(m.start, m.end)
        written = original[s:e]
        traditional = curly_quotes(written) not in (m.text, m.name) and len(written) == len(m.text)
        aliases = (*m.aliases, written) if traditional else tuple(m.aliases)
        out.mentions.append(FoundMention(
            article.id, m.type, m.name, m.text, s, e, key=m.key, role=m.role,
            ref=None if m.ref is None else base + resolved(mentions, m.ref),
            aliases=aliases, sentence=_sentence(text_of_doc, m.start)))
    for r in doc._.relations or []:
        s, e = text.source_span(r.start, r.end)
        read, written = text_of_doc[r.start:r.end], original[s:e]
        converted = len(written) == len(read) and any(  # characters, not line breaks the cleaner joined
            a != b and not (a.isspace() and b.isspace()) for a, b in zip(written, read, strict=True))
        as_written = written.strip() if converted else None
        out.relations.append(FoundRelation(article.id, base + r.head, r.rel, base + r.tail,
                                           read.strip(), s, e, r.title, as_written))
    return out


def _sentence(text: str, at: int) -> str:
    start, end = sentence_bounds(text, at)
    return text[start:end].strip()
