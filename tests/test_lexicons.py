"""The lexicons: every file loads and validates, malformed entries fail at load naming the file
and line, and the rules read their vocabulary from the files (one added line changes what they
find)."""

from __future__ import annotations

import re

import pytest

from kg.lexicons import catalog, loader
from kg.lexicons.loader import LexiconError, expand_patterns, parse


def test_every_lexicon_loads_and_validates():
    names = loader.lexicon_names()
    assert {"org_suffixes.tsv", "titles.txt", "function_words.tsv", "patterns_names.tsv"} <= set(names)
    assert loader.check_all() > 40_000  # the gazetteer alone has about 42,000 divisions
    for name in names:
        assert loader.load(name).entries, f"{name} has no entries"


def test_every_pattern_compiles_and_references_are_expanded():
    texts = loader.patterns()
    assert "<<" not in "".join(texts.values())
    assert loader.pattern("chain_before_place").search("某师范大学附属")


@pytest.mark.parametrize(("name", "text", "message"), [
    ("suffixes.tsv", "# a table\nsuffix\ttype\n医院\tHospital\n诊所\tHospitl\n",
     "kg/lexicons/suffixes.tsv:4: type 'Hospitl' is not an entity type"),
    ("frames.tsv", "verb\trel\n派出\tsendsTo\n", "kg/lexicons/frames.tsv:2: rel 'sendsTo' is not a relation"),
    ("words.txt", "# words\n甲\n乙\n甲\n", "kg/lexicons/words.txt:4: '甲' is listed twice (also line 2)"),
    ("wide.tsv", "a\tb\nx\ty\tz\n", "kg/lexicons/wide.tsv:2: 3 columns, the header names 2"),
    ("empty.tsv", "# only comments\n", "kg/lexicons/empty.tsv: no header line"),
    ("rules.jsonl", '{"id": "a"}\n{"id": "a"}\n', "kg/lexicons/rules.jsonl:2: id 'a' is used twice"),
    ("rules.jsonl", '{"id": "a"}\n[1, 2]\n', "kg/lexicons/rules.jsonl:2: not a JSON object"),
    ("rules.jsonl", '{"id": "a",}\n', "kg/lexicons/rules.jsonl:1: not JSON"),
    ("list.csv", "a\n", "unknown kind of lexicon"),
])
def test_malformed_entries_fail_naming_file_and_line(name, text, message):
    with pytest.raises(LexiconError, match=re.escape(message)):
        parse(name, text)


def test_disjoint_lists_may_not_share_an_entry():
    parse("mine.txt", "# @disjoint: titles.txt\n某某词\n")
    with pytest.raises(LexiconError, match=re.escape("mine.txt:3: '院长' is also in titles.txt")):
        parse("mine.txt", "# @disjoint: titles.txt\n某某词\n院长\n")


def test_patterns_refer_to_patterns_and_lists_and_fail_on_bad_ones():
    table = parse("patterns_t.tsv", "name\tpattern\nnum\t[0-9]+\nbatch\t第<<num>>批\nt\t<<list:departments.txt>>$\n")
    out = expand_patterns([table])
    assert out["batch"] == "第(?:[0-9]+)批"
    departments = sorted(catalog.words("departments.txt"), key=len, reverse=True)
    assert out["t"] == "|".join(map(re.escape, departments)) + "$"
    bad = [("name\tpattern\nx\t(unclosed\n", "patterns_b.tsv:2: pattern 'x' does not compile"),
           ("name\tpattern\nx\t<<y>>\n", "patterns_b.tsv:2: <<y>>: no such pattern"),
           ("name\tpattern\nx\ta<<x>>\n", "patterns_b.tsv:2: pattern 'x' refers to itself")]
    for text, message in bad:
        with pytest.raises(LexiconError, match=re.escape(message)):
            expand_patterns([parse("patterns_b.tsv", text)])
    twice = [parse("patterns_a.tsv", "name\tpattern\nx\ta\n"), parse("patterns_b.tsv", "name\tpattern\nx\tb\n")]
    message = "patterns_b.tsv:2: pattern 'x' is also defined in patterns_a.tsv:2"
    with pytest.raises(LexiconError, match=re.escape(message)):
        expand_patterns(twice)


def test_function_word_roles_are_declared():
    assert "和" in catalog.function_words("name_start_conjunction")
    assert "、" in catalog.function_words("list_joiner")
    with pytest.raises(LexiconError, match="no role 'nonsense'"):
        catalog.function_words("nonsense")


def test_an_unknown_lexicon_is_a_clear_error():
    with pytest.raises(LexiconError, match=re.escape("kg/lexicons/nothing.txt: no such lexicon")):
        loader.load("nothing.txt")


@pytest.fixture
def extra_suffix(monkeypatch):
    """org_suffixes.tsv with one line added, as a linguist would add it."""
    original = loader.read_text

    def read_text(name: str) -> str:
        text = original(name)
        return text + "康养驿站\tPrimaryCareFacility\n" if name == "org_suffixes.tsv" else text

    caches = (loader.load, catalog.org_suffixes, catalog.longest_suffix_length, catalog.subunit_suffixes)
    for cached in caches:
        cached.cache_clear()
    monkeypatch.setattr(loader, "read_text", read_text)
    yield
    monkeypatch.undo()
    for cached in caches:
        cached.cache_clear()


def _names_found(text: str) -> set[tuple[str, str]]:
    from kg.nlp.names import NameRecognizer

    recognizer = NameRecognizer()
    bounds = set(range(len(text) + 1))  # every character a word: the suffix rule alone decides
    return {(c.type, c.name) for c in recognizer.match(text, [], bounds)}


def test_one_line_in_org_suffixes_adds_a_kind_of_organisation(extra_suffix):
    found = _names_found("本周，青松康养驿站开始接诊。")
    assert ("PrimaryCareFacility", "青松康养驿站") in found


def test_without_that_line_the_name_is_not_found():
    found = _names_found("本周，青松康养驿站开始接诊。")
    assert not any(name.endswith("康养驿站") for _, name in found)


def test_kg_lexicons_check_validates_every_file(capsys):
    from kg.cli import main

    assert main(["lexicons", "check"]) == 0
    assert "all valid" in capsys.readouterr().out
