"""Entity ids are made and read by one module: every id it makes parses back to its parts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.util.keys import EntityKey, article_key, country_key, named_key, parse, place_code, place_key

names = st.text(min_size=1, max_size=12)


@given(code=st.from_regex(r"[0-9]{6,9}", fullmatch=True), township=st.none() | names)
def test_a_place_id_parses_to_its_division_code(code, township):
    key = parse(place_key(code, township))
    assert key.kind == "place" and key.division_code == code
    assert key.in_gazetteer == (township is None)
    assert place_code(place_key(code, township)) == (code if township is None else f"{code}/{township}")


@given(type_=st.sampled_from(["Hospital", "Person", "Program"]), name=names)
def test_a_named_id_keeps_any_name_even_with_colons_and_slashes(type_, name):
    key = parse(named_key(type_, name))
    assert key == EntityKey(type_, name)
    assert place_code(named_key(type_, name)) is None and key.division_code is None


@given(article=names)
def test_article_and_country_ids_round_trip(article):
    assert parse(article_key(article)) == EntityKey("article", article)
    assert parse(country_key("DJ")) == EntityKey("country", "DJ")
    assert place_code(None) is None
