"""The byline and credit grammar: who wrote, edited, photographed or checked an article.

Why a grammar: sites write credits in many forms (``编辑：王某　审核：李某``, ``张某/文　李某/图``,
``某某网讯（记者 王某 通讯员 李某）``, ``…。（某市卫生健康委某科　赵某）``, ``（编辑：王 某）``),
and journalists named so are Persons of the graph while the words around them (role words,
media, page furniture such as 来源 or 点击数) are no text to read. A credit text is cut into
tokens: separators, furniture, role words (``credit_roles.tsv``) and runs of Han characters;
each run is a name, an office (``credit_offices.txt``, an organisation suffix), a place or
something else. A text is a credit only when no token is something else, so a sentence or a
headline never is. A name is 2-4 Han characters (5 after a compound surname) or a foreign name
with ·; a single-character surname spaced from its given name (``王　某``) is one name, written
without the space, its offsets those of the source. Names without a role word count only
where a credit stands by position (a bracket closing the article, after a dateline) and must
start with a surname. Offices, sources and the value of 来源 stay text for the NLP: the
organisation of ``（某市卫生健康委办公室　通讯员　李某）`` is an entity of its own. A medium
that a credit names by position (``某某日报记者 王某``, the dateline ``某某网讯``, ``来源：某某新闻``)
is given apart, as an organisation the page names: its name alone says nothing to the NLP
(某某新闻 is as often a phrase as a name), its place in the credit says what it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from kg.ingest.mapped import MappedText
from kg.lexicons.catalog import countries, gazetteer, suffix_of, surnames, word_set
from kg.lexicons.loader import load, pattern

_HAN = re.compile(r"[\u4e00-\u9fff·]+")
_SPACE = re.compile(r"[\s\u3000\xa0]+")
_OTHER = re.compile(r"[^\s\u3000\xa0\u4e00-\u9fff·]+")


@dataclass(frozen=True)
class Credit:
    """A journalist named in a byline or credit; ``start``/``end`` are original offsets of the
    name as written (a spaced name keeps its space there, not in ``name``)."""

    name: str
    role: str
    start: int
    end: int


@dataclass(frozen=True)
class Medium:
    """A medium a credit names: ``name`` without 《》 or the section that writes (某某版), ``text``
    as the credit reads it; ``start``/``end`` are original offsets of ``text``."""

    name: str
    text: str
    start: int
    end: int


@dataclass
class Found:
    """What a credit text gave: the credits, the media, and the pieces that stay text (offices,
    来源)."""

    credits: list[Credit] = field(default_factory=list)
    kept: list[MappedText] = field(default_factory=list)
    media: list[Medium] = field(default_factory=list)


@dataclass(frozen=True)
class _Token:
    kind: str  # role, medium, mark, source, agency, furniture, name, office, place, other
    text: str
    start: int
    end: int


@cache
def _roles() -> dict[str, tuple[str, str]]:
    """Role word → (place, the source it credits: yes, agency or empty)."""
    return {r["role"]: (r["place"], r["source"]) for r in load("credit_roles.tsv").entries}


@cache
def _role_before() -> re.Pattern[str]:
    words = sorted((w for w, (p, _) in _roles().items() if p != "after"), key=len, reverse=True)
    return re.compile(rf"(?:{pattern('credit_medium').pattern})?(?P<role>{'|'.join(map(re.escape, words))})")


@cache
def _marks_after() -> tuple[str, ...]:
    """Role words that may stand glued after a name (王某摄, 某某局供稿); 文 and 图 only
    after a separator (王某/文), since they end many names."""
    words = (w for w, (p, _) in _roles().items() if p == "after" or (p == "either" and len(w) > 1))
    return tuple(sorted(words, key=len, reverse=True))


def _credit_tokens(text: str) -> list[_Token] | None:
    """The tokens of ``text``, or None at its first token that is no credit text: most texts
    asked are sentences, which fail at their first clause, so the rest is never classified."""
    out = []
    for tok in _token_stream(text):
        if tok.kind == "other":
            return None
        out.append(tok)
    return out


def _token_stream(text: str) -> Iterator[_Token]:
    """The classified tokens of ``text``, lazily."""
    for tok in _merge_spaced(text, _raw_tokens(text)):
        yield from _classify(tok)


def _raw_tokens(text: str) -> Iterator[_Token]:
    sep, furniture, before = pattern("credit_separator"), pattern("credit_furniture"), _role_before()
    i = 0
    while i < len(text):
        if m := sep.match(text, i):
            i = m.end()
        elif (m := furniture.match(text, i)) and m.end() > i:
            value = m.groupdict().get("value")
            yield _Token("furniture", value or "", m.start("value") if value else i,
                         m.end("value") if value else m.end())
            i = m.end()
        elif (m := before.match(text, i)) and not _glued(text, m):
            if m.start("role") > i:
                yield _Token("medium", text[i:m.start("role")], i, m.start("role"))
            yield _Token("role", m.group("role"), m.start("role"), m.end())
            i = m.end()
        elif m := _HAN.match(text, i):
            end = _glued_role(text, i, m.end())
            yield _Token("run", text[i:end], i, end)
            i = end
        else:
            m = _OTHER.match(text, i)
            yield _Token("other", m.group(), i, m.end())
            i = m.end()


def _glued_role(text: str, start: int, end: int) -> int:
    """Where a run of Han characters ends: before a role word of two or more characters glued
    after a name (王某通讯员李某), not inside the name's first two characters."""
    for m in _role_before().finditer(text, start + 2, end):
        role = m.group("role")
        if len(role) > 1 and not role.startswith(_marks_after()) and m.start("role") >= start + 2:
            return m.start()
    return end


