"""Bilingual pages (issue 23, class 1): a heading in 【】 with its English after its Chinese (【2024年发展目标 Targets for
2024】) heads its part as the Chinese alone would; and a table of a part-year's release whose first line is the site's
name, not the title, is of the part the title names (1—11月…经济运行情况: its cells are January to November's, not the
whole year's). Negatives: a heading of outcomes in both languages opens no aims, and a table under a title naming no part
stays the year's. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
GUIDE = ("某某市投资指南(2024)\nInvestment Guide 2024\n发布时间:2024-05-10\n\n【主要经济指标 Key Figures】\n"
         "2023年,全市地区生产总值86.4亿元,增长6.6%。\n\n{heading}\n根据市政府工作报告,全市地区生产总值增长7%左右,"
         "一般公共预算收入增长9%,固定资产投资增长11%。\nThe city aims for GDP growth of around 7% in 2024.\n")


@pytest.mark.parametrize("heading, fact", [
    ("【2024年发展目标 Targets for 2024】", ("gdp_growth", 2024, "year", "target", 7.0)),
    ("【2024年发展目标 Targets for 2024】", ("fiscal_revenue_growth", 2024, "year", "target", 9.0)),
    ("【2024年主要预期目标 Main Targets (2024)】", ("fixed_investment_growth", 2024, "year", "target", 11.0)),
    ("【2024年目标 2024 Goals】", ("fiscal_revenue_growth", 2024, "year", "target", 9.0)),
    ("【2024年主要目标 Key Targets】", ("gdp_growth", 2024, "year", "target", 7.0)),
    ("【2024年发展目标 Development Goals】", ("fixed_investment_growth", 2024, "year", "target", 11.0)),
    ("【2024年奋斗目标 Goals for the Year】", ("gdp_growth", 2024, "year", "target", 7.0)),
])
def test_a_headings_english_after_its_chinese(heading, fact):
    assert fact in figures(GUIDE.format(heading=heading), FIELDS, meta={"region": "华阴市"}, charted=True)


def test_a_heading_of_outcomes_in_both_languages_opens_no_aims():
    got = figures(GUIDE.format(heading="【2023年回顾 Review of 2023】"), FIELDS, meta={"region": "华阴市"}, charted=True)
    assert not any(k == "target" for _, _, _, k, _ in got), got


RELEASE = ("{site}\n{title}\n发布时间:2024-12-18  来源:某县统计局\n\n一、主要指标对比\n指标 | 本县 | 全市\n"
           "规上工业增加值增速 | 8.1% | 6.9%\n固定资产投资增速 | 5.5% | 4.2%\n社会消费品零售总额增速 | 6.4% | 5.9%\n")


@pytest.mark.parametrize("site, title, fact", [
    ("某县人民政府门户网站 > 政务公开 > 统计信息", "1—11月全县经济运行情况", ("industrial_va_growth", 2024, "M1-M11", "actual", 8.1)),
    ("某县人民政府门户网站 > 政务公开 > 统计信息", "1—11月全县经济运行情况", ("fixed_investment_growth", 2024, "M1-M11", "actual", 5.5)),
    ("某县统计局", "前三季度全县经济运行情况", ("retail_sales_growth", 2024, "Q1-Q3", "actual", 6.4)),
    ("某县统计局", "1-10月全县经济运行简况", ("industrial_va_growth", 2024, "M1-M10", "actual", 8.1)),
    ("某县统计局", "上半年全县经济运行情况(Economic Performance, H1 2024)", ("fixed_investment_growth", 2024, "H1", "actual", 5.5)),
])
def test_a_tables_cells_are_of_the_part_the_title_names(site, title, fact):
    assert fact in figures(RELEASE.format(site=site, title=title), FIELDS, meta={"region": "泾阳县"})


def test_a_table_under_a_title_of_no_part_is_not_made_a_part():
    got = figures(RELEASE.format(site="某县统计局", title="全县经济运行情况通报"), FIELDS, meta={"region": "泾阳县"})
    assert not any(p != "year" for _, _, p, _, _ in got), got
