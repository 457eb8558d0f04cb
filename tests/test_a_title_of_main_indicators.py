"""A page titled by its place, a year and the main indicators (X县2024年1-9月主要经济指标完成情况, X区2023年主要指标
运行情况) is its place's release of that year: the place is read from the title and the figures under it are charted.
Before, such a title named no issuer and no kind, so the region was unknown and every figure went to review (issue 22,
region reading; issue 23, class 3: tables of a county's indicators). Negatives: a year's main indicators named inside
a sentence of another place's text do not make it that place's; a title with no year stays as it was. Made-up texts in
this file's own wording."""

import pytest

from tests.extracting import figures, region_of

FIELDS = ("indicator", "year", "period", "kind", "value")


@pytest.mark.parametrize("title,place,period", [
    ("雁塔区2024年1-9月主要经济指标完成情况", "雁塔区", "Q1-Q3"),
    ("岳麓区2022年上半年主要经济指标完成情况", "岳麓区", "H1"),
    ("临朐县2023年1-3月份主要指标完成情况", "临朐县", "Q1"),
    ("兴化市2021年前三季度主要经济指标运行情况", "兴化市", "Q1-Q3"),
    ("宁都县2020年1-6月主要统计指标完成情况", "宁都县", "H1"),
])
def test_the_titles_place_and_its_figures(title, place, period):
    page = (f"{title}\n今年以来,全{place[-1]}经济运行平稳。地区生产总值310.6亿元,同比增长5.2%;"
            "规模以上工业增加值增长6.7%。\n")
    assert region_of(page) == place
    year = int(title[len(place):len(place) + 4])
    got = figures(page, FIELDS, charted=True)
    assert {("gdp", year, period, "actual", 310.6), ("gdp_growth", year, period, "actual", 5.2),
            ("industrial_va_growth", year, period, "actual", 6.7)} <= got


def test_a_sentence_naming_another_places_indicators():
    page = ("各位代表:\n受县人民政府委托,报告工作。\n去年,全县地区生产总值增长5.2%,"
            "增速高于兴化市2021年主要经济指标的平均水平。\n")
    assert region_of(page) is None


def test_a_title_with_no_year():
    page = "主要经济指标完成情况\n指标名称 | 单位 | 累计 | 同比增长(%)\n地区生产总值 | 亿元 | 310.6 | 5.2\n"
    assert region_of(page) is None
    assert not figures(page, FIELDS, charted=True)
