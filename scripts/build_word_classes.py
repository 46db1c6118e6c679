#!/usr/bin/env python3
"""Derive kg's word-class lexicons from jieba's dictionary (a pinned PyPI package).

Why: a name's body must end where a verb, an adverb, a preposition or another function word
begins (记者走访某某医院 names 某某医院, not 走访某某医院), and a verb right before a proper name
marks that edge. Which words are verbs and which are proper names is knowledge of the language,
so it comes from a dictionary made by others rather than from a list grown from our pages.

Source: ``jieba==0.42.1`` (MIT; its notice is in THIRD_PARTY_NOTICES). Its ``dict.txt`` lists
about 350,000 words with a frequency and a part-of-speech tag of the ICTCLAS/PKU tag set.

Output (words of two or more characters, and the one-character prepositions and conjunctions):

- ``kg/lexicons/predicate_words.txt``: verbs and verbal nouns (v, vd, vi, vq, vn), adverbs (d,
  ad), prepositions (p), conjunctions (c), particles (u), pronouns (r), modal words,
  interjections and onomatopoeia (y, e, o);
- ``kg/lexicons/proper_words.txt``: names of persons, places, organisations and other proper
  names (nr, nrt, nrfg, ns, nt, nz);
- two views by part of speech of the function words among the predicates, for initiative
  names, which may hold verbs (提升行动, 推进会) but no clause's adverb or preposition:
  ``kg/lexicons/adverb_words.txt`` (d, ad, of two or more characters) and
  ``kg/lexicons/preposition_words.txt`` (p, of one character too: 用, 在; c and r of two or more);
- ``kg/lexicons/time_words.txt``: time words (t) of two or more characters (近年来, 今后, 此前): a
  clause's adverbial, which no name's body runs back over;
- ``kg/lexicons/single_predicates.txt``: verbs, adverbs and particles of one character (v, d, u*:
  发, 就, 的), which are as often characters of names, so a rule reads one only where the
  segmenter starts a word with it;
- ``kg/lexicons/single_modifiers.txt``: adjectives and distinguishing words of one character (a,
  b: 大, 总), which alone before a suffix make a kind of body (大医院, 总医院), not a name;
- ``kg/lexicons/verbal_nouns.txt``: verbal nouns (vn: 影像, 监督), among the predicates the ones
  that also name a thing, so a body made of one may still be a name (影像医联体).

Usage (with jieba installed)::

    pip install jieba==0.42.1 && python scripts/build_word_classes.py kg/lexicons
"""

from __future__ import annotations

import sys
from importlib import resources
from importlib.metadata import version
from pathlib import Path