def _glued(text: str, m: re.Match) -> bool:
    """文 or 图 inside a word (喻文芬, 图为): a one-character role needs no Han after it."""
    return len(m.group("role")) == 1 and m.end() < len(text) and bool(_HAN.match(text[m.end()]))


def _merge_spaced(text: str, tokens: Iterable[_Token]) -> Iterator[_Token]:
    """``王　某``, ``欧阳 某某``: a lone surname and a short run after a space are one name."""
    single, compound = surnames()
    prev: _Token | None = None
    for tok in tokens:
        if (prev and prev.kind == "run" and tok.kind == "run" and len(tok.text) <= 2
                and (prev.text in single or prev.text in compound)
                and _SPACE.fullmatch(text[prev.end:tok.start])):
            prev = _Token("run", prev.text + tok.text, prev.start, tok.end)
            continue
        if prev is not None:
            yield prev
        prev = tok
    if prev is not None:
        yield prev


def _classify(tok: _Token) -> list[_Token]:
    if tok.kind != "run":
        return [tok]
    core, mark = tok.text, ""
    for word in _marks_after():
        if core.endswith(word):
            core, mark = core[: -len(word)], word
            break
    end = tok.end - len(mark)
    out = []
    if core:
        source = _roles()[mark][1] if mark else ""
        kind = {"yes": "source", "agency": "agency"}.get(source) or _kind(core, after_report=mark == "报道")
        out.append(_Token(kind, core, tok.start, end))
    if mark:
        out.append(_Token("mark", mark, end, tok.end))
    return out


def _kind(word: str, after_report: bool = False) -> str:
    """Office, name or place; before 报道 a word that is neither office nor name is the place
    reported from (某某记者 王某 某地报道)."""
    if _is_office(word):
        return "office"
    if _is_place(word) and (after_report or not _has_surname(word)):
        return "place"
    if _is_name(word):
        return "name" if _has_surname(word) or len(word) > 2 else "weak"
    return "place" if after_report or _is_place(word) else "other"


def _is_office(word: str) -> bool:
    if suffix_of(word):
        return True
    single = surnames()[0]
    for end in _office_ends():
        if word.endswith(end) and len(word) > len(end):
            return len(end) > 1 or len(word) >= 4 or word[0] not in single
    return False


@cache
def _office_ends() -> tuple[str, ...]:
    return tuple(sorted(load("credit_offices.txt").words, key=len, reverse=True))


def _is_place(word: str) -> bool:
    geo = gazetteer()
    return word in geo.by_name or word in geo.by_short or word in countries()


