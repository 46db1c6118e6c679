"""More contexts that vouch for a person's name, beyond a title or a verb of speech beside it.

- **Lists.** Names joined by 、 are persons when one of them is vouched for, or when three or more
  are listed (甲某、乙某、丙某等出席): each must read as a surname and a given name, and none may
  be a word of the dictionary.
- **Names without a Han surname after a post.** Tibetan, Uyghur and foreign names written in
  characters (院长扎西某某说, 卫生部长某某某在…): after a post title (not a bare occupation), a
  run of two to four characters that ends at a boundary and is no word of the dictionary.
- **A name right after an organisation**, then a list mark (某某医院张某、某某医院李某): a
  roster of the organisation's staff.
- **Appointments.** 甲某任某某医院院长, 乙某兼任…, 丙某不再担任…, 丁某当选…: the verb of an
  appointment after a name vouches for it, and the post after the verb is read like one before
  a name; so does a verb that appoints, elects or removes before the name (任命甲某为…, 推选乙某
  同志为…, 免去丙某的…职务); names listed before 分别 and such a verb hold the posts listed
  after it, one each (甲某、乙某分别当选副会长、秘书长).

Each rule yields ``(start, end, post start or None)`` like the recogniser's own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.lexicons.catalog import function_words, word_set, words
from kg.lexicons.loader import pattern
from kg.util.text import hanzi

if TYPE_CHECKING:
    from kg.nlp.persons import PersonRecognizer

Found = tuple[int, int, int | None]


class PersonContexts:
    """The context rules, with the recogniser whose lexicons they share."""

    def __init__(self, persons: PersonRecognizer) -> None:
        self.p = persons
        self.list_run = pattern("person_list_run")
        self.appointment = pattern("person_appointment")
        self.appointing = pattern("person_appointing")
        self.appointee_gap = pattern("appointee_gap")
        self.removal_end = pattern("person_removal_end")
        self.respectively = pattern("person_respectively")
        self.name_items = pattern("person_list_item")
        self.transcript_line = pattern("person_transcript_line")
        self.post_separator = pattern("person_post_separator")
        self.roster_marks = tuple(words("roster_marks.txt"))
        self.predicates = word_set("predicate_words.txt")
        self.name_joiners = frozenset(words("foreign_name_dots.txt"))
        self.clause_adverbs = function_words("modal")  # 某某某某还叮嘱: the clause goes on after the name

    def listed(self, text: str, bounds: set[int], taken: bytearray, vouched: set[tuple[int, int]]) -> Iterator[Found]:
        """Names in a list joined by 、 (the first item may carry what comes before it: 有甲某;
        the last what comes after it: 丙某等)."""
        for run in self.list_run.finditer(text):
            raws = run.group().split("、")
            items, at = [], run.start()
            for k, raw in enumerate(raws):
                items.append(self._as_name(text, at, at + len(raw), first=k == 0, last=k == len(raws) - 1))
                at += len(raw) + 1
            if any(item is None or taken[item[0]] for item in items):
                continue
            parallel = len({text[s] for s, _ in items}) == 1  # 强体系、强服务、强机构: one verb, parallel objects
            if any(item in vouched for item in items) or (len(items) >= 3 and not parallel):
                for start, end in items:
                    yield start, end, None

    def _as_name(self, text: str, start: int, end: int, first: bool, last: bool) -> tuple[int, int] | None:
        """(start, end) of the name that the list item ``text[start:end]`` is, or None. A first
        item may begin after other words: a start right after a title, a boundary word or a mark
        is preferred (副局长甲某 gives 甲某, not 长甲某)."""
        starts = [s for s in (end - 3, end - 2, end - 4) if s >= start] if first else [start]
        valid = [n for s in starts if (n := self._name_at(text, s, end, last)) is not None]
        opened = [n for n in valid if n[0] == start or not hanzi(text[n[0] - 1]) or self._ends_word(text, n[0])]
        return (opened or valid or [None])[0]

    def _ends_word(self, text: str, at: int) -> bool:
        """A post title or a boundary word ends at ``at``."""
        return bool(self.p.posts.title_end.search(text, max(0, at - 12), at)) or any(
            text[at - n:at] in self.p.stop for n in range(1, min(4, at) + 1))

    def _name_at(self, text: str, s: int, end: int, last: bool) -> tuple[int, int] | None:
        sur = self.p._surname_length(text, s)
        if not sur:
            return None
        for e in [e for e in (s + sur + 2, s + sur + 1) if e <= end] if last else [end]:
            given = text[s + sur:e]
            if (1 <= len(given) <= 2 and not any(c in self.p.bad_given for c in given)
                    and text[s:e] not in self.predicates and (not last or self.p._boundary(text, e))):
                return s, e
        return None

    def unsurnamed(self, text: str, taken: bytearray) -> Iterator[Found]:
        """A name of two to four characters right after a post title, with no surname of its own;
        after an occupation (医生, 护士), which vouches less, only a four-character name of two
        parts that are no common words (a Tibetan or other minority name: 医生某某某某说)."""
        for title in self.p.title_re.finditer(text):
            i = title.end()
            weak = title.group() in self.p.weak_titles
            if i >= len(text) or taken[i] or taken[title.start()] or self.p._surname_length(text, i):
                continue  # 某某医院长期…: 院长 inside a name is no title
            for n in (4,) if weak else (4, 3, 2):
                name = text[i:i + n]
                ends = self.p._boundary(text, i + n) or (weak and text.startswith(self.clause_adverbs, i + n))
                if (len(name) == n and hanzi(name) and ends
                        and not self._known(name) and not self.p.title_re.match(text, i)
                        and not (weak and self._common_part(name))):
                    yield i, i + n, self.p.posts.start_before(text, i)
                    break

    def _common_part(self, name: str) -> bool:
        """Either half of a four-character run is a common word of the dictionary (团队成员), not
        a proper one: a phrase, not a name."""
        return any(part in self.p.words() and part not in self.p.proper for part in (name[:2], name[2:]))

    def _may_be_name(self, name: str) -> bool:
        """Not a word of the language, or a word that the dictionary knows as a proper name (many
        common names are in the segmenter's dictionary)."""
        return name not in self.p.words() or name in self.p.proper

    def _known(self, name: str) -> bool:
        """A word of the language (or made of one and a function word), a run holding a verb
        (某某亲笔签发, 讲话时) or starting with a joiner of posts (副主任兼新闻发言人): not a name."""
        return (name in self.p.words() or any(c in self.p.bad_given for c in name)
                or self.p._stop_word_starts(name) or name[0] in self.predicates or name[:2] in self.predicates
                or name.startswith(tuple(self.p.posts.joiners))
                or name.startswith(self.p.speech) or name.endswith(self.p.speech)
                or any(name[k:k + 2] in self.predicates for k in range(1, len(name) - 1)))

    def rostered(self, text: str, bounds: set[int], taken: bytearray, orgs: dict[int, int]) -> Iterator[Found]:
        """某某医院张某、某某医院李某入选: a name right after an organisation (``orgs``: end →
        start), followed by a list mark, or continuing such a list after 、."""
        last_end = -2
        for i in sorted(orgs):
            if i >= len(text) or taken[i]:
                continue
            sur = self.p._surname_length(text, i)
            end = self.p._name_end(text, i, sur, bounds, after_post=False) if sur else None
            listed = text.startswith(self.roster_marks, end or 0) or orgs[i] == last_end + 1
            if (end is not None and listed and self._may_be_name(text[i:end])
                    and not text[i:end].endswith(self.p.departments) and not self.p._straddles(text, i, end)):
                last_end = end
                yield i, end, None

    def appointed(self, text: str, taken: bytearray) -> Iterator[tuple[int, int, int, int]]:
        """(start, end, start and end of the post after the verb) of names followed by an
        appointment verb and a post (甲某任某某医院党委书记; 乙某兼任中心主任、党委副书记), with
        同志 or an adverb of time between them at most (丙某同志任…, 丁某此前任…)."""
        for v in self.appointment.finditer(text):
            if self.p.posts.title_end.search(text, max(0, v.start() - 12), v.end()):
                continue  # 主任: the verb is the end of a title
            post_end = self._post_end(text, v.end())
            if post_end is None:
                continue
            name_end = self.appointee_gap.search(text, max(0, v.start() - 6), v.start()).start()
            for start in (name_end - 3, name_end - 2, name_end - 4):
                sur = self.p._surname_length(text, start) if start >= 0 else 0
                given = text[start + sur:name_end]
                opens = start == 0 or not (hanzi(text[start - 1]) or text[start - 1] in self.name_joiners)
                if sur and 1 <= len(given) <= 2 and hanzi(given) and opens and not taken[start] \
                        and not any(c in self.p.bad_given for c in given):
                    yield start, name_end, v.end(), post_end
                    break

    def appointed_by(self, text: str, taken: bytearray) -> Iterator[tuple[int, int, int, int]]:
        """(start, end, start and end of the post) of names between a verb that appoints, elects or
        removes and 为 (任命甲某为某某医院院长, 推选乙某同志为理事长), or 的/同志 before the post a
        removal ends (免去丙某的某某医院院长职务): the person holds, or held, that post."""
        at = 0
        while (v := self.appointing.search(text, at)) is not None:
            at = v.start() + 1  # overlapping: 某委任命甲某为… holds 委任 before 任命
            start, end = v.span("name")
            sur = self.p._surname_length(text, start)
            given = text[start + sur:end]
            if not sur or not 1 <= len(given) <= 2 or taken[start] or any(c in self.p.bad_given for c in given):
                continue
            post_end = self._post_end(text, v.end()) if v.group("as") else self._removed_end(text, v.end())
            if post_end is not None:
                yield start, end, v.end(), post_end

    def respective(self, text: str, taken: bytearray) -> Iterator[tuple[int, int, int, int]]:
        """(start, end, start of the posts, end of its post) of each name of a list before 分别 and
        a verb of appointment, paired in order with the posts listed after it (甲某、乙某分别当选
        某学会会长、副会长: the second holds the last post read from the start of the list, in the
        body of the one before it); nothing where the counts differ or an item is no name or no post."""
        for m in self.respectively.finditer(text):
            items = list(self.name_items.finditer(text, *m.span("names")))
            read = [self._as_name(text, k.start(), k.end(), first=i == 0, last=False) for i, k in enumerate(items)]
            names = [n for n in read if n is not None and not taken[n[0]]]
            posts = [(k.start(), k.end()) for k in self.name_items.finditer(text, *m.span("posts"))]
            ok_posts = all(self.p.title_re.search(text, s, e) and self.p.posts.title_end.search(text, s, e)
                           for s, e in posts)
            if len(items) == len(names) == len(posts) > 1 and ok_posts:
                for (s, e), (_, pe) in zip(names, posts, strict=True):
                    yield s, e, m.start("posts"), pe

    def _removed_end(self, text: str, at: int) -> int | None:
        """The end of the post a removal names: a title right before 职务 (免去某某的某医院院长职务)."""
        close = self.removal_end.search(text, at, min(len(text), at + 40))
        if close is None or not self.p.posts.title_end.search(text, max(at, close.start() - 12), close.start()):
            return None
        return close.start()

    def _post_end(self, text: str, at: int) -> int | None:
        """The end of the post phrase that starts at ``at``: its last title, where a boundary
        follows (a post joined by 、 or 兼 goes on)."""
        for t in self.p.title_re.finditer(text, at, min(len(text), at + 40)):
            after = text[t.end():t.end() + 1]
            if after in self.p.posts.joiners:
                continue
            if not hanzi(after) or self.p._boundary(text, t.end()):
                return t.end()
        return None

    def transcribed(self, text: str, taken: bytearray) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
        """(start, end, posts as (start, end) pieces) of names that open a line of a guest list or
        transcript and are followed by a space and their posts to the end of the line
        (发布人：甲某　某省卫生健康委党委书记、主任)."""
        for line in self.transcript_line.finditer(text):
            start, end = line.span("name")
            name = line.group("name")
            if taken[start] or not (self._name_at(text, start, end, last=False) or "·" in name
                                    or (len(name) <= 4 and not self._known(name))):
                continue
            pieces, at = [], line.start("posts")
            for sep in [*self.post_separator.finditer(text, at, line.end("posts")), None]:
                piece_end = sep.start() if sep else line.end("posts")
                if self.p.posts.title_end.search(text, max(at, piece_end - 12), piece_end):
                    pieces.append((at, piece_end))
                at = sep.end() if sep else at
            if pieces:
                yield start, end, pieces
