"""A card's heading after a numbered label (【关键词四:2022年预期目标】, 【看点三】2022年预期目标, 【第二部分:2021年成绩单】)
heads its part as the heading alone would: the year's aims below it are that year's aims, not outcomes of the year
reviewed above (issue 23, class 2: kind from structure; made-up set is). Negatives: a label with no heading after it,
and a label in brackets before a sentence of figures, leave the figures as they were. Made-up cards in this file's own
wording."""

import pytest

from etl.extract.label_lines import unbracket_headings
from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "大通回族土族自治县"}
PAGE = ("一图读懂丨2022年某县政府工作报告\n\n2022-01-20\n\n{review}\n\n▲地区生产总值:96.3亿元,增长4.4%\n\n{aims}\n\n"
        "★地区生产总值增长6.5%左右\n★规模以上工业增加值增长9%\n")


@pytest.mark.parametrize("review, aims", [
    ("【关键词一:2021年成绩单】", "【关键词二:2022年预期目标】"),
    ("【看点一】2021年成绩单", "【看点二】2022年预期目标"),
    ("【第一部分:2021年成绩单】", "【第二部分:2022年预期目标】"),
    ("【亮点1:2021年成绩单】", "【亮点2:2022年预期目标】"),
    ("【关键词一：2021年成绩单】", "【关键词二：2022年预期目标】"),
], ids=["keyword-colon", "label-in-brackets", "part", "digit-label", "full-width-colon"])
def test_the_aims_under_a_labelled_heading_are_the_years_aims(review, aims):
    got = figures(PAGE.format(review=review, aims=aims), FIELDS, meta=META)
    assert ("industrial_va_growth", 2022, "target", 9.0) in got
    assert ("gdp_growth", 2022, "target", 6.5) in got
    assert ("gdp_growth", 2021, "actual", 4.4) in got


def test_a_label_alone_stays_a_label():
    assert unbracket_headings("【看点四】\n") == "看点四\n"


def test_a_label_before_a_sentence_keeps_the_sentence():
    got = figures(PAGE.format(review="【2021年成绩单】", aims="【2022年预期目标】").replace(
        "▲地区生产总值:96.3亿元,增长4.4%", "【看点一】地区生产总值增长4.4%"), FIELDS, meta=META)
    assert ("gdp_growth", 2021, "actual", 4.4) in got