def _is_name(word: str) -> bool:
    if any(w in word for w in word_set("credit_not_names.txt")):
        return False
    if "·" in word:
        parts = word.split("·")
        return all(1 <= len(p) <= 8 for p in parts) and len(word) <= 20
    compound = surnames()[1]
    longest = 5 if word[:2] in compound else 4
    return 2 <= len(word) <= longest


def _plain_name(word: str) -> bool:
    """A name without a role word: a surname first, and no function word or date character
    (年, 的) in the given name (（王某 李某）, not （张的）)."""
    return _has_surname(word) and not any(c in word_set("bad_given.txt") for c in word[1:])


def _has_surname(word: str) -> bool:
    single, compound = surnames()
    return "·" in word or word[0] in single or word[:2] in compound


def read(piece: MappedText, bare: bool = False, default_role: str = "记者") -> Found | None:
    """The credits of ``piece`` if all of it is credit text, else None. Without a role word
    (``bare``) names alone count where their first character is a surname."""
    tokens = _credit_tokens(piece.text)
    if not tokens:
        return None
    tokens = _settle(piece.text, tokens)
    if any(t.kind == "other" for t in tokens):
        return None
    marked = any(t.kind in ("role", "medium", "mark", "furniture", "source", "agency") for t in tokens)
    names = [t for t in tokens if t.kind == "name"]
    if not marked and not (bare and names and all(_plain_name(t.text) for t in names)):
        return None
    found = Found()
    role = default_role
    for k, tok in enumerate(tokens):
        if tok.kind == "role":
            role = tok.text
        elif tok.kind == "name":
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            start, end = piece.source_span(tok.start, tok.end)
            found.credits.append(Credit(tok.text, nxt.text if nxt and nxt.kind == "mark" else role, start, end))
        elif tok.kind == "medium":
            found.media.extend(_media(piece.slice(tok.start, tok.end)))
        elif tok.kind in ("office", "source") or (tok.kind == "furniture" and tok.text):
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if not (nxt and nxt.kind == "mark" and _roles()[nxt.text][1] == "agency"):
                found.kept.append(piece.slice(tok.start, tok.end))
            if tok.kind == "furniture":  # 来源：某某网
                found.media.extend(_media(piece.slice(tok.start, tok.end)))
    return found


def _media(piece: MappedText) -> list[Medium]:
    """The medium ``piece`` names, if all of it names one: a name of three characters or more
    (本报, 本网 are the page's own), or a title in 《》."""
    m = pattern("credit_medium").fullmatch(piece.text)
    if m is None:
        return []
    name = m.group("medium").strip("《》")
    if len(name) < 3 and not m.group("medium").startswith("《"):
        return []
    start, end = piece.source_span(0, len(piece))
    return [Medium(name, piece.text, start, end)]


def _settle(text: str, tokens: list[_Token]) -> list[_Token]:
    """Two characters without a surname (义某, 巴某) are a name only in a list of credits,
    spaced from the role word or name before them (编辑：义某, 通讯员李某、巴某), never glued to
    it (记者手记) unless the text has more fields (特约记者贝某 通讯员李某). A run after a
    source's role (供稿｜某某科) is that source."""
    out: list[_Token] = []
    fields = sum(t.kind == "role" for t in tokens) > 1
    for tok in tokens:
        prev = out[-1] if out else None
        kind = tok.kind
        if kind == "weak":
            listed = prev is not None and prev.kind in ("role", "name") and (tok.start > prev.end or fields)
            kind = "name" if listed else "other"
        if kind in ("name", "office") and prev is not None and _is_source_role(prev):
            kind = "source"
        out.append(_Token(kind, tok.text, tok.start, tok.end) if kind != tok.kind else tok)
    return out


def _is_source_role(tok: _Token) -> bool:
    return tok.kind == "role" and _roles()[tok.text][1] == "yes"


def role_only(piece: MappedText) -> tuple[str, list[Medium]] | None:
    """A role word alone on its line (``编辑``, ``□记者：``, ``某某日报记者：``): it names the next
    line's names; the medium before it is named by the page."""
    tokens: list[_Token] = []
    for tok in _token_stream(piece.text):
        if tokens and tokens[-1].kind != "medium":  # only media stand before the role word
            return None
        tokens.append(tok)
    if not tokens or tokens[-1].kind != "role":
        return None
    return tokens[-1].text, [m for t in tokens[:-1] for m in _media(piece.slice(t.start, t.end))]


