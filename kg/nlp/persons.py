"""Persons and their posts.

The grammar:
- a name is a surname (``surnames.txt``, compound ones first) and one or two given-name
  characters, or a foreign name with ``·`` (莎拉·贾法尔);
- it counts as a person where its context vouches: a title right before it (院长杨立志,
  护理部副主任赵雪红), a title right after it (刘志宇院长), or a verb of speech after it
  (张晨静表示). Every later occurrence of a found name in the article is a mention too;
- the given name takes two characters unless a boundary (punctuation, a boundary word, a
  title, a verb of speech) follows after one; where both readings fit, the segmenter's word
  boundary decides (董宇翔, not 董 + 宇翔);
- partial names and pseudonyms (李先生, 王女士, 陈大爷, 化名) are not persons;
- a post is ``[organisation or anaphor] [department] title`` before the name; several posts
  joined by 、 or 兼 belong together (院长、泌尿外科学术带头人刘志宇), each with its own
  organisation or else the one named before it; a post with none is kept without a holder.

Posts are recorded on the person mention as ``(org mention index or None, title)`` pairs in
``doc._.posts``, for the relation component to turn into holdsPosition edges.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from kg.lexicons.catalog import function_words, longest_suffix_length, org_suffixes, surnames, word_set, words
from kg.lexicons.loader import pattern
from kg.nlp.mentions import Mention, add_mention, apply_decisions, doc_text, mentions_of, token_bounds
from kg.nlp.person_contexts import PersonContexts
from kg.nlp.posts import Post, PostReader
from kg.nlp.segmenter_model import model_dir
from kg.nlp.segmenter_store import dictionary_words
from kg.schema import COARSE
from kg.util.text import covered, hanzi


class Person(NamedTuple):
    """One occurrence of a person's name, with the posts stated right before it (or None)."""

    start: int
    end: int
    name: str
    posts: list[Post] | None


