"""Split a page into articles: headline, byline, body, credits.

Why: a newspaper page holds many articles, and facts must be attributed to the article they
come from. Page layout rules, in order:
- a run of headings (short lines without clause punctuation; bullets as sub-headings) after
  body text starts a new article; before body text it extends the current headline;
- a ``□``-byline after body text starts a new article;
- bylines and credits, read by the credit grammar (``kg.ingest.credits``): a byline opening
  the body (``本报讯（特约记者 X 通讯员 Y）``, ``某某社某地5月1日电（记者 X）``), credit lines
  (``编辑：X　审核：Y``, ``X/文　Y/图``, ``摄影报道``), a role word alone on its line naming the
  next line, and a credit closing a paragraph (``（何某某）``, ``图为会场。记者 X 摄``): all give
  journalists and the media they write for (``Article.media``), and none stays in the text
  the NLP reads, except the offices, sources and datelines in them, which are kept as
  paragraphs of their own at the end of the body;
- a headline left at the end of the page with no body (OCR puts some out of order) titles the
  last article that has none.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.ingest import credits
from kg.ingest.clean import is_heading, paragraphs
from kg.ingest.credits import Credit, Found, Medium
from kg.ingest.mapped import MappedText

__all__ = ["Article", "Credit", "Medium", "split_articles"]


@dataclass
class Article:
    """One article of a page. ``text`` is the headline, a newline, then the body paragraphs
    separated by newlines; its origin maps each character to the source file."""

    source: str
    index: int
    title: str
    text: MappedText
    credits: list[Credit] = field(default_factory=list)
    media: list[Medium] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.source}#{self.index}"

    @property
    def span(self) -> tuple[int, int]:
        offsets = list(self.text.origin)
        named = [*self.credits, *self.media]
        offsets += [c.start for c in named] + [c.end - 1 for c in named]
        return (min(offsets), max(offsets) + 1) if offsets else (0, 0)


@dataclass
class _Draft:
    title: list[MappedText] = field(default_factory=list)
    body: list[MappedText] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    kept: list[MappedText] = field(default_factory=list)  # offices and sources of credits
    media: list[Medium] = field(default_factory=list)

    def add(self, found: Found) -> None:
        self.credits.extend(found.credits)
        self.kept.extend(k for k in found.kept if k.text)
        self.media.extend(found.media)


def split_articles(source: str, text: str) -> list[Article]:
    drafts: list[_Draft] = [_Draft()]
    role: str | None = None  # a role word alone on its line (编辑), naming the next line
    for para in paragraphs(text):
        current = drafts[-1]
        named = credits.names_only(para, role) if role else None
        if named is not None:
            current.add(named)
            role = None
            continue
        alone = credits.role_only(para)
        role = alone[0] if alone else None
        if alone:
            current.add(Found(media=alone[1]))
            continue
        found = credits.credit_line(para)
        if found is not None:
            if para.text.startswith("□") and current.body:
                drafts.append(_Draft())
            drafts[-1].add(found)
        elif is_heading(para.text):
            if current.body or (current.credits and not current.title):
                drafts.append(_Draft(title=[para]))
            else:
                current.title.append(para)
        else:
            current.body.extend(_strip_credits(para, current))
    drafts = _place_orphan_titles([d for d in drafts if d.title or d.body or d.credits])
    return [_finish(source, i, d) for i, d in enumerate(drafts)]


def _strip_credits(para: MappedText, draft: _Draft) -> list[MappedText]:
    """The paragraph without its opening byline and closing credit; a dateline that names a
    place (某某社某地5月1日电) becomes a paragraph of its own."""
    dateline, found, para = credits.leading(para)
    if found is not None:
        draft.add(found)
    para, found = credits.trailing(para)
    if found is not None:
        draft.add(found)
    return [p for p in (dateline, para) if p is not None and p.text]


def _place_orphan_titles(drafts: list[_Draft]) -> list[_Draft]:
    if len(drafts) > 1 and drafts[-1].title and not drafts[-1].body and not drafts[-1].credits:
        untitled = [d for d in drafts[:-1] if not d.title and d.body]
        if untitled:
            untitled[-1].title = drafts[-1].title
            return drafts[:-1]
    return drafts


def _finish(source: str, index: int, draft: _Draft) -> Article:
    title = MappedText.join(draft.title, sep=" ") if draft.title else MappedText("", ())
    body = MappedText.join(draft.body + draft.kept, sep="\n")
    text = MappedText.join([title, body], sep="\n") if draft.title else body
    return Article(source=source, index=index, title=title.text, text=text,
                   credits=draft.credits, media=draft.media)
