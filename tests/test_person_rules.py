"""The person, anaphora and abbreviation rules read their vocabulary from kg/lexicons/: a word
added to a data file changes what the rule finds; a malformed anaphor table fails naming its
line; the segmenter's dictionary comes from kg's model store, as the set the segmenter holds."""

from __future__ import annotations

import pytest

from kg.lexicons import catalog, loader
from kg.lexicons.loader import LexiconError
from kg.nlp import anaphora
from kg.nlp.anaphora import AnaphoraResolver
from kg.nlp.mentions import Mention, add_mention
from kg.nlp.persons import PersonRecognizer
from kg.nlp.segmenter_model import ensure_model
from kg.nlp.segmenter_store import dictionary_words

CACHES = (loader.load, loader.patterns, loader.pattern, catalog.word_set, catalog.surnames, anaphora.anaphors)


def _clear() -> None:
    for cached in CACHES:
        cached.cache_clear()


@pytest.fixture
def lexicon(monkeypatch):
    """``lexicon(name, *lines)``: the data file ``name`` as shipped, with ``lines`` appended."""
    original = loader.read_text

    def extend(name: str, *lines: str) -> None:
        def read_text(n: str) -> str:
            return original(n) + "".join(f"\n{line}" for line in lines) if n == name else original(n)

        monkeypatch.setattr(loader, "read_text", read_text)
        _clear()

    yield extend
    monkeypatch.undo()
    _clear()


def _persons(nlp, text: str) -> list[tuple[str, list | None]]:
    doc = nlp.make_doc(text)
    return [(p.name, p.posts) for p in PersonRecognizer(nlp).match(doc)]


def test_a_verb_of_speech_added_to_its_list_vouches_for_a_name(nlp, lexicon):
    assert _persons(nlp, "张三宣称，") == []
    lexicon("speech_verbs.txt", "宣称")
    assert _persons(nlp, "张三宣称，") == [("张三", None)]


def test_a_title_added_to_its_list_vouches_for_the_name_after_it_and_is_its_post(nlp, lexicon):
    assert _persons(nlp, "总营养师张三看望患者。") == []
    lexicon("titles.txt", "总营养师")
    assert _persons(nlp, "总营养师张三看望患者。") == [("张三", [(None, "总营养师")])]


def _anaphors(nlp, text: str, antecedent: Mention) -> list[tuple[str, int]]:
    doc = nlp.make_doc(text)
    add_mention(doc, antecedent)
    return [(f.text, f.target) for f in AnaphoraResolver().match(doc)]


def test_an_anaphor_added_to_the_table_refers_to_the_nearest_fitting_mention(nlp, lexicon):
    institute = Mention(0, 5, "PublicHealthAgency", "某某研究所", "某某研究所")
    text = "某某研究所成立。该所开展监测。"
    assert _anaphors(nlp, text, institute) == []
    lexicon("anaphors.tsv", "该所\tPublicHealthAgency|Hospital\t所\tno")
    assert _anaphors(nlp, text, institute) == [("该所", 0)]


def test_a_clause_initial_anaphor_refers_back_only_at_a_clause_start(nlp, lexicon):
    institute = Mention(0, 5, "PublicHealthAgency", "某某研究所", "某某研究所")
    lexicon("anaphors.tsv", "研究所\tPublicHealthAgency\t\tyes")
    assert _anaphors(nlp, "某某研究所成立。研究所开展监测。", institute) == [("研究所", 0)]
    assert _anaphors(nlp, "某某研究所成立。该省研究所开展监测。", institute) == []


@pytest.mark.parametrize(("row", "what"), [("该所\tInstitute\t\tno", "Institute"),
                                           ("该所\tHospital\t\tmaybe", "maybe")])
def test_a_malformed_anaphor_fails_naming_its_line(lexicon, row, what):
    lexicon("anaphors.tsv", row)
    line = len(loader.read_text("anaphors.tsv").splitlines())
    with pytest.raises(LexiconError, match=f"anaphors.tsv:{line}: .*{what}"):
        anaphora.anaphors()


def test_the_segmenters_dictionary_is_read_from_the_model_store(nlp, nlp_char):
    words = dictionary_words(ensure_model())
    assert words == frozenset(nlp.tokenizer.pkuseg_seg.feature_extractor.unigram)
    assert PersonRecognizer(nlp).words() == words
    assert PersonRecognizer(nlp_char).words() == frozenset()
