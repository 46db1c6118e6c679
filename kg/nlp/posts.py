"""Posts: the titles a text gives a person, and where each is held.

The grammar of a post phrase before a name:
- a post is ``[organisation or anaphor] [department] title`` (某某医院护理部副主任); a title may
  carry a prefix that makes another post of it (常务副院长, 代县长: ``title_prefixes.txt``);
- posts joined by 、 or 兼 belong together (院长、学科带头人某某), each with its own
  organisation or else the one named before it;
- a head of government (县长, 常务副市长) holds the post in the government named with it
  (某县人民政府副县长), else in the place: the place inside the
  organisation named with it (某县委副书记、代县长 → 某县), else the place of that level the article
  names most often before it;
- posts with their own bodies may also be joined by a comma when a title ends before it (某市委
  副书记、常务副市长，某工作队领队某某): the person holds them all;
- in a list of guests (某医院党委书记甲，院长助理乙，护理部主任丙), a post named without an
  organisation is held in the organisation of the guest before it.

Posts are ``(organisation mention id or None, title)`` pairs; the person component records them
in ``doc._.posts`` for the relation component to turn into holdsPosition edges.
"""

from __future__ import annotations

from itertools import pairwise

from kg.lexicons.catalog import word_set, words
from kg.lexicons.loader import load, pattern
from kg.nlp.clauses import marker
from kg.nlp.mentions import Mention, most_named
from kg.util.keys import place_code

Post = tuple[int | None, str]  # (organisation mention id or None, title)
RESIDENT = marker("resident")  # 驻


def marks() -> dict[str, frozenset[str]]:
    """The characters of ``person_marks.tsv`` by the role the rules give them."""
    return {row["role"]: frozenset(row["marks"].split()) for row in load("person_marks.tsv").entries}


