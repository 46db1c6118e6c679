"""Split a page into articles: headline, byline, body, credits.

Why: a newspaper page holds many articles, and facts must be attributed to the article they
come from. Page layout rules, in order:
- a run of headings (short lines without clause punctuation; bullets as sub-headings) after
  body text starts a new article; before body text it extends the current headline;
- a ``□``-byline after body text starts a new article;
- ``本报讯（特约记者 X 通讯员 Y）`` at the start of the body is a byline, credit lines
  (``特约记者孙艳芳``, ``通讯员 董娟``, ``摄影报道``, ``视觉中国供图``) and a trailing
  ``（何凌云）`` are credits: all give journalists, none stays in the text the NLP reads;
- a headline left at the end of the page with no body (OCR puts some out of order) titles the
  last article that has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.ingest.clean import CREDIT_ROLE, NAMES_ONLY, ROLE_ONLY, is_credit, is_heading, paragraphs
from kg.ingest.mapped import MappedText

_NAME = r"[\u4e00-\u9fff·]{2,6}"
BYLINE = re.compile(r"^(?:本报讯|本报[\u4e00-\u9fff]{0,8}电|本报)\s*[（(]([^（()）]{2,60})[)）]\s*")
_ROLE_NAME = rf"(?:{CREDIT_ROLE}\s*)?{_NAME}"
TRAILING_CREDIT = re.compile(
    rf"(?<=[。！？”…])\s*[（(]\s*({_ROLE_NAME}(?:[\s　、]+{_ROLE_NAME}){{0,4}})\s*[）)]\s*$")
ROLE_SPLIT = re.compile(rf"□|{CREDIT_ROLE}|[\s　、:：]+")
ROLE_WORD = re.compile(CREDIT_ROLE)


@dataclass(frozen=True)
class Credit:
    """A journalist named in a byline or credit, with original offsets of the name."""

    name: str
    role: str
    start: int
    end: int


@dataclass
class Article:
    """One article of a page. ``text`` is the headline, a newline, then the body paragraphs
    separated by newlines; its origin maps each character to the source file."""

    source: str
    index: int
    title: str
    text: MappedText
    credits: list[Credit] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.source}#{self.index}"

    @property
    def span(self) -> tuple[int, int]:
        offsets = list(self.text.origin)
        offsets += [c.start for c in self.credits] + [c.end - 1 for c in self.credits]
        return (min(offsets), max(offsets) + 1) if offsets else (0, 0)


@dataclass
class _Draft:
    title: list[MappedText] = field(default_factory=list)
    body: list[MappedText] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)


def credits_in(piece: MappedText, default_role: str = "记者") -> list[Credit]:
    """Names in a byline or credit text, each with the role word before it."""
    out: list[Credit] = []
    if piece.text.endswith("供图"):  # an agency's credit, not a person's
        return out
    role = default_role
    pos = 0
    text = piece.text
    for m in ROLE_SPLIT.finditer(text + " "):
        chunk = text[pos:m.start()]
        if chunk and re.fullmatch(_NAME, chunk) and not chunk.endswith(("供图", "报道", "摄")):
            start, end = piece.source_span(pos, m.start())
            out.append(Credit(chunk, role, start, end))
        word = m.group()
        if ROLE_WORD.fullmatch(word):
            role = word.removeprefix("本报")
        pos = m.end()
    return out


def split_articles(source: str, text: str) -> list[Article]:
    drafts: list[_Draft] = [_Draft()]
    role: str | None = None  # a role word alone on its line (编辑), naming the next line
    for para in paragraphs(text):
        current = drafts[-1]
        if role and NAMES_ONLY.match(para.text):
            current.credits.extend(credits_in(para, default_role=role))
            role = None
            continue
        role = para.text.strip("□ :：").removeprefix("本报") if ROLE_ONLY.match(para.text) else None
        if role:
            continue
        if is_credit(para.text):
            if para.text.startswith("□") and current.body:
                drafts.append(_Draft())
            drafts[-1].credits.extend(credits_in(para))
        elif is_heading(para.text):
            if current.body or (current.credits and not current.title):
                drafts.append(_Draft(title=[para]))
            else:
                current.title.append(para)
        else:
            current.body.append(_strip_credits(para, current))
    drafts = _place_orphan_titles([d for d in drafts if d.title or d.body or d.credits])
    return [_finish(source, i, d) for i, d in enumerate(drafts)]


def _strip_credits(para: MappedText, draft: _Draft) -> MappedText:
    m = BYLINE.match(para.text)
    if m:
        draft.credits.extend(credits_in(para.slice(m.start(1), m.end(1))))
        para = para.slice(m.end(), len(para))
    m = TRAILING_CREDIT.search(para.text)
    if m:
        found = credits_in(para.slice(m.start(1), m.end(1)))
        if found:
            draft.credits.extend(found)
            para = para.slice(0, m.start())
    return para


def _place_orphan_titles(drafts: list[_Draft]) -> list[_Draft]:
    if len(drafts) > 1 and drafts[-1].title and not drafts[-1].body and not drafts[-1].credits:
        untitled = [d for d in drafts[:-1] if not d.title and d.body]
        if untitled:
            untitled[-1].title = drafts[-1].title
            return drafts[:-1]
    return drafts


def _finish(source: str, index: int, draft: _Draft) -> Article:
    title = MappedText.join(draft.title, sep=" ") if draft.title else MappedText("", ())
    body = MappedText.join(draft.body, sep="\n")
    text = MappedText.join([title, body], sep="\n") if draft.title else body
    return Article(source=source, index=index, title=title.text, text=text,
                   credits=draft.credits)
