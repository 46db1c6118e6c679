"""ASCII quotes around Chinese text read as Chinese quotes, with every offset kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.ingest.quotes import curly_quotes, reading_text
from kg.parallel import extract_text


@pytest.mark.parametrize(("text", "read"), [
    ('落实区委区政府"六新行动"部署', "落实区委区政府“六新行动”部署"),
    ('开展"万名医护进乡村"帮扶和"光明行"义诊', "开展“万名医护进乡村”帮扶和“光明行”义诊"),
    ('發出"五城同創"動員令', "发出“五城同创”动员令"),
])
def test_a_pair_of_ascii_quotes_around_chinese_becomes_chinese_quotes(text, read):
    assert reading_text(text) == read


@pytest.mark.parametrize("text", [
    'the "Healthy China" plan',  # English
    '血压<140，医生说"',  # a lone mark
    '{"name": "x"}',  # code
])
def test_other_ascii_quotes_stay(text):
    assert curly_quotes(text) == text


@given(st.text(alphabet=st.sampled_from('"“”a 中国健康\n'), max_size=60))
def test_quotes_keep_the_length_and_read_the_same_twice(text):
    once = curly_quotes(text)
    assert len(once) == len(text)
    assert curly_quotes(once) == once


def test_a_programme_in_ascii_quotes_is_found_in_a_built_file():
    text = '为落实南山区委区政府"六新行动"部署，南山区卫生健康局开展工作。\n'
    [result] = extract_text("page.txt", text, "pkuseg")
    names = {(m.type, m.name) for m in result.mentions}
    assert ("Program", "六新行动") in names
