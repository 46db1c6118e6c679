"""Canonical names of organisations and initiatives: the name without the leading places that
only locate it.

浙江省丽水市中心医院 is 丽水市中心医院 (the province only locates the city); 江西省肿瘤医院
keeps its single leading place; 北京朝阳医院 keeps 北京, a short place that ends the chain. A
programme named after a township keeps its county; a foreign country before a university's name
locates it (保加利亚某大学 → 某大学). The written form stays as an alias.
"""

from __future__ import annotations

from kg.lexicons.catalog import Gazetteer, function_words
from kg.lexicons.loader import pattern
from kg.nlp.mentions import Mention
from kg.nlp.name_grammar import WORKS
from kg.util.keys import country_key, parse, place_code

VILLAGE = pattern("village")
QUOTE_MARK = pattern("quote_mark")
CHINA = country_key("CN")


class CanonicalNames:
    """Where a name's canonical form starts, and the mention it gives."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.aid_prefixes = function_words("aid_prefix")

    def canonical(self, text: str, start: int, end: int, places: list[Mention], work: bool = False,
                  own_body: bool = False) -> int:
        """Where the canonical name starts: after leading places that only locate the next. A
        programme or event named after a township keeps its county (黔江区太极镇…项目): the
        township alone names the work in no other way. A foreign country before a government
        body or a work (``own_body``) is its own (某国卫生部, 某国政府某某奖), not a locator."""
        at = {p.start: p for p in places if start <= p.start and p.end <= end}
        cur = start
        if cur in at and at[cur].type == "Country" and at[cur].key != CHINA and at[cur].end < end \
                and not own_body:
            cur = at[cur].end  # 保加利亚大特尔诺沃大学 → 大特尔诺沃大学
        while cur in at:
            p = at[cur]
            nxt = at.get(p.end)
            # 北京朝阳医院 keeps 北京: a short place that ends the chain is part of the name
            if nxt is not None and self._within(nxt, p) and (nxt.text == nxt.name or nxt.end in at) \
                    and not (work and nxt.type == "Township"):
                cur = nxt.start
                continue
            if p.type == "Township" and VILLAGE.match(text, p.end):
                cur = p.end
            break
        return cur

    def _within(self, inner: Mention, outer: Mention) -> bool:
        if place_code(inner.key) is None or place_code(outer.key) is None:
            return False
        code_in, code_out = parse(inner.key).division_code, parse(outer.key).value
        return code_in == code_out or self.gaz.is_within(code_in, code_out)

    def mention(self, text: str, start: int, end: int, type_: str, places: list[Mention],
                 aliases: list[str]) -> Mention:
        cstart = self.canonical(text, start, end, places, work=type_ in WORKS,
                                own_body=type_ == "GovernmentAgency" or type_ in WORKS)
        aided = next((p for p in places if p.start == start + 1 and p.end < end), None)
        if type_ == "Program" and text.startswith(self.aid_prefixes, start) and aided is not None:
            cstart = aided.end  # 援吉布提消除白内障致盲项目: the place is where it serves
        name = QUOTE_MARK.sub("", text[cstart:end])
        surface = text[start:end]
        all_aliases = [a for a in [surface, *aliases] if a != name]
        return Mention(start, end, type_, name, surface, aliases=all_aliases)