PINNED = "0.42.1"
PREDICATE = {"v", "vd", "vi", "vq", "vn", "d", "ad", "p", "c", "u", "r", "y", "e", "o"}
SINGLE = {"p", "c"}  # one-character words kept: prepositions and conjunctions (至, 向, 对)
PROPER = {"nr", "nrt", "nrfg", "ns", "nt", "nz"}
ADVERB = {"d", "ad"}
PREPOSITION = {"p", "c", "r"}
TIME = {"t"}
SINGLE_PREDICATE = {"v", "d", "uj", "ul", "uz", "ug", "ud", "uv"}
SINGLE_MODIFIER = {"a", "b"}
VERBAL_NOUN = {"vn"}
SINGLE_CLAUSE = {"p"}  # one-character words kept in the views: prepositions (one-character adverbs
# are as often characters of names, 届, 特, 共: the few that open a clause are in function_words.tsv)
HEADER = {
    "predicate_words.txt": (
        "# Verbs, adverbs, prepositions, conjunctions, particles and pronouns (of one character: only\n"
        "# prepositions and conjunctions),\n"
        "# from jieba 0.42.1's dictionary (MIT), made by scripts/build_word_classes.py: do not edit by hand.\n"
        "# A name's body ends where one of these stands before a proper name (kg/nlp/name_grammar.py).\n"),
    "proper_words.txt": (
        "# Proper names (of persons, places, organisations and others) of two or more characters, from\n"
        "# jieba 0.42.1's dictionary (MIT), made by scripts/build_word_classes.py: do not edit by hand.\n"
        "# A verb right before one of these ends a name's body there (kg/nlp/name_grammar.py).\n"),
    "adverb_words.txt": (
        "# Adverbs (jieba d, ad) of two or more characters, from jieba 0.42.1's dictionary (MIT), made by\n"
        "# scripts/build_word_classes.py: do not edit by hand. An initiative's body ends after one, and\n"
        "# the verb it modifies is no part of it (某县逐一察看某某项目, 还要加快某某工程).\n"),
    "preposition_words.txt": (
        "# Prepositions (jieba p, of one character too), conjunctions and pronouns (c, r, of two or more),\n"
        "# from jieba 0.42.1's dictionary (MIT), made by scripts/build_word_classes.py: do not edit by\n"
        "# hand. An initiative's body ends after one (用某某行动, 对于某某工程).\n"),
    "time_words.txt": (
        "# Time words (jieba t) of two or more characters, from jieba 0.42.1's dictionary (MIT), made by\n"
        "# scripts/build_word_classes.py: do not edit by hand. An organisation's body ends after one\n"
        "# before a proper name or a level word (近年来某区委, 今后某医院: kg/nlp/name_edges.py).\n"),
    "single_predicates.txt": (
        "# Verbs, adverbs and particles of one character (jieba v, d, u*), from jieba 0.42.1's dictionary\n"
        "# (MIT), made by scripts/build_word_classes.py: do not edit by hand. Read only where the segmenter\n"
        "# starts a word with one (某社发某部, 某人就某医院: kg/nlp/name_edges.py).\n"),
    "single_modifiers.txt": (
        "# Adjectives and distinguishing words of one character (jieba a, b), from jieba 0.42.1's\n"
        "# dictionary (MIT), made by scripts/build_word_classes.py: do not edit by hand. Alone between a\n"
        "# verb and a suffix one names a kind of body (了解大医院, 确保总医院: kg/nlp/name_edges.py).\n"),
    "verbal_nouns.txt": (
        "# Verbal nouns (jieba vn) of two or more characters, from jieba 0.42.1's dictionary (MIT), made by\n"
        "# scripts/build_word_classes.py: do not edit by hand. A body that ends in one may name something\n"
        "# (影像医联体), unlike one made of verbs only (宣布医院: kg/nlp/name_edges.py).\n"),
}


def classes() -> dict[str, list[str]]:
    """The words of each output file, in the dictionary's order."""
    if version("jieba") != PINNED:
        sys.exit(f"build_word_classes: jieba {PINNED} is required, not {version('jieba')}")
    out: dict[str, list[str]] = {name: [] for name in HEADER}
    seen: set[str] = set()
    text = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split()
        if len(parts) != 3 or parts[0] in seen or parts[0].startswith("#"):
            continue
        word, _, tag = parts
        seen.add(word)
        if tag in ADVERB and (len(word) > 1 or tag in SINGLE_CLAUSE):
            out["adverb_words.txt"].append(word)
        elif tag in PREPOSITION and (len(word) > 1 or tag in SINGLE_CLAUSE):
            out["preposition_words.txt"].append(word)
        if tag in TIME and len(word) > 1:
            out["time_words.txt"].append(word)
        elif tag in SINGLE_PREDICATE and len(word) == 1:
            out["single_predicates.txt"].append(word)
        elif tag in SINGLE_MODIFIER and len(word) == 1:
            out["single_modifiers.txt"].append(word)
        if tag in VERBAL_NOUN and len(word) > 1:
            out["verbal_nouns.txt"].append(word)
        if len(word) < 2 and tag not in SINGLE:
            continue
        if tag in PREDICATE:
            out["predicate_words.txt"].append(word)
        elif tag in PROPER:
            out["proper_words.txt"].append(word)
    return out


def main(folder: str) -> None:
    for name, found in classes().items():
        Path(folder, name).write_text(HEADER[name] + "\n".join(found) + "\n", encoding="utf-8")
        print(f"{name}: {len(found)} words")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "kg/lexicons")
