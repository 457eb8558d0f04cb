"""A page that is no report (an overview, an investment guide) heads its parts by a year: 二、2024年经济发展, or 经济概况
(2023年) with the year in brackets. Figures below such a heading are that year's outcomes, not the page's own year's;
a later heading of the page's own year (五、2025年目标与开局) ends it. Before, they took the page's year (issue 23).
Negatives: a heading of a year and a part of it (【2024年上半年】) keeps the part; a work report's numbered heading is read
as before. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
GUIDE = ("走进某区\n发布时间:2025-04-18 来源:某区投资促进局\n一、区位优势\n某区地处长江三角洲。\n{heading}\n"
         "全区实现地区生产总值2571.4亿元,按不变价格计算增长6.3%;一般公共预算收入236.7亿元,增长2.1%。\n"
         "五、2025年目标与开局\n2025年全区主要预期目标:地区生产总值增长7%以上。\n一季度,全区实现地区生产总值302.6亿元,同比增长7.6%。\n")


@pytest.mark.parametrize("heading,fact", [
    ("二、2024年经济发展", ("gdp", 2024, "year", "actual", 2571.4)),
    ("二、2024年经济发展", ("gdp_growth", 2024, "year", "actual", 6.3)),
    ("经济概况(2024年)", ("fiscal_revenue", 2024, "year", "actual", 236.7)),
    ("(二)2024年发展成就", ("fiscal_revenue_growth", 2024, "year", "actual", 2.1)),
    ("经济发展(2024年)", ("gdp", 2024, "year", "actual", 2571.4)),
])
def test_the_headings_year_is_its_figures(heading, fact):
    assert fact in figures(GUIDE.format(heading=heading), FIELDS, meta={"region": "某区"})


def test_the_pages_own_years_heading_ends_it():
    got = figures(GUIDE.format(heading="二、2024年经济发展"), FIELDS, meta={"region": "某区"})
    assert ("gdp", 2025, "Q1", "actual", 302.6) in got and ("gdp_growth", 2025, "year", "target", 7.0) in got, got


def test_a_heading_of_a_part_keeps_its_part():
    text = "走进某区\n发布时间:2024-08-20\n【2024年上半年】\n全市实现地区生产总值198.6亿元,同比增长6.5%。\n"
    got = figures(text, FIELDS, meta={"region": "某区"})
    assert not any(p == "year" and v == 198.6 for i, y, p, k, v in got), got


def test_a_numbered_heading_of_the_pages_own_year_ends_the_earlier_one():
    text = ("在全县高质量发展大会上的讲话\n中共某县县委书记 ×××\n2025年2月5日\n\n一、2024年全县经济稳中有进、进中向好\n"
            "初步核算,全县地区生产总值完成418.7亿元、增长5.9%。\n二、锚定2025年目标任务,跳起摸高、争先进位\n"
            "今年,市委下达我县地区生产总值增长6%的目标。县委常委会研究认为,全县地区生产总值力争增长6.5%。\n")
    got = figures(text, FIELDS, meta={"region": "某县"})
    assert ("gdp_growth", 2025, "year", "target", 6.5) in got and ("gdp", 2024, "year", "actual", 418.7) in got, got
