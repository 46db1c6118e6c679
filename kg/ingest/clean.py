"""OCR clean-up: lines into paragraphs, with a line break inside a sentence joined.

Why: OCR of newspaper columns breaks sentences at column ends, often with a blank line, so
"着力加强" and "以基层为重点的……" arrive as two paragraphs. A paragraph that reads as prose
(it has clause punctuation) and does not end a sentence is continued by the next paragraph,
unless that one is a heading, a byline or a credit. Continuation marks (上接第1版, 下转第3版),
control characters and HTML/XML tags are dropped. Every kept character keeps its original offset.
"""

from __future__ import annotations

import re

from kg.ingest.credits import is_credit_line, starts_byline
from kg.ingest.mapped import MappedText
from kg.lexicons.loader import pattern

SENTENCE_END = "。！？!?…；;”」』）)】"
CLAUSE_PUNCT = re.compile(r"[，,。；;、！？]")
CONTINUATION = re.compile(r"[（(]?\s*(?:上接|下转|转)第?\s*[0-9０-９一二三四五六七八]+\s*版\s*[)）]?")
MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b\ufeff]")
# HTML or XML markup left in a text export (<b>, </svg>, <img src=x onerror=…>): a tag is not
# text, and a tag before a name would glue onto it. A letter must follow "<", so 血压<140 stays.
MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,300})?/?>")
BULLET = re.compile(r"^[-－—•·●■◆□◇▲△★☆]")
HEADING_MAX = 34
CAPTION = pattern("photo_caption")


def lines(text: str) -> list[MappedText]:
    """Non-empty lines of the source, trimmed, without control characters or page marks."""
    out: list[MappedText] = []
    pos = 0
    for raw in text.split("\n"):
        line = MappedText.of(raw, pos)
        pos += len(raw) + 1
        line = _drop(line, CONTROL)
        line = _drop(line, MARKUP)
        line = _drop(line, CONTINUATION)
        line = _drop(line, MARKDOWN_HEADING)
        line = line.strip(" \t\r\u3000\xa0")
        if line.text:
            out.append(line)
    return out


def _drop(line: MappedText, pattern: re.Pattern[str]) -> MappedText:
    pieces: list[MappedText] = []
    last = 0
    for m in pattern.finditer(line.text):
        pieces.append(line.slice(last, m.start()))
        last = m.end()
    if not pieces:
        return line
    pieces.append(line.slice(last, len(line)))
    return MappedText.join(pieces)


def is_heading(text: str) -> bool:
    """Short, no clause punctuation, no sentence end: a headline, kicker or column name; a
    photo caption is none (（图二）某某与专家合影)."""
    if BULLET.match(text):
        return True
    return (len(text) <= HEADING_MAX and not CAPTION.match(text) and not CLAUSE_PUNCT.search(text)
            and not text.endswith(("。", "！", "？", "；", ";", "!", "?")) and not is_credit_line(text))


def _continues(prev: str, nxt: str) -> bool:
    if prev.endswith(tuple(SENTENCE_END)) or not CLAUSE_PUNCT.search(prev) or len(prev) < 15:
        return False
    if BULLET.match(prev) or is_credit_line(prev):
        return False
    return not (is_heading(nxt) or is_credit_line(nxt) or starts_byline(nxt) or BULLET.match(nxt))


def _indented(text: str, line: MappedText) -> bool:
    """The line starts with an indent (a full-width space, a tab or two spaces): a paragraph of
    its own, as Chinese text indents a paragraph's first line; OCR breaks inside a sentence do not."""
    start = line.origin[0] if line.origin else 0
    lead = text[text.rfind("\n", 0, start) + 1:start]
    return "\u3000" in lead or "\t" in lead or "  " in lead


def paragraphs(text: str) -> list[MappedText]:
    """Lines joined into paragraphs where OCR broke a sentence."""
    out: list[MappedText] = []
    for line in lines(text):
        if out and not _indented(text, line) and _continues(out[-1].text, line.text):
            out[-1] = MappedText.join([out[-1], line])
        else:
            out.append(line)
    return out
