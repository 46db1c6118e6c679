"""The byline and credit grammar (kg/ingest/credits.py) on credits written for these tests:
each form in three wordings, made-up names, compound surnames and spaced names."""

from __future__ import annotations

import pytest

from kg.ingest.articles import split_articles

BODY = "某地开展义诊活动，群众纷纷点赞。"


def _credits(page: str) -> list[str]:
    arts = split_articles("t.txt", page)
    for a in arts:
        for c in a.credits:
            assert page[c.start:c.end].replace(" ", "").replace("\u3000", "") == c.name
    return [c.name for a in arts for c in a.credits]


def _text(page: str) -> str:
    return "\n".join(a.text.text for a in split_articles("t.txt", page))


@pytest.mark.parametrize(("line", "names"), [
    ("作者：欧阳明远　　编辑：司马青　　审核：上官雨", ["欧阳明远", "司马青", "上官雨"]),
    ("责编:诸葛飞 校对:林小朵 终审:宋立", ["诸葛飞", "林小朵", "宋立"]),
    ("撰稿｜韩露　　初审｜皇甫辰　　二审｜冯一", ["韩露", "皇甫辰", "冯一"]),
])
def test_a_line_of_credit_fields_gives_every_name(line, names):
    assert _credits(f"标题\n\n{BODY}\n\n{line}\n") == names


@pytest.mark.parametrize(("line", "names"), [
    ("来源：某某区卫生健康局　作者：诸葛文　点击数：1234　更新时间：2031-02-03 10:20", ["诸葛文"]),
    ("2031-02-03　　来源：某某疾病预防控制中心　　编辑：方小满", ["方小满"]),
    ("发布日期：2031年2月3日　　点击量：　　作者：慕容晴　字号：【大】【中】【小】", ["慕容晴"]),
])
def test_page_furniture_on_a_credit_line_does_not_stop_the_names(line, names):
    page = f"标题\n\n{line}\n\n{BODY}\n"
    assert _credits(page) == names
    assert "点击" not in _text(page) and "作者" not in _text(page)


def test_the_source_of_a_furniture_line_stays_text_for_the_nlp():
    assert "某某区卫生健康局" in _text(f"标题\n\n来源：某某区卫生健康局　作者：钱一\n\n{BODY}\n")


@pytest.mark.parametrize(("line", "names"), [
    ("林晓/文　尉迟朗/图", ["林晓", "尉迟朗"]),
    ("文/党委宣传部 钱多多　图/宣传中心 孙一", ["钱多多", "孙一"]),
    ("文／院办 上官月　摄影／东方亮", ["上官月", "东方亮"]),
])
def test_writer_and_photographer_credits_with_an_office_before_the_name(line, names):
    page = f"标题\n\n{BODY}\n\n{line}\n"
    assert _credits(page) == names
    assert "宣传" not in _credits(page)


@pytest.mark.parametrize(("para", "names"), [
    ("（图：义诊现场　冯晓 摄）", ["冯晓"]),
    ("图为义诊现场。　　韩梅　摄", ["韩梅"]),
    ("（图为签字仪式现场。某某新闻记者 司马峰 摄）", ["司马峰"]),
])
def test_a_photo_credit_after_a_caption_gives_the_photographer_not_the_scene(para, names):
    page = f"标题\n\n{BODY}\n\n{para}\n"
    assert _credits(page) == names
    assert "现场" in _text(page)


@pytest.mark.parametrize(("para", "names"), [
    ("新华社某城3月4日电（记者 周立 吴晓东）", ["周立", "吴晓东"]),
    ("某某网讯（记者 陈立 通讯员 公孙瑶）", ["陈立", "公孙瑶"]),
    ("中新网某地5月1日电（司徒雅）", ["司徒雅"]),
    ("本报讯 记者赵林、通讯员钱芳、孙浩报道：", ["赵林", "钱芳", "孙浩"]),
    ("（记者 王 莉 通讯员 徐  伟）6月2日，", ["王莉", "徐伟"]),
    ("（《某某周报》记者　杨朵）", ["杨朵"]),
])
def test_a_byline_opening_the_body_after_a_dateline_or_none(para, names):
    page = f"标题\n\n{para}{BODY}\n"
    assert _credits(page) == names
    assert "记者" not in _text(page) and BODY in _text(page)


