"""Names of events and policies on news kg was not written for (issue 17): sentences written
for these tests, with made-up names and places."""

from __future__ import annotations

import pytest
from conftest import names_of


@pytest.mark.parametrize(("text", "event"), [
    ("3月2日，青川市口腔专科联盟成立大会在青川市第一人民医院召开。", "青川市口腔专科联盟成立大会"),
    ("昨天上午，澜江县人民医院白石分院签约揭牌仪式在白石镇举行。", "澜江县人民医院白石分院签约揭牌仪式"),
    ("南坪市创建全国文明城市总结表彰大会于5月8日召开，会议回顾了创建历程。", "南坪市创建全国文明城市总结表彰大会"),
    ("东岭县胸痛中心联盟授牌仪式举行。", "东岭县胸痛中心联盟授牌仪式"),
])
def test_the_act_an_event_celebrates_stays_in_its_name(nlp, text, event):
    assert event in names_of(nlp, text, "Event")
