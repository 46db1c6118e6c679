"""Where a name's body must end although its characters could go on: the edges of the name
grammar that word classes and persons' posts decide.

- an organisation's body ends at a verb or function word before a proper name (记者走访某某医院
  names 某某医院) or before generic words only (走访定点医院 names nothing);
- an initiative's body starts after an adverb, modal word or preposition of the clause (还要,
  逐一, 用), and after the verb an adverb modifies (逐一察看某某项目);
- no name runs back over a post title and a surname (副县长某某主持会议), and a suffix may end
  where a name and a title follow (某某委何某主任: the segmenter joined 委 and 何).

The word classes are jieba's (``predicate_words.txt``, ``adverb_words.txt``,
``preposition_words.txt``, ``proper_words.txt``: scripts/build_word_classes.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicons.catalog import function_words, surnames, word_set
from kg.lexicons.loader import pattern
from kg.nlp.candidates import QUANTITY
from kg.nlp.mentions import Mention

if TYPE_CHECKING:
    from kg.nlp.name_grammar import NameGrammar

TITLE = pattern("person_title")
TITLE_END = pattern("person_title_end")


class NameEdges:
    """The edge rules, with the word classes they read and the grammar they serve."""

    def __init__(self, grammar: NameGrammar) -> None:
        self.g = grammar
        self.predicates = word_set("predicate_words.txt")
        self.adverbs = (word_set("adverb_words.txt") | set(function_words("modal"))) - set(function_words("not_adverb"))
        self.prepositions = word_set("preposition_words.txt")
        self.clause_len = max(len(w) for w in self.adverbs | self.prepositions)
        self.proper = word_set("proper_words.txt")
        self.surname_chars = surnames()[0] | {s[0] for s in surnames()[1]}
        self.weak_titles = word_set("weak_titles.txt")

    def name_and_title_at(self, text: str, at: int) -> bool:
        """A surname, one or two more characters and a post title start at ``at`` (某某委何某主任):
        the segmenter may have joined the suffix's last character to the surname."""
        if at >= len(text) or text[at] not in self.surname_chars:
            return False
        return any(TITLE.match(text, at + n) and text[at + 1:at + n].isalpha() for n in (2, 3))

    def clause_word_before(self, text: str, j: int, kind: str, bounds: set[int]) -> str:
        """The adverb, modal word or preposition that the segmenter ends at ``j``, or "": an
        initiative's name holds verbs (提升行动, 推进会) but not the clause around it (还要, 逐一,
        用, 就), so its body starts after one."""
        if kind != "initiative" or j not in bounds:
            return ""
        word = next((text[j - n:j] for n in range(min(self.clause_len, j), 0, -1)
                     if j - n in bounds and text[j - n:j] in self.adverbs | self.prepositions), "")
        return "" if QUANTITY.search(word) else word  # 各类…培训班: a plural stays, and names nothing

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

    def verb_before_proper(self, text: str, j: int, start: int, kind: str, place_end: dict[int, Mention]) -> bool:
        """An organisation's body ends at ``j`` when a word ending there is a verb, adverb or other
        function word (``predicate_words.txt``) and what follows begins a proper name: a place, a
        level word standing for one, or a proper word of the dictionary (转诊至某某医院,
        协助某某县医院), or is made of generic words only (走访定点医院, 主动找高水平医院: a kind
        of body, which names none)."""
        if kind != "org" or not any(text[j - n:j] in self.predicates for n in range(1, min(4, j) + 1)):
            return False  # by the dictionary, not the segmenter's words, which often run across the edge
        rest = text[j:start]
        return (text[j] in self.g.level_chars or any(p.start == j for p in place_end.values())
                or any(rest[:n] in self.proper for n in range(2, min(6, len(rest)) + 1))
                or self.g._generic_words(rest))
