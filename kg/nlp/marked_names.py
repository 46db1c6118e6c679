"""Names that the text marks rather than a suffix: 《…》 titles, quoted names (“…”建设,
打造“…”, 开展“A”“B”等), observances (世界卫生日, 第30个全国肿瘤防治宣传周) and official
short forms of national bodies (中办, 国办).

Why apart from the suffix grammar: each is found by its own pattern over the whole text and
yields finished candidates, which ``names`` then merges with the suffix readings.
"""

from __future__ import annotations

import re

from kg.lexicons.catalog import abbreviations, function_words, suffix_of
from kg.lexicons.loader import pattern
from kg.nlp.candidates import NAME_CHAR, QUANTITY, Candidate
from kg.nlp.mentions import Mention

BOOK = pattern("book_title")
QUOTED_PROGRAM = pattern("quoted_program")
OBSERVANCE = pattern("observance")
QUOTED_NAME = pattern("quoted_name")
QUOTED_OBJECT = pattern("quoted_object")
QUOTED_OBJECT_WORK = pattern("quoted_object_work")
MANNER_QUOTE = pattern("manner_quote")


class MarkedNames:
    """The marked-name sources over one text, with the recognizer's suffix table."""

    def __init__(self, suffixes: dict[str, str], suffix_re: re.Pattern, work_stops: frozenset[str]) -> None:
        self.suffixes = suffixes
        self.suffix_re = suffix_re
        self.work_stops = work_stops
        self.short_forms = abbreviations()
        self.periodical_endings = function_words("periodical_ending")
        self.statute_endings = function_words("statute_ending")
        self.quote_list_joiners = "".join(function_words("quote_list_joiner"))
        self.short_form_re = re.compile("|".join(sorted(self.short_forms, key=len, reverse=True)))

    def find(self, text: str, bounds: set[int], places: list[Mention]) -> list[Candidate]:
        """Every marked name, source by source."""
        return (self.books(text) + self.quoted_programs(text) + self.observances(text, bounds)
                + self.short_forms_in(text, bounds, places) + self.quoted_objects(text))

    def books(self, text: str) -> list[Candidate]:
        """《…》: a document (a law, or a newspaper); a programme or event its title starts with is
        named too (《2024年大连市健康素养促进项目实施方案》)."""
        out = []
        for m in BOOK.finditer(text):
            inner = m.group(1).strip()
            if inner.endswith(self.periodical_endings):
                type_ = "Organization"
            elif inner.endswith(self.statute_endings) and suffix_of(inner) is None:
                type_ = "Policy"  # 《某某法》: a law
            else:
                suffix = suffix_of(inner)
                if suffix is None:
                    continue
                type_ = self.suffixes[suffix]
            start, end = m.start(1), m.start(1) + len(inner)
            works = [(s.end() + start, s.group()) for s in self.suffix_re.finditer(inner)
                     if self.suffixes[s.group()] in ("Program", "Event") and s.end() + start < end]
            out.append(Candidate(start, end, type_, inner, inner_ends=works))  # 《X项目实施方案》 names X项目
        return out

    def quoted_programs(self, text: str) -> list[Candidate]:
        """“某某”建设, “某某”义诊活动: a quoted name before the kind of work it is; and a quoted
        name that ends with a programme's suffix (落实“某某行动”部署, 对标“某某工程”要求), whatever
        follows it."""
        out = [Candidate(m.start(1), m.end(1), "Program", m.group(1), aliases=[m.group(1) + m.group(2)])
               for m in QUOTED_PROGRAM.finditer(text)
               if not any(w in m.group(2) for w in self.work_stops if len(w) > 1)
               and not QUANTITY.match(m.group(1))]  # “五大中心”建设: a count, not a name
        taken = {c.start for c in out}
        for m in QUOTED_NAME.finditer(text):
            suffix = suffix_of(m.group(1))
            if m.start(1) not in taken and suffix is not None and self.suffixes[suffix] == "Program" \
                    and len(m.group(1)) > len(suffix):
                out.append(Candidate(m.start(1), m.end(1), "Program", m.group(1)))
        return out

    def quoted_objects(self, text: str) -> list[Candidate]:
        """打造“成渝健康圈”, 成立“首都名中医工作室”, 开展“A”“B”等活动, 开展“A”帮扶: a short
        quoted name that a programme verb takes as its object (a kind of work may follow it),
        and each quoted name listed right after it, is a
        programme, or what its suffix names (成立“…托育服务联盟”: an alliance)."""
        out = []
        for m in QUOTED_OBJECT.finditer(text):
            at = m.start(1)
            while (q := QUOTED_NAME.match(text, at)) is not None:
                follows = text[q.end():q.end() + 1]
                if NAME_CHAR.match(follows or "。") and follows not in self.quote_list_joiners and (
                        not QUOTED_OBJECT_WORK.match(text, q.end()) or MANNER_QUOTE.search(q.group(1))):
                    break  # “三医”协同发展, “组团式”帮扶: a modifier, not a name (but “某某”帮扶。 is one)
                suffix = suffix_of(q.group(1))
                type_ = self.suffixes[suffix] if suffix and len(q.group(1)) > len(suffix) else "Program"
                out.append(Candidate(q.start(1), q.end(1), type_, q.group(1)))  # 成立“…托育服务联盟”
                at = q.end() + (follows == "、")
        return out

    def observances(self, text: str, bounds: set[int]) -> list[Candidate]:
        """世界卫生日, 全国爱眼日, 中国医师节, 第30个全国肿瘤防治宣传周: days, weeks and
        months of observance are events, named by their scope and a theme."""
        out = []
        for m in OBSERVANCE.finditer(text):
            theme = text[m.start(1):m.end()]
            alone = m.end() == len(text) or not NAME_CHAR.match(text[m.end()]) or any(
                text.startswith(w, m.end()) for w in self.work_stops)
            if m.start() in bounds and m.end() in bounds and not any(w in theme for w in self.work_stops):
                out.append(Candidate(m.start(), m.end(), "Event", m.group(), kept_inside=True, standalone=alone))
        return out

    def short_forms_in(self, text: str, bounds: set[int], places: list[Mention]) -> list[Candidate]:
        """中办, 国办, 世卫组织, 国务院, 外交部: official short forms and names of national bodies
        (``abbreviations.tsv``), named by their full name; not after a place or a count, where
        the name is another country's body (某国外交部, 两国外交部)."""
        out = []
        place_ends = {p.end for p in places}
        for m in self.short_form_re.finditer(text):
            located = m.start() in place_ends or QUANTITY.search(text, max(0, m.start() - 4), m.start())
            if m.start() in bounds and m.end() in bounds and not located:
                full, type_ = self.short_forms[m.group()]
                out.append(Candidate(m.start(), m.end(), type_, full, full_name=full))
        return out