class PostReader:
    """Reads post phrases before a person's name."""

    def __init__(self) -> None:
        self.titles = words("titles.txt")
        self.joiners = word_set("post_joiners.txt")
        self.marks = marks()
        self.post_re = pattern("person_post")
        self.government_head = pattern("person_government_head")
        self.government_body = pattern("person_government_body")
        self.term = pattern("person_term")
        self.title_end = pattern("person_title_end")
        self.guest_separators = frozenset(words("guest_separators.txt"))
        self.chain = pattern("person_post_chain")

    def start_before(self, text: str, i: int) -> int | None:
        """Start of the post phrase ending at ``i`` (院长、泌尿外科学术带头人), or None."""
        if not text.endswith(self.titles, 0, i):
            return None  # the phrase ends with a title: without one the pattern cannot match
        window = text[max(0, i - 30):i]
        m = self.post_re.search(window)
        if not m:
            return None
        start = i - (len(window) - m.start())
        # extend over earlier posts joined by 、 (院长、泌尿外科学术带头人)
        while start > 0 and text[start - 1] in self.marks["enumeration"]:
            prev = self.post_re.search(text[max(0, start - 1 - 20):start - 1])
            if not prev:
                break
            start = start - 1 - (len(text[max(0, start - 1 - 20):start - 1]) - prev.start())
        return start

    def read(self, text: str, name_start: int, mentions: list[Mention], floor: int = 0) -> list[Post]:
        """Read the post phrase before the name backwards, one ``[organisation] [department]
        title`` segment at a time; segments are joined by 、 or 兼. A segment without its own
        organisation holds its post in the one named before it (北京安贞医院党委委员、…中心主任兼
        …中心主任); an organisation renamed in brackets (湖南省脑科医院(湖南省第二人民医院)院长)
        is one organisation. ``floor``: where the phrase may start at the earliest (after the
        verb of 甲某任…院长). A head of government (副市长 after 咸阳市委常委、) holds the post
        in the place itself.

        A department word inside a segment may be the tail of an organisation name
        (…医院护理部): the organisation is the longest mention ending at or inside the
        segment's start, and the title is what follows it."""
        segments: list[tuple[int | None, str]] = []
        at = name_start
        chained = 0  # segments read before a comma-joined group must name their own body
        while True:
            window = text[max(floor, at - 30):at]
            m = self.post_re.search(window)
            if not m:
                break
            title_start = at - (len(window) - m.start())
            org, after_org = self._org_before(title_start, mentions)
            if org is None and title_start > 0 and text[title_start - 1] in self.marks["close_bracket"]:
                org, _ = self._org_before(title_start - 1, mentions)
            if org is None and (inside := self._org_within(title_start, at, mentions)) is not None:
                org, title_start, after_org = inside, mentions[inside].start, mentions[inside].end
            segments.insert(0, (org, text[after_org:at]))
            seg_start = title_start if org is None else min(title_start, mentions[org].start)
            if org is not None and text[seg_start - 1:seg_start] in self.marks["open_bracket"]:
                main, _ = self._org_before(seg_start - 1, mentions)
                seg_start = mentions[main].start if main is not None else seg_start
            term = self.term.search(text, max(floor, seg_start - 8), seg_start) if org is not None else None
            seg_start = term.start() if term else seg_start  # 第十一届某委员会常委
            if text[seg_start - 1:seg_start] in self.joiners:
                at = seg_start - 1
                continue
            if org is None or not self._chains(text, seg_start, floor, mentions):
                break
            chained = len(segments)
            at = seg_start - 1
        if chained and segments[0][0] is None:
            segments = segments[-chained:]
        out: list[tuple[int | None, str]] = []
        for org, title in segments:
            if org is None and out:
                org = out[-1][0]
            out.append((self._government_place(self._mission(text, org, mentions), title, name_start, mentions), title))
        return out

    @staticmethod
    def _mission(text: str, org: int | None, mentions: list[Mention]) -> int | None:
        """驻某国大使某某: a post named after 驻 and a country is held in the mission there (中国驻某国
        大使馆, named in the article), never in the country; with no such mission named, nowhere."""
        if org is None or mentions[org].type != "Country" or not text.endswith(RESIDENT, 0, mentions[org].start):
            return org
        mission = RESIDENT + mentions[org].name
        return next((i for i, m in enumerate(mentions) if m.type == "GovernmentAgency" and mission in m.name), None)

    def _chains(self, text: str, seg_start: int, floor: int, mentions: list[Mention]) -> bool:
        """A comma before a segment that names its own body joins another post of the same person
        when a title ends right before the comma (某县委副书记，某医院院长张某); a name there
        (某院长甲，某局局长乙) makes it a list of guests instead."""
        comma = seg_start - 1
        if comma <= floor or not self.chain.search(text[comma:seg_start]):
            return False
        if any(m.type == "Person" and m.end == comma for m in mentions):
            return False
        return self.title_end.search(text[max(floor, comma - 12):comma]) is not None

    def _government_place(self, org: int | None, title: str, at: int, mentions: list[Mention]) -> int | None:
        """副市长 of 咸阳市委: the head of a government holds the post in the place named inside the
        organisation; with no organisation, in the place of that level that the article stands for
        (mentions.most_named); with the government itself named (某县人民政府副县长), there."""
        level = self.government_head.search(title)
        if level is None or (org is not None and self.government_body.search(mentions[org].name)):
            return org
        if org is None:
            place = most_named([p for p in mentions if place_code(p.key) is not None and p.end <= at
                                    and p.name.endswith(level.group(1))])
            return place.id if place else None
        o = mentions[org]
        return next((i for i, p in enumerate(mentions) if place_code(p.key) is not None
                     and o.start <= p.start and p.end <= o.end and p.name.endswith(level.group(1))), org)

    @staticmethod
    def _org_within(start: int, end: int, mentions: list[Mention]) -> int | None:
        """The organisation named last inside a post's span, the longest of those ending there:
        the span may run back over words before it (会见了某国卫生部部长: the department word
        部 ends the body's name, and 会见了 is no part of the post)."""
        inside = [i for i, m in enumerate(mentions) if m.type != "Person" and not m.inner
                  and start < m.start and m.end < end]
        return max(inside, key=lambda i: (mentions[i].end, mentions[i].end - mentions[i].start), default=None)

    @staticmethod
    def _org_before(at: int, mentions: list[Mention]) -> tuple[int | None, int]:
        best: int | None = None
        for i, m in enumerate(mentions):
            if m.type == "Person" or m.inner:
                continue
            touches = m.end == at or m.start <= at < m.end
            if touches and (best is None or m.end - m.start > mentions[best].end - mentions[best].start):
                best = i
        if best is None:
            return None, at
        return best, max(at, mentions[best].end)

    def inherit(self, text: str, people: list[tuple[int, int, list[Post]]]) -> None:
        """A guest list: ``people`` are (post start, name end, posts) in text order. A guest whose
        posts name no organisation, listed right after a guest whose posts do (one separator
        between them), holds them in that guest's last organisation."""
        for (_, prev_end, prev_posts), (start, _, posts) in pairwise(people):
            held = [org for org, _ in prev_posts if org is not None]
            if held and text[prev_end:start] in self.guest_separators and all(org is None for org, _ in posts):
                posts[:] = [(held[-1], title) for _, title in posts]