class PersonRecognizer:
    """Finds persons and the posts stated with them."""

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp
        self._words: frozenset[str] | None = None
        self.single, self.compound = surnames()
        self.titles = words("titles.txt")
        self.weak_titles = word_set("weak_titles.txt")
        self.departments = words("departments.txt")
        self.speech = words("speech_verbs.txt")
        self.not_after = words("not_person_after.txt")
        self.not_before = word_set("not_person_before.txt")
        self.bad_given = word_set("bad_given.txt")
        self.boundaries = words("name_boundaries.txt")
        self.posts = PostReader()
        # 、 joins a list whose title is written once; 与 joins two people as often as a list
        self.list_joiners = frozenset(w for w in function_words("list_joiner") if not hanzi(w))
        self.marks = self.posts.marks
        self.stop = word_set("stopwords.txt")
        self.modifiers = word_set("generic_modifiers.txt")
        self.foreign = pattern("person_foreign")
        self.title_re = pattern("person_title")
        self.contexts = PersonContexts(self)
        self.suffixes = org_suffixes()
        self.predicates = word_set("predicate_words.txt")  # 主任强调: a verb, not 强 + 调
        self.suffix_len = longest_suffix_length()
        self.clause_surnames = frozenset(function_words("clause_surname"))
        self.dots = tuple(words("foreign_name_dots.txt"))
        self.prepositions = frozenset(w for w in word_set("preposition_words.txt") if len(w) == 1)
        self.phrase_words = frozenset(w for w in word_set("preposition_words.txt") if len(w) > 1)
        self.appointment = pattern("person_appointment")
        self.proper = word_set("proper_words.txt")

    def __call__(self, doc: Doc) -> Doc:
        apply_decisions(doc)
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Person]:
        """Every occurrence of a vouched name, in the order they are added (by name, then by
        place); only the vouched occurrence carries the posts before it."""
        bounds = token_bounds(doc)
        text = doc_text(doc)
        mentions = mentions_of(doc)
        taken = covered(len(text), [(m.start, m.end) for m in mentions if not m.inner])
        outer_orgs = [m for m in mentions if not m.inner and COARSE.get(m.type) == "Organization"]
        orgs = {m.end: m.start for m in outer_orgs}
        org_ends = set(orgs)
        longest_at: dict[int, Mention] = {}  # the longest organisation ending at each offset
        for m in outer_orgs:
            if m.end not in longest_at or m.end - m.start > longest_at[m.end].end - longest_at[m.end].start:
                longest_at[m.end] = m
        found: dict[str, list[tuple[int, int]]] = {}
        posts: dict[int, list[Post]] = {}
        guests: list[tuple[int, int, list[Post]]] = []
        named = list(self._names(text, bounds, taken, org_ends))
        vouched = {(start, end) for start, end, _ in named}
        ctx = self.contexts
        for extra in (ctx.unsurnamed(text, taken), ctx.rostered(text, bounds, taken, orgs),
                      ctx.listed(text, bounds, taken, vouched)):
            named += [n for n in extra if not any(s < n[1] and n[0] < e for s, e in vouched)]
            vouched = {(start, end) for start, end, _ in named}
        for start, end, post_start in named:
            found.setdefault(text[start:end], []).append((start, end))
            if post_start is not None:
                posts[start] = self.posts.read(text, start, mentions)
                guests.append((post_start, end, posts[start]))
            elif (after := self._post_after(text, start, end, longest_at)) is not None:
                posts[start] = [after]
        # (start, end, floor, post end, whether the post is the last of a list read from the floor)
        appointed = [(*a, False) for a in [*ctx.appointed(text, taken), *ctx.appointed_by(text, taken)]]
        appointed += [(*a, True) for a in ctx.respective(text, taken)]
        for start, end, floor, post_end, one in appointed:
            # 张某任院长: the verb ends the name (not 张某任), and no name starts at it
            found = _claim(found, text, start, end, None if one else floor)
            read = self.posts.read(text, post_end, mentions, floor=floor)
            posts[start] = posts.get(start, []) + (read[-1:] if one else read)
        for start, end, pieces in ctx.transcribed(text, taken):
            found = _claim(found, text, start, end)
            posts[start] = [post for at, piece_end in pieces
                            for post in self.posts.read(text, piece_end, mentions, floor=at)]
        _share_listed_posts(text, named, posts, self.list_joiners)
        self.posts.inherit(text, sorted(guests, key=lambda g: g[0]))
        for name in list(found):
            for m in re.finditer(re.escape(name), text):
                if (m.start(), m.end()) not in found[name] and not taken[m.start()]:
                    found[name].append((m.start(), m.end()))
        return [Person(start, end, name, posts.get(start))
                for name, spans in sorted(found.items()) for start, end in sorted(set(spans))]

    @staticmethod
    def set_annotations(doc: Doc, found: list[Person]) -> None:
        doc._.posts = doc._.posts or {}
        for person in found:
            added = add_mention(doc, Mention(person.start, person.end, "Person", person.name, person.name))
            if person.posts is not None:
                doc._.posts[added] = person.posts

    def _names(self, text: str, bounds: set[int], taken: bytearray, org_ends: set[int]):
        """Yield (start, end, start of the post before it or None) for vouched names."""
        dotted = bytearray(len(text))  # a surname inside a dotted name starts no name (古某娜尔·某某)
        for m in self.foreign.finditer(text):
            start, end = self._foreign_span(text, m, taken)
            dotted[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            before = self.posts.start_before(text, start)
            if before is not None or self._speech_after(text, end):
                yield start, end, before
        last_end = 0
        titles = list(self.title_re.finditer(text))
        in_title = {k for m in titles for k in range(m.start(), m.end())}
        after = org_ends | {m.end() for m in titles}  # 委何某, 主任何某: the segmenter joined them (任何)
        for i in range(len(text)):
            if i < last_end or i in in_title or (i not in bounds and i not in after) or taken[i] or dotted[i]:
                continue  # a name starts a word, or right after an organisation or a title
            sur = self._surname_length(text, i)
            if not sur:
                continue  # checked first: it spares the post pattern most positions of the text
            post = self.posts.start_before(text, i)
            end = self._name_end(text, i, sur, bounds, after_post=post is not None)
            if end is None:
                continue
            if (text.startswith(self.not_after, end) or text[max(0, i - 2):i] in self.not_before
                    or text[i:end] == text[i] * (end - i)  # 谢谢, 常常: a reduplicated word
                    or text[i:end] in self.modifiers or text[i:end] in self.predicates
                    or self._straddles(text, i, end)):
                continue  # 李先生, 化名; 相关负责人: a modifier of the title, not a name; 两位副部长
            given = text[i + sur:end]
            if text[i] in self.predicates and (given in self.predicates or self.title_re.fullmatch(given)):
                continue  # 顾问和推进专员, 由院长主持: a preposition or conjunction, then a verb or a title
            strong = ((post is not None and text[post:i] not in self.weak_titles) or self._title_after(text, end)
                      or self._weak_title_after(text, i, end, org_ends))
            speech = self._speech_after(text, end) and not self._speech_in_word(text, i + sur, end)
            opens_speech = speech and not hanzi(text[i - 1:i]) and not self._prefix_word(text, i, end)
            if not strong and not opens_speech and self._common_word(text, i, end):
                continue  # 方案, 由衷地感慨, 专家权利: a word of the language, not a name
            if strong or post is not None or speech:
                last_end = end
                yield i, end, post

    def _foreign_span(self, text: str, m: re.Match, taken: bytearray) -> tuple[int, int]:
        """院长莎拉·贾法尔说: the first part starts after the last title, word that rules a name out
        (市民) or other name inside it; the last part ends before a verb (of speech, of an
        appointment, or any of the dictionary's), a title, or a preposition opening a phrase
        (某某·某某在机场表示, 某某·某某会见了)."""
        start, end, dot = m.start(), m.end(), m.end(1)
        cuts = [t.end() for t in self.title_re.finditer(text, start, dot) if t.end() < dot]
        cuts += [k + 1 for k in range(start, dot - 1) if taken[k]]
        cuts += [k + len(w) for w in self.not_before for k in range(start, dot - len(w)) if text.startswith(w, k)]
        start = max(cuts, default=start)
        last = max(text.rfind(d, dot, end) for d in self.dots)
        for k in range(last + 2, end):
            if (text.startswith(self.speech, k) or self.title_re.match(text, k) or self.appointment.match(text, k)
                    or self._verb_in_part(text, k)
                    or (text[k] in self.prepositions and text[k + 1:k + 3] in self.words())):
                return start, k
        return start, end

    def _verb_in_part(self, text: str, k: int) -> bool:
        """A verb of the dictionary of two or three characters starts at ``k``, the last part of a
        dotted name runs past it (某某·某某看望患者, 某某·某某考察了), and it is not the name's own
        syllables: a verb with one character of no function word left before a mark (某某·阿布都热合曼，
        holds 热合, a verb of the dictionary)."""
        for n in (2, 3):
            if text[k:k + n] in self.predicates:
                rest = text[k + n:k + n + 2]
                return not (len(rest) >= 1 and hanzi(rest[0]) and rest[0] not in self.bad_given
                            and not hanzi(rest[1:2]))
        return False

    def _straddles(self, text: str, i: int, end: int) -> bool:
        """A title or a name suffix starts inside the name and runs past its end (两位副部长: not
        位副; 某区人大常委会: not 区人大): the reading cuts a word in two. A suffix that ends the
        name or starts with it makes it an organisation's word (各县区医院代表, 乡镇卫生院院长)."""
        for k in range(i, end):
            title = self.title_re.match(text, k)
            if k > i and title is not None and title.end() > end:
                return True
            if any(text[k:k + n] in self.suffixes
                   for n in range(end - k + (k > i), min(self.suffix_len, len(text) - k) + 1)):
                return True
        return False

    def _surname_length(self, text: str, i: int) -> int:
        """2 for a compound surname at ``i`` (欧阳), 1 for a single one, 0 where no name starts (a
        surname that is mostly a function word starts one only where no character stands before
        it: 马某和李某 holds no 和李)."""
        if text[i:i + 2] in self.compound:
            return 2
        return int(text[i] in self.single and not (text[i] in self.clause_surnames and hanzi(text[i - 1:i])))

    def _name_end(self, text: str, i: int, sur: int, bounds: set[int], after_post: bool) -> int | None:
        """End of the name starting at ``i`` with a surname of ``sur`` characters. After a post
        (院长杨立志看信后) a name needs no boundary after it: the segmenter's word boundary, else
        three characters, decides; the segmenter's boundary after two counts only where a word
        of the dictionary starts there (副局长吕一平作报告: pkuseg's 吕/一/平作 is no reason to stop
        at 吕一); where the segmenter puts a boundary after neither reading (赵/平带队), the one
        after which a dictionary word starts decides. A title is no given name (王院长: a surname
        and a post, which names nobody)."""
        options = []
        valid = []
        if self.title_re.match(text, i + sur):
            return None
        for given in (2, 1):
            end = i + sur + given
            chars = text[i + sur:end]
            if len(chars) < given or not all(hanzi(c) for c in chars):
                continue
            if any(c in self.bad_given for c in chars):
                continue
            valid.append(end)
            if self._boundary(text, end):
                options.append(end)
        if not options and after_post and valid:
            if (sur == 1 and len(valid) == 2 and hanzi(text[i:i + 4])
                    and (not hanzi(text[i + 4:i + 5]) or text.startswith(self.speech, i + 4))
                    and not self._known_run(text[i:i + 4])):
                return i + 4  # 书记米某多吉，, 医生巴某某某说: four characters between a post and a mark
                # or a verb of speech, a minority name
            short = [e for e in valid if e in bounds and self._word_starts(text, e)]
            if not any(e in bounds for e in valid):  # 赵/平带队: the segmenter glued the name's end to
                short = [e for e in valid if self._word_starts(text, e)]  # the word after it (带队)
            return valid[0] if len(short) != 1 or valid[0] in bounds else short[0]
        if not options:
            return None
        if (len(options) == 2 and text.startswith(self.speech, options[1])
                and not hanzi(text[options[0]:options[0] + 1])):
            return options[1]  # 赵冬说。: a verb of speech closes the sentence, it is no given name
        if len(options) == 2 and not (options[0] in bounds and options[1] not in bounds):
            return options[1]  # 曾勇说: the third character starts the boundary word itself
        return options[0]

    def _boundary(self, text: str, end: int) -> bool:
        if not hanzi(text[end:end + 1]):
            return True
        rest = text[end:end + 4]
        return (self._stop_word_starts(rest) or rest.startswith(self.speech)
                or bool(self.title_re.match(rest)) or rest.startswith(self.boundaries))

    def _word_starts(self, text: str, at: int) -> bool:
        """A word of two or more characters of the segmenter's dictionary starts at ``at``."""
        return any(text[at:at + n] in self.words() for n in (2, 3, 4))

    def _known_run(self, run: str) -> bool:
        """A run of characters that holds a function word, ends with a preposition or with a common
        word of the dictionary (某某的话, 某某某于, 某某某同志, 某某某本人): not one name. A proper
        word may end it (多吉)."""
        return (any(c in self.bad_given for c in run) or run[-1] in self.prepositions or run in self.words()
                or any(run[k:] in self.predicates or (run[k:] in self.words() and run[k:] not in self.proper)
                       for k in range(1, len(run) - 1)))

    def _stop_word_starts(self, rest: str) -> bool:
        """One set lookup per prefix of ``rest``, not a scan of the stop list."""
        return any(rest[:n] in self.stop for n in range(1, len(rest) + 1))

    def _speech_after(self, text: str, end: int) -> bool:
        return text.startswith(self.speech, end)

    def _speech_in_word(self, text: str, given: int, end: int) -> bool:
        """The given name and the verb of speech after it make one word of the dictionary (区 +
        人大代表: a deputy, not 区某 speaking on behalf of someone): the verb vouches for nothing."""
        return any(text.startswith(v, end) and text[given:end + len(v)] in self.words() for v in self.speech)

    def _common_word(self, text: str, i: int, end: int) -> bool:
        """The name, or its surname and first given character, is a word of the segmenter's
        dictionary (方案, 权利, 由衷 of 由衷地). Some real names are too (刘青), so this only
        vetoes names that no post title vouches for."""
        return text[i:end] in self.words() or self._prefix_word(text, i, end)

    def _prefix_word(self, text: str, i: int, end: int) -> bool:
        """由衷地: a three-character reading whose first two characters make a word."""
        return end - i == 3 and text[i:i + 2] in self.words()

    def words(self) -> frozenset[str]:
        """The segmenter's dictionary words (``unigram.txt`` of kg's model store), read on first
        use, since the pipeline attaches the segmenter after building the components; none for
        the character segmenter."""
        if self._words is None:
            pkuseg = self.nlp is not None and getattr(self.nlp.tokenizer, "pkuseg_seg", None) is not None
            self._words = dictionary_words(model_dir()) if pkuseg else frozenset()
        return self._words

    def _weak_title_after(self, text: str, i: int, end: int, org_ends: set[int]) -> bool:
        """泌尿外科王梁教授、戴志红医生, 医院的苏蕴医生: an occupation after the name counts when a
        department, an organisation (``org_ends``, with 的) or another listed name stands before it."""
        m = self.title_re.match(text, end)
        if not m or m.group() not in self.weak_titles:
            return False
        after_org = i in org_ends or (text[i - 1:i] in self.marks["possessive"] and i - 1 in org_ends)
        return (text[i - 1:i] in self.marks["enumeration"] or text.endswith(self.departments, 0, i)
                or (after_org and not self._common_word(text, i, end)))  # not 卫生健康委相关负责人

    def _post_after(self, text: str, start: int, end: int, longest_at: dict[int, Mention]) -> Post | None:
        """某某医院李某院长: an organisation (``longest_at``: the longest ending at each offset), the
        name, then the title: the post is held there; with no organisation before the name
        (李某院长提出), the title is kept without one, for the body of its kind to hold it."""
        if not self._title_after(text, end):
            return None
        title = self.title_re.match(text, end).group()
        org = longest_at.get(start)
        return (None if org is None else org.id), title

    def _title_after(self, text: str, end: int) -> bool:
        """刘志宇院长: a post title (not a bare occupation such as 医生) right after the name, then a
        boundary (张某院长在致辞中, 李某主任表示), a preposition of two or more characters that
        opens a phrase (某某书记关于…的重要论述) or a verb of the dictionary (某某院长提出, 与某某
        副院长合影)."""
        m = self.title_re.match(text, end)
        return bool(m) and m.group() not in self.weak_titles and (
            self._boundary(text, m.end()) or any(text[m.end():m.end() + n] in self.phrase_words for n in (2, 3))
            or any(text[m.end():m.end() + n] in self.predicates for n in (2, 3)))


def _claim(found: dict[str, list[tuple[int, int]]], text: str, start: int,
           end: int, word_end: int | None = None) -> dict[str, list[tuple[int, int]]]:
    """``found`` with the name at ``start``–``end`` and without every other reading that overlaps
    it or the word after it that the context read, up to ``word_end`` (a context that sees where
    a name ends overrules the readings that ran past it; 甲某任中心主任: no name starts at 任)."""
    stop = max(end, word_end or end)
    out = {name: [(s, e) for s, e in spans if (s, e) == (start, end) or not (s < stop and start < e)]
           for name, spans in found.items()}
    out.setdefault(text[start:end], []).append((start, end))
    return {name: spans for name, spans in out.items() if spans}


@Language.factory("kg_persons", requires=["doc._.mentions", "token.idx"], assigns=["doc._.mentions", "doc._.posts"])
def make_persons(nlp: Language, name: str) -> PersonRecognizer:
    return PersonRecognizer(nlp)


def _share_listed_posts(text: str, named: list[tuple[int, int, int | None]], posts: dict[int, list[Post]],
                        joiners: frozenset[str]) -> None:
    """副局长甲、乙, 副院长甲、乙、丙: names listed with 、 right after a name whose posts are
    written before it, and with no post of their own, hold the same posts (the title is
    written once for the whole list)."""
    held = {start for start, _, before in named if before is not None}
    spans = sorted({(start, end) for start, end, _ in named})
    for (s1, e1), (s2, _) in pairwise(spans):
        if s1 in held and posts.get(s1) and s2 not in posts and text[e1:s2] in joiners:
            posts[s2] = list(posts[s1])
            held.add(s2)

