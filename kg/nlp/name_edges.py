"""Where a name's body must end although its characters could go on: the edges of the name
grammar that word classes and persons' posts decide.

- an organisation's body ends at a verb, function word, time word or noun acting as a verb before
  a proper name or a place (记者走访某某医院 names 某某医院, 近年来某县委 某县委) or before generic
  words only or one modifier (走访定点医院, 确保总医院 name nothing); a one-character verb or
  adverb counts where the segmenter makes it a word (某社/发/外交部, 还/就/卫生院);
- a body made of verbs only names nothing (宣布医院, 今后医院);
- an initiative's body starts after an adverb, modal word or preposition of the clause (还要,
  逐一, 用), and after the verb an adverb modifies (逐一察看某某项目);
- no name runs back over a post title and a surname (副县长某某主持会议), and a suffix may end
  where a name and a title follow (某某委何某主任: the segmenter joined 委 and 何).

The word classes are jieba's (``predicate_words.txt``, ``adverb_words.txt``,
``preposition_words.txt``, ``proper_words.txt``, ``time_words.txt``, ``single_predicates.txt``,
``single_modifiers.txt``, ``verbal_nouns.txt``: scripts/build_word_classes.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicons.catalog import abbreviations, function_words, surnames, word_set
from kg.lexicons.loader import pattern
from kg.nlp.candidates import QUANTITY
from kg.nlp.mentions import Mention

if TYPE_CHECKING:
    from kg.nlp.name_grammar import NameGrammar

TITLE = pattern("person_title")
TITLE_END = pattern("person_title_end")
CHAIN_BEFORE_PLACE = pattern("chain_before_place")


class NameEdges:
    """The edge rules, with the word classes they read and the grammar they serve."""

    def __init__(self, grammar: NameGrammar) -> None:
        self.g = grammar
        self.predicates = word_set("predicate_words.txt")
        self.adverbs = (word_set("adverb_words.txt") | set(function_words("modal"))) - set(function_words("not_adverb"))
        self.prepositions = word_set("preposition_words.txt")
        # no initiative's body runs back over one of these
        self.adverbs_and_prepositions = frozenset(self.adverbs | self.prepositions)
        self.clause_len = max(len(w) for w in self.adverbs_and_prepositions)
        self.long_prepositions = frozenset(w for w in self.prepositions if len(w) > 1)
        self.proper = word_set("proper_words.txt")
        self.surname_chars = surnames()[0] | {s[0] for s in surnames()[1]}
        self.weak_titles = word_set("weak_titles.txt")
        # what a body runs back over no further before a proper name: verbs and function words and
        # nouns acting as verbs (代表); time words (近年来, 今后), whose tags are less sure (中日, 老年),
        # before a place only; one-character verbs, adverbs and particles (发, 就, 的) only where
        # the segmenter makes one a word of its own
        self.verbs = self.predicates | set(function_words("acting_verb"))
        self.time_words = word_set("time_words.txt")
        self.edge_len = max(len(w) for w in self.verbs | self.time_words)
        self.single_predicates = word_set("single_predicates.txt")
        self.single_modifiers = word_set("single_modifiers.txt")
        self.central_organs = tuple(w for w in abbreviations() if w in grammar.suffixes)  # 外交部 (abbreviations.tsv)
        self.clause_words = self.verbs | self.time_words
        self.glued_verbs = self.verbs | word_set("org_verbs.txt")
        self.clause_last = self.clause_words - self.adverbs - word_set("verbal_nouns.txt")
        # what a work's body may open with before its proper start: verbs, adverbs, generic
        # modifiers (高水平建设…, 迭代升级…)
        self.campaign_prefixes = tuple(word_set("campaign_prefixes.txt"))
        self.opening_words = (self.verbs | self.adverbs | {w for w in grammar.generic if len(w) > 1}) - set(
            self.campaign_prefixes)
        self.open_quotes = tuple(function_words("open_quote"))

    def verb_glued_at(self, text: str, at: int, bounds: set[int]) -> bool:
        """The rest of the segmenter's word at ``at`` is a verb (卫生健康委组派 cut as 委组派): the
        segmenter may join a name's last character to the verb after it, as to a title."""
        end = next((k for k in range(at + 1, min(len(text), at + self.edge_len) + 1) if k in bounds), None)
        return end is not None and end - at > 1 and text[at:end] in self.glued_verbs

    def name_and_title_at(self, text: str, at: int) -> bool:
        """A surname, one or two more characters and a post title start at ``at`` (某某委何某主任):
        the segmenter may have joined the suffix's last character to the surname."""
        if at >= len(text) or text[at] not in self.surname_chars:
            return False
        return any(TITLE.match(text, at + n) and text[at + 1:at + n].isalpha() for n in (2, 3))

    def clause_word_before(self, text: str, j: int, kind: str, bounds: set[int]) -> str:
        """The adverb, modal word or preposition that the segmenter ends at ``j``, or "": an
        initiative's name holds verbs (提升行动, 推进会) but not the clause around it (还要, 逐一,
        用, 就), so its body starts after one. An organisation's body starts after a preposition
        of two or more characters inside its body (一个关于某某的医院: 关于 opens a phrase, no name)."""
        if j not in bounds:
            return ""
        words = self.adverbs_and_prepositions if kind == "initiative" else self.long_prepositions
        word = next((text[j - n:j] for n in range(min(self.clause_len, j), 0, -1)
                     if j - n in bounds and text[j - n:j] in words), "")
        return "" if QUANTITY.search(word) else word  # 各类…培训班: a plural stays, and names nothing

    def verb_before_place(self, text: str, j: int, bounds: set[int]) -> bool:
        """A verb of two or more characters, a word of its own, ends at ``j``, where a place
        starts (借助某市国际马拉松赛, 参加某省…会议): it governs the work named from the place,
        and is no part of that name; a verb of the work's own kind (支援某地工作座谈会) is."""
        return j in bounds and any(j - n in bounds and text[j - n:j] in self.predicates
                                   and text[j - n:j] not in self.g.inner_words for n in range(4, 1, -1))

    def adverb_and_verb_at(self, text: str, j: int, start: int, bounds: set[int]) -> int:
        """The end of the verb that starts at ``j`` right after an adverb (认真履行某某医院职责,
        积极支持某某中心): an organisation's name holds verbs (疾病预防控制中心) but never an
        adverb before one, which makes it a clause; 0 where there is none."""
        if j not in bounds:
            return 0
        adverb = any(j - n in bounds and text[j - n:j] in self.adverbs for n in range(min(self.clause_len, j), 1, -1))
        verb = self.after_verb(text, j, start, bounds) if adverb else j
        return verb if verb > j else 0

    def after_verb(self, text: str, j: int, start: int, bounds: set[int]) -> int:
        """Past the verb right after an adverb (逐一察看某某项目): an adverb modifies a predicate,
        and a predicate is no part of the name that is its object."""
        verb = next((n for n in range(min(4, start - j - 1), 0, -1)
                     if j + n in bounds and text[j:j + n] in self.predicates
                     and text[j:j + n] not in self.g.inner_words), 0)
        return j + verb

    def post_and_name_at(self, text: str, j: int) -> bool:
        """A post title (not a bare occupation) ends at ``j`` and a surname follows: a person's
        post and name, which no organisation or initiative name runs back over."""
        title = TITLE_END.search(text, max(0, j - 12), j)
        return title is not None and text[j] in self.surname_chars and title.group() not in self.weak_titles

    def word_before(self, text: str, j: int, bounds: set[int]) -> tuple[str, str]:
        """The word class ("verb", "time" or "single") and the longest word of it that ends at
        ``j``, by the dictionary (the segmenter's words often run across the edge), or a
        one-character verb, adverb or particle the segmenter makes a word of its own."""
        for n in range(min(self.edge_len, j), 0, -1):
            word = text[j - n:j]
            if word in self.verbs:
                return "verb", word
            if word in self.time_words:
                return "time", word
        if {j - 1, j} <= bounds and text[j - 1:j] in self.single_predicates:
            return "single", text[j - 1]  # 新华社/发/某部, not 北京同/仁医院
        return "", ""

    def verb_before_proper(self, text: str, j: int, start: int, kind: str, place_end: dict[int, Mention],
                           bounds: set[int]) -> bool:
        """An organisation's body ends at ``j`` when a word ending there (``word_before``) governs
        what follows: a place or a level word standing for one (近年来区委, 回应市委: the suffix's
        own level word); after a verb, Latin letters or a proper word of the dictionary (转诊至某某
        医院, 协助某某县医院), generic words only or one modifier (走访定点医院, 确保总医院: a
        kind of body, which names none); after a one-character adverb that opens a clause
        (``modal``), the bare suffix (还就卫生院).
        Where a place runs across ``j`` the characters are the place's (通州区), and 驻, 附属 stand
        inside names (中国驻某国大使馆)."""
        if kind != "org" or any(p.start < j < p.end for p in place_end.values()) or CHAIN_BEFORE_PLACE.search(
                text, max(0, j - 4), j):
            return False
        word_class, word = self.word_before(text, j, bounds)
        if not word_class or text.endswith(self.g.national_anchors, 0, j - len(word)):
            return False  # 中共某某省委: after a national anchor the characters are the name's own
        rest = text[j:start]
        if text[j] in self.g.level_chars or any(p.start == j for p in place_end.values()):
            return True
        if word_class == "time":
            return False
        if text[j].isascii() or any(rest[:n] in self.proper for n in range(2, min(6, len(rest)) + 1)):
            return True  # 协助某某医院
        if not rest and any(text.startswith(w, j) for w in self.central_organs):
            return True  # 某社发外交部: the suffix is a central organ's name of its own
        if not rest:
            return word_class == "single" and word in self.adverbs  # 还就卫生院, not 援玉/树医疗队
        return word_class == "verb" and (rest in self.single_modifiers or self.g._generic_words(rest))

    def past_opening_clause(self, text: str, j: int, start: int, place_starts: set[int]) -> int:
        """高水平建设健康中国某某示范区, 迭代升级“某某”健康行动: a work's body that opens with up to
        three verbs, adverbs or generic modifiers of the dictionary before a proper start (a
        place, a place's campaign 健康某市, a quotation, a number) starts there; the verb phrase
        is the clause's, what it governs is the name. Before common words (改善医疗服务行动计划)
        the verb is the name's own."""
        if self._proper_start(text, j, place_starts):
            return j
        k = j
        for _ in range(3):
            word = next((text[k:k + n] for n in range(min(self.edge_len, start - k), 1, -1)
                         if text[k:k + n] in self.opening_words), "")
            if not word:
                return j
            k += len(word)
            if k < start and self._proper_start(text, k, place_starts):
                return k
        return j

    def _proper_start(self, text: str, k: int, place_starts: set[int]) -> bool:
        """A place, a place's campaign (健康某市), a quotation or a number starts at ``k``."""
        return self.place_or_campaign_at(text, k, place_starts) or text.startswith(self.open_quotes, k) \
            or text[k].isdigit()

    def place_or_campaign_at(self, text: str, k: int, place_starts: set[int]) -> bool:
        """A place (``place_starts``) or a place's campaign (健康某市) starts at ``k``."""
        prefix = next((w for w in self.campaign_prefixes if text.startswith(w, k)), "")
        return k in place_starts or (bool(prefix) and k + len(prefix) in place_starts)

    def only_predicates(self, body: str) -> bool:
        """Made wholly of verbs, adverbs and time words of the dictionary, the last neither an adverb
        nor a verbal noun (宣布, 今后, 认真履行): a clause before a bare suffix, which names nothing
        (but 首都医科大学, 影像医联体)."""
        ends = {0}
        for i in range(2, len(body) + 1):
            if any(i - n in ends and body[i - n:i] in self.clause_words for n in range(2, min(self.edge_len, i) + 1)):
                ends.add(i)
        size = len(body)
        return any(size - n in ends and body[size - n:] in self.clause_last
                   for n in range(2, min(self.edge_len, size) + 1))