def names_only(piece: MappedText, role: str) -> Found | None:
    """The names of a line of names only, under the role of the line before."""
    found = read(piece, bare=True, default_role=role)
    if not (found and found.credits):
        return None
    return found if len(found.credits) == sum(1 for _ in _token_stream(piece.text)) else None


def credit_line(piece: MappedText) -> Found | None:
    """A whole line of credits: fields with role words and furniture, a bracketed credit
    (``（编辑：王某）``, ``（王某　李某）``), or a caption in brackets ending in its credit
    (``（图：会场　王某 摄）``)."""
    found = read(piece)
    if found is not None:
        return found
    inner = _bracketed(piece)
    if inner is None:
        return None
    found = read(inner, bare=True)
    if found is not None and (found.credits or found.kept):
        return found
    head, found = tail(inner)
    if found is not None:
        found.kept.insert(0, head)
    return found


def is_credit_line(text: str) -> bool:
    return credit_line(MappedText.of(text, 0)) is not None


def _bracketed(piece: MappedText) -> MappedText | None:
    text = piece.text
    if len(text) > 2 and text[0] in "（(【[" and text[-1] in "）)】]":
        return piece.slice(1, len(text) - 1).strip(" \u3000")
    return None


def tail(piece: MappedText) -> tuple[MappedText, Found | None]:
    """A credit with a role word ending a caption or sentence (``图为会场。记者 王某 摄``): the
    text before it, and the credit."""
    for m in pattern("credit_tail_start").finditer(piece.text):
        rest = piece.slice(m.end(), len(piece))
        found = read(rest) if rest.text else None
        if found is not None and found.credits:
            return piece.slice(0, m.end()).strip(" \u3000"), found
    return piece, None


def leading(piece: MappedText) -> tuple[MappedText | None, Found | None, MappedText]:
    """A byline opening a paragraph: (the dateline kept as text or None, the credits, the
    rest). 本报讯 and 本报…电 are dropped; another dateline (某某社某地5月1日电) stays, since it
    names a place."""
    for name in ("credit_lead_paren", "credit_lead_report"):
        m = pattern(name).match(piece.text)
        if not m:
            continue
        credit = piece.slice(m.start("credit"), m.end("credit"))
        found = read(credit, bare=m.group("dateline") is not None)
        if found is None or not found.credits:
            continue
        dateline = m.group("dateline") or ""
        own = not dateline or pattern("credit_own_dateline").fullmatch(dateline)
        kept = None if own else piece.slice(0, len(dateline))
        if kept is not None:
            found.media.extend(dateline_medium(kept))
        return kept, found, piece.slice(m.end(), len(piece))
    return None, None, piece


def dateline_medium(piece: MappedText) -> list[Medium]:
    """The medium a dateline opens with (某某网讯, 某某社某地5月1日电, 某某网5月1日讯): the
    shortest medium's name after which only a place, a date and 讯 or 电 follow."""
    text = piece.text
    dated = pattern("credit_dated").search(text)
    if dated is None:
        return []
    for j in range(3, dated.start() + 1):
        rest = text[j:dated.start()]
        if rest and not any(_is_place(rest[:k]) for k in range(2, len(rest) + 1)):
            continue
        medium = _media(piece.slice(0, j))
        if medium:
            return medium
    return []


def trailing(piece: MappedText) -> tuple[MappedText, Found | None]:
    """A credit closing a paragraph: a bracket after its last sentence (``…。（王某 李某）``,
    ``…。（某某局办公室　通讯员　李某）``), or a credit with a role word after it
    (``…。记者 王某 摄``)."""
    m = pattern("credit_trailing_paren").search(piece.text)
    if m:
        found = read(piece.slice(m.start("credit"), m.end("credit")), bare=True)
        if found is not None and found.credits:
            return piece.slice(0, m.start()), found
    return tail(piece)


def starts_byline(text: str) -> bool:
    """Whether a line opens with a byline: it starts a paragraph, never continues one."""
    return leading(MappedText.of(text, 0))[1] is not None
