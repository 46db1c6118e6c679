"""The indexes that make places and persons fast never change what they find: each is checked
against the same recogniser with the index switched off, on text made of real names."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.nlp.persons import PersonRecognizer
from kg.nlp.places import PlaceRecognizer

PLACES = PlaceRecognizer()
PERSONS = PersonRecognizer()
PLACE_NAMES = sorted(set(PLACES.gaz.by_name) | set(PLACES.countries) | set(PLACES.gaz.by_short))
FILLER = st.text(alphabet="市县区省州中国人民医院卫生健康委的与和在，。、 ", max_size=4)


class _NoIndex(dict):
    """A prefix index that sends every position to the full scan."""

    def get(self, key, default=None):
        return 99


def _unindexed_places() -> PlaceRecognizer:
    places = PlaceRecognizer()
    places.reach = _NoIndex()
    return places


UNINDEXED = _unindexed_places()


def _hit(h):
    return None if h is None else (h.start, h.end, h.text, h.short, tuple(d.code for d in h.divisions), h.country)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PLACE_NAMES), FILLER), min_size=1, max_size=8))
def test_the_place_prefix_index_finds_what_a_full_scan_finds(parts):
    text = "".join(parts)
    for i in range(len(text)):
        assert _hit(PLACES._longest_at(text, i)) == _hit(UNINDEXED._longest_at(text, i))


def test_a_place_name_is_found_whatever_follows_it():
    for name in ("博尔塔拉蒙古自治州", "新疆维吾尔自治区", "于都县", "吉布提"):
        assert PLACES._longest_at(name + "人民医院", 0).end == len(name)


POST_PARTS = st.sampled_from([*PERSONS.titles, "泌尿外科", "护理部", "、", "兼", "党委", "的", "在", "，", "张"])


@settings(max_examples=300, deadline=None)
@given(st.lists(POST_PARTS, min_size=1, max_size=8))
def test_the_title_check_before_the_post_pattern_changes_no_post(parts):
    text = "".join(parts)
    unfiltered = PersonRecognizer()
    unfiltered.posts.titles = ("",)  # every position passes the check (the pattern was compiled already)
    for i in range(len(text) + 1):
        assert PERSONS.posts.start_before(text, i) == unfiltered.posts.start_before(text, i)


@given(st.text(alphabet="".join(sorted({c for w in PERSONS.stop for c in w})) + "张三院长", max_size=4))
def test_a_stop_word_is_found_at_the_start_by_prefix_lookup_as_by_scanning_the_list(rest):
    assert PERSONS._stop_word_starts(rest) == any(rest.startswith(w) for w in PERSONS.stop)


def test_token_bounds_and_doc_text_read_once_per_doc_are_what_iterating_the_tokens_gives(nlp):
    """Components read the text and the segmenter's word boundaries from one cached pass per
    document (doc arrays), not by iterating Token objects each time."""
    from conftest import ROOT

    from kg.nlp.mentions import doc_text, token_bounds

    text = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")[:3000]
    for doc in (nlp.make_doc(text), nlp.make_doc(" 北京 协和医院\n\n院长 "), nlp.make_doc("")):
        assert doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
        assert token_bounds(doc) == {t.idx for t in doc} | {t.idx + len(t) for t in doc}


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="中国医院 \n\t院长a1，。“”", max_size=30))
def test_the_text_read_from_a_docs_arrays_is_the_text_it_was_made_from(nlp, text):
    from kg.nlp.mentions import doc_text

    doc = nlp.make_doc(text)
    assert doc_text(doc) == doc.text == text