def test_an_agency_dateline_stays_text_since_it_names_a_place():
    text = _text(f"标题\n\n新华社杭州3月4日电（记者 周立）{BODY}\n")
    assert "杭州" in text and "周立" not in text


@pytest.mark.parametrize(("line", "names"), [
    ("某某新闻记者 郑一 通讯员 慕容雪 济南报道", ["郑一", "慕容雪"]),
    ("某某日报记者 钟离晨", ["钟离晨"]),
    ("融媒体记者：徐  伟　编辑：郑  旭　终审：黄学民", ["徐伟", "郑旭", "黄学民"]),
])
def test_a_reporter_line_with_its_medium_and_place(line, names):
    assert _credits(f"标题\n\n{line}\n\n{BODY}\n") == names


@pytest.mark.parametrize(("tail", "names", "office"), [
    ("（某某县卫生健康局办公室　通讯员　刘一鸣）", ["刘一鸣"], "某某县卫生健康局办公室"),
    ("（某某区卫生健康局供稿　通讯员：杜小舟）", ["杜小舟"], "某某区卫生健康局"),
    ("（某某市卫生健康委科教科　夏侯敏）", ["夏侯敏"], "某某市卫生健康委科教科"),
])
def test_a_trailing_credit_keeps_its_organisation_as_text(tail, names, office):
    for page in (f"标题\n\n{BODY}{tail}\n", f"标题\n\n{BODY}\n\n{tail}\n"):
        assert _credits(page) == names
        text = _text(page)
        assert office in text and names[0] not in text and "通讯员" not in text


@pytest.mark.parametrize(("tail", "names"), [
    ("（尉迟岚　郑凯）", ["尉迟岚", "郑凯"]),
    ("(孙 悦)", ["孙悦"]),
    ("（宇文峰）", ["宇文峰"]),
])
def test_names_alone_in_a_bracket_closing_the_article_are_credits(tail, names):
    assert _credits(f"标题\n\n{BODY}\n\n{tail}\n") == names


@pytest.mark.parametrize(("line", "names"), [
    ("【纠错】　责任编辑：令狐青", ["令狐青"]),
    ("（编辑：王 莉　审核：刘大成）", ["王莉", "刘大成"]),
    ("【编辑：王  琴】", ["王琴"]),
    ("（责编：司马骁）", ["司马骁"]),
])
def test_editor_credits_at_the_end(line, names):
    assert _credits(f"标题\n\n{BODY}\n\n{line}\n") == names


@pytest.mark.parametrize("page", [
    f"标题\n\n主持人：王小明　某某局新闻发言人\n\n{BODY}\n",
    f"标题\n\n{BODY}患者张某某（化名）说很满意。\n",
    f"标题\n\n{BODY}（记者手记）\n",
    "标题\n\n出席会议的有：王大明、李小红、张一凡。\n",
    f"标题\n\n来源：某某卫生健康委员会　作者：佚名\n\n{BODY}\n",
])
def test_a_host_a_patient_a_column_name_or_attendees_are_no_credits(page):
    assert _credits(page) == []


@pytest.mark.parametrize("caption", ["（图：现场　冯晓 摄）", "（图：义诊现场　冯晓 摄）"])
def test_a_scene_is_never_a_name(caption):
    assert _credits(f"标题\n\n{BODY}\n\n{caption}\n") == ["冯晓"]


def test_names_without_a_surname_count_in_a_list_of_credits_but_not_glued_to_a_role():
    assert _credits(f"标题\n\n{BODY}\n\n编辑：扎西卓玛　　审核：义婷\n") == ["扎西卓玛", "义婷"]
    assert _credits(f"标题\n\n{BODY}\n\n记者观察\n") == []


@pytest.mark.parametrize("line", ["某某图库供图", "视觉某某供图", "某某网 供图"])
def test_a_photo_agency_credit_gives_no_person_and_no_text(line):
    page = f"标题\n\n{BODY}\n\n{line}\n"
    assert _credits(page) == [] and "某某" not in _text(page).replace(BODY, "")
