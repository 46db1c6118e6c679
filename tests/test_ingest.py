"""Reading, OCR clean-up and article splitting keep every character's original offset."""

from __future__ import annotations

import pytest
from conftest import SEEDS

from kg.errors import InputError
from kg.ingest.articles import split_articles
from kg.ingest.clean import paragraphs
from kg.ingest.read import discover, read_source
from kg.ingest.simplify import to_simplified


def test_line_break_inside_a_sentence_is_joined_but_paragraph_breaks_stay():
    text = "会议强调，要树立鲜明导向，继续加强基层\n\n人才队伍建设。\n\n第二段落在这里，说完了。"
    paras = [p.text for p in paragraphs(text)]
    assert paras == ["会议强调，要树立鲜明导向，继续加强基层人才队伍建设。", "第二段落在这里，说完了。"]


def test_a_heading_after_an_unfinished_paragraph_is_not_joined_to_it():
    text = ("于都县推行医养结合，为老年人简化老年\n\n江西于都：推动健康养老全覆盖\n\n"
            "本报讯（记者王明）近日，该县召开会议。")
    assert [p.text for p in paragraphs(text)][1] == "江西于都：推动健康养老全覆盖"


def test_continuation_marks_are_dropped_and_offsets_still_map_back():
    text = "本院开展义诊活动，受到欢迎（下转第3版）\n\n"
    para = paragraphs(text)[0]
    assert "下转" not in para.text
    for i, ch in enumerate(para.text):
        assert text[para.origin[i]] == ch


def test_articles_split_with_headline_byline_and_trailing_credit():
    page = ("医院动态\n\n某市人民医院开展\n\n义诊活动\n\n"
            "本报讯（特约记者张明 通讯员李华）近日，某市人民医院举行义诊。\n\n"
            "江苏携手青海 对口帮扶见成效\n\n近年来，江苏省与青海省开展结对共建。（王小红 刘强）\n")
    arts = split_articles("page.txt", page)
    assert [a.title for a in arts] == ["医院动态 某市人民医院开展 义诊活动", "江苏携手青海 对口帮扶见成效"]
    assert [(c.name, c.role) for c in arts[0].credits] == [("张明", "特约记者"), ("李华", "通讯员")]
    assert [c.name for c in arts[1].credits] == ["王小红", "刘强"]
    assert "本报讯" not in arts[0].text.text and "王小红" not in arts[1].text.text
    for a in arts:
        for c in a.credits:
            assert page[c.start:c.end] == c.name


@pytest.mark.parametrize("caption", [
    "（图二）医疗队员与王某副院长（前排中）合影留念",
    "图为专家在义诊现场",
    "图2：签约现场",
])
def test_a_short_photo_caption_inside_an_article_does_not_start_a_new_article(caption):
    page = f"某市医疗队平安返京\n\n9月27日，某市医疗队顺利返回。\n\n{caption}\n\n下一步，医院将继续做好帮扶工作。\n"
    arts = split_articles("page.txt", page)
    assert len(arts) == 1 and caption in arts[0].text.text


def test_photo_credit_lines_give_journalists_and_agency_credits_give_none():
    page = ("智慧医保刷脸结算\n\n自去年以来，某区医保局推行刷脸结算。\n\n"
            "特约记者孙艳芳\n通讯员刘娅婷\n摄影报道\n\n视觉中国供图\n")
    arts = split_articles("p.txt", page)
    assert [c.name for c in arts[0].credits] == ["孙艳芳", "刘娅婷"]


def test_every_seed_article_maps_back_to_the_original_file():
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        arts = split_articles(path.name, text)
        assert len(arts) >= 5
        for a in arts:
            for i, ch in enumerate(a.text.text):
                if ch not in "\n ":
                    assert text[a.text.origin[i]] == ch


def test_traditional_text_is_simplified_character_for_character():
    trad = "北京協和醫院與廣東省衛生健康委員會"
    simp = to_simplified(trad)
    assert simp == "北京协和医院与广东省卫生健康委员会"
    assert len(simp) == len(trad)


def test_reading_accepts_a_bom_and_names_the_file_it_cannot_use(tmp_path):
    good = tmp_path / "a.txt"
    good.write_bytes("\ufeff本报讯".encode())
    assert read_source(good, "a.txt").text == "本报讯"
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(InputError, match=r"b\.txt: a binary file"):
        read_source(bad, "b.txt")


def test_discover_walks_folders_and_rejects_missing_paths(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "one.txt").write_text("一", encoding="utf-8")
    (tmp_path / "two.txt").write_text("二", encoding="utf-8")
    (tmp_path / "skip.md").write_text("三", encoding="utf-8")
    assert [n for _, n in discover([tmp_path])] == ["two.txt", "x/one.txt"]
    with pytest.raises(InputError, match="nope"):
        discover([tmp_path / "nope"])


def test_bylines_without_xun_names_with_wen_and_editor_lines_give_credits():
    from kg.ingest.articles import split_articles

    text = ("新闻标题\n本报 (特约记者刘文静)近日，某地开展义诊活动。\n"
            "本报讯 (通讯员杨文 赵图南)日前，另一地举行仪式。\n编辑\n\n乔丽\n")
    credits = [(c.name, c.role) for a in split_articles("x.txt", text) for c in a.credits]
    assert credits == [("刘文静", "特约记者"), ("杨文", "通讯员"), ("赵图南", "通讯员"), ("乔丽", "编辑")]
