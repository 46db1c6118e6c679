"""Places: administrative divisions of China (gazetteer), countries and foreign cities.

Why rules on context: short names (太原, 于都) are also ordinary words or name parts, so a
short name counts only where the context vouches for it:
- province short names (黑龙江, 新疆) always;
- a prefecture's short name after its province (山西太原), before a name suffix or a
  boundary (无锡携手…), or when the article also has the full name;
- a county's short name after an ancestor (江西于都) or when the article has the full name;
- townships only with one of their ancestors in the same article (many share a name);
- no place where a word of ``place_homographs.txt`` starts (中山大学: named for 孙中山).
A name ending in 镇/乡/街道 right after a county is that county's township even when the
gazetteer lacks it (divisions are renamed and merged every year).
A foreign city (``foreign_cities.tsv``, from CLDR) is a City keyed by its name; a division of
China that shares the name wins (the gazetteer is looked up first).
Where an official name is shared (two 通州区), the division whose ancestors the article
mentions wins; ties go to the lowest code, so output is stable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from kg.lexicons.catalog import (
    Division,
    countries,
    foreign_cities,
    function_words,
    gazetteer,
    org_suffixes,
    suffix_of,
    word_set,
)
from kg.lexicons.loader import pattern
from kg.nlp.mentions import Mention, add_mention, doc_text, token_bounds
from kg.util.keys import country_key, named_key, place_key
from kg.util.text import hanzi

_TOWNSHIP = pattern("township_after_county")
_ZONE = pattern("development_zone")
_VOUCHED_ZONE_END = pattern("vouched_zone_ending")
_AFTER_OK = set("，,。、；;：:！？!?“”\"（）()《》 \n—-")


@dataclass
class _Hit:
    start: int
    end: int
    text: str
    divisions: tuple[Division, ...]
    short: bool
    country: tuple[str, str] | None = None
    city: bool = False


class PlaceRecognizer:
    """Finds places in ``doc.text`` and appends them to ``doc._.mentions``."""

    def __init__(self, max_length: int = 12) -> None:
        """``max_length``: the longest place name looked up (a few autonomous prefectures)."""
        self.max_length = max_length
        self.gaz = gazetteer()
        self.countries = countries()
        self.cities = foreign_cities()
        self.stop = word_set("stopwords.txt")
        self.homographs = word_set("place_homographs.txt")
        self.suffix_starts = {s[:2] for s in org_suffixes()}
        self.after_short_prefecture = function_words("after_short_prefecture")
        self.lone_levels = function_words("lone_county_level")
        self.conjunctions = "".join(function_words("name_start_conjunction"))
        # the one-character words a zone's name does not start with (_may_open_zone)
        self.zone_prepositions = {w for w in word_set("preposition_words.txt") if len(w) == 1} | set(self.conjunctions)
        self.zone_verbs = {w for w in word_set("single_predicates.txt") if len(w) == 1}
        # the first two characters of every name -> the length of the longest such name, so a
        # position where no name starts costs one lookup instead of three per length
        self.reach: dict[str, int] = {}
        for names in (self.gaz.by_name, self.countries, self.gaz.by_short, self.cities):
            for s in names:
                self.reach[s[:2]] = max(self.reach.get(s[:2], 0), len(s))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        bounds = token_bounds(doc)
        hits = [h for h in self.match(text) if not any(text.startswith(w, h.start) for w in self.homographs)]
        # a division's name is the place where it is the zone's whole name; a shorter one inside a
        # zone's name (中原 of 某中原新区) is part of that name
        zones = [z for z in self.zones(text, bounds) if not any((h.start, h.end) == z for h in hits)]
        hits = [h for h in hits if not any(s <= h.start and h.end <= e for s, e in zones)]
        self.set_annotations(doc, self.disambiguate(text, hits, bounds))
        taken = [(m.start, m.end) for m in doc._.mentions or []]
        for start, end in zones:
            if not any(s < end and start < e for s, e in taken):
                add_mention(doc, Mention(start, end, "County", text[start:end], text[start:end],
                                         key=named_key("County", text[start:end])))
        return doc

    def zones(self, text: str, bounds: frozenset[int]) -> list[tuple[int, int]]:
        """Development zones (某某新区, 某某新城), which no list of divisions holds: a name that
        the article vouches for once by the zone's own committee right after it (某新区党工委,
        甲新区、乙新区管委会, 甲新区乙新城党委), wherever the article writes it. A name starts
        at a word boundary (and ``_may_open_zone``). Found from the zones' endings, so an
        article without one costs one scan."""
        vouched: set[str] = set()
        for m in _VOUCHED_ZONE_END.finditer(text):
            for at in (m.end() - 5, m.end() - 4):  # the longest name: three characters before the ending, then two
                if at >= 0 and at in bounds and _ZONE.fullmatch(text, at, m.end()) and self._may_open_zone(text, at):
                    vouched.add(text[at:m.end()])
                    break
        out: list[tuple[int, int]] = []
        for name in sorted(vouched, key=len, reverse=True):
            out += [(k.start(), k.end()) for k in re.finditer(re.escape(name), text)
                    if not any(s < k.end() and k.start() < e for s, e in out)]
        return sorted(out)

    def _may_open_zone(self, text: str, at: int) -> bool:
        """Whether a zone's name may start at ``at``: not with a one-character preposition or
        conjunction (在某新区, 和某新区), nor, inside a clause, with a one-character verb (出席的有某新区;
        at a clause's start 常 of 常某新区 is the name's)."""
        inside_clause = at > 0 and hanzi(text[at - 1])
        return text[at] not in self.zone_prepositions and not (inside_clause and text[at] in self.zone_verbs)

    def match(self, text: str) -> list[_Hit]:
        """Longest names at each position, left to right, without overlaps; a full name wins
        over a short one that overlaps its start."""
        hits: list[_Hit] = []
        i = 0
        while i < len(text):
            hit = self._longest_at(text, i)
            if hit is None:
                i += 1
                continue
            if hit.short and any((full := self._longest_at(text, j)) is not None and not full.short
                                 and full.end > hit.end for j in range(i + 1, hit.end)):
                i += 1  # 和安吉县: a short name (和安) never hides a full one (安吉县)
                continue
            hits.append(hit)
            i = hit.end
        return hits

    def _longest_at(self, text: str, i: int) -> _Hit | None:
        reach = self.reach.get(text[i:i + 2], 0)
        for n in range(min(self.max_length, reach, len(text) - i), 1, -1):
            s = text[i:i + n]
            if s in self.gaz.by_name:
                return _Hit(i, i + n, s, self.gaz.by_name[s], short=False)
            if s in self.countries:
                return _Hit(i, i + n, s, (), short=False, country=self.countries[s])
            if s in self.gaz.by_short:
                divs = tuple(d for d in self.gaz.by_short[s] if d.level <= 3)
                if divs:
                    return _Hit(i, i + n, s, divs, short=True)
            if s in self.cities:
                return _Hit(i, i + n, s, (), short=False, city=True)
        return None

    def disambiguate(self, text: str, hits: list[_Hit], bounds: frozenset[int]) -> list[tuple[_Hit, Division | None]]:
        full_codes = {d.code for h in hits if not h.short for d in h.divisions}
        in_text = set(full_codes) | {d.code for h in hits for d in h.divisions if d.level == 1}
        out: list[tuple[_Hit, Division | None]] = []
        prev: Division | None = None
        prev_end = -1
        for h in hits:
            if h.country or h.city:
                out.append((h, None))
                prev = None
                continue
            chosen = self._choose(h, in_text, prev if prev_end == h.start else None)
            if chosen is not None and self._accept(text, h, chosen, full_codes, prev, prev_end, bounds):
                out.append((h, chosen))
                prev, prev_end = chosen, h.end
            else:
                prev = None
        return out

    def _choose(self, h: _Hit, in_text: set[str], before: Division | None) -> Division | None:
        def score(d: Division) -> tuple[int, int, int, str]:
            anc = {a.code for a in self.gaz.ancestors(d.code)}
            return (-int(before is not None and before.code in anc), -len(anc & in_text),
                    d.level, d.code)
        return min(h.divisions, key=score) if h.divisions else None

    def _accept(self, text: str, h: _Hit, d: Division, full_codes: set[str],
                prev: Division | None, prev_end: int, bounds: frozenset[int]) -> bool:
        after_parent = prev is not None and prev_end == h.start and self.gaz.is_within(d.code, prev.code)
        if d.level == 4:
            if prev is not None and prev_end == h.start and not after_parent:
                return False  # a township right after a county that is not its own
            anc = {a.code for a in self.gaz.ancestors(d.code)}
            return after_parent or bool(anc & full_codes)
        if h.text[0] in self.conjunctions and suffix_of(text[max(0, h.start - 8):h.start]):
            return False  # 县卫生局和县人民医院: after a complete name, 和 joins two; 和县 is no place there
        if not h.short:  # 道县: a two-character county that is a word of its own (not 知道县里)
            lone = h.text.endswith(self.lone_levels) and {h.start, h.end} <= bounds
            return len(h.text) > 2 or after_parent or d.level < 3 or lone
        if d.level == 1:
            return True
        if after_parent or d.code in full_codes:
            return True
        if d.level == 2:
            nxt = text[h.end:h.end + 2]
            return (not nxt or nxt[0] in _AFTER_OK or nxt in self.suffix_starts
                    or any(text.startswith(w, h.end) for w in self.stop if len(w) > 1)
                    or nxt.startswith(self.after_short_prefecture))
        return False

    @staticmethod
    def set_annotations(doc: Doc, chosen: list[tuple[_Hit, Division | None]]) -> None:
        text = doc_text(doc)
        taken = {h.start for h, _ in chosen}
        for h, d in chosen:
            if h.country:
                code, name = h.country
                add_mention(doc, Mention(h.start, h.end, "Country", name, h.text, key=country_key(code)))
            elif h.city:
                add_mention(doc, Mention(h.start, h.end, "City", h.text, h.text, key=named_key("City", h.text)))
            elif d is not None:
                add_mention(doc, Mention(h.start, h.end, d.type, d.name, h.text, key=place_key(d.code)))
                m = _TOWNSHIP.match(text, h.end) if d.level == 3 else None
                if m and h.end not in taken:
                    add_mention(doc, Mention(m.start(), m.end(), "Township", m.group(), m.group(),
                                            key=place_key(d.code, m.group())))


@Language.factory("kg_places", assigns=["doc._.mentions"], default_config={"max_length": 12})
def make_places(nlp: Language, name: str, max_length: int) -> PlaceRecognizer:
    return PlaceRecognizer(max_length)
