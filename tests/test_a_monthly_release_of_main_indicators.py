"""A monthly release of main indicators (某区2020年1-12月主要经济指标 / 某统计局  发布时间:2021-02-03 / a table): its first
line is its title (and its year the year it reviews), not the line of its stamp nor a note below the table naming a
report; a paragraph above the table naming two parts of the year (上半年…,其中一季度…) gives the table no part; and a
上年同期 column whose numbers are far below the row's level done is last year's growth, not its level (issue 23,
class 4). Negatives: a 上年同期 column near the row's level stays a level. Made-up releases in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")

YEAR_END = ("某区2020年1-12月主要经济指标\n某市某区统计局  发布时间:2021-02-03\n\n"
            "指标 | 单位 | 1-12月 | 同比增长% | 年度目标% | 上年同期\n"
            "地区生产总值 | 亿元 | 503.62 | 3.9 | 7.5 | 7.6\n"
            "社会消费品零售总额 | 亿元 | 171.35 | 1.2 | 9 | 10.6\n"
            "一般公共预算收入 | 亿元 | 33.28 | 2.1 | 6 | 8.4\n"
            "注:3.年度目标为2020年区政府工作报告确定的预期目标。\n")
HALF = ("某县2021年上半年国民经济主要指标\n发布日期:2021-07-26\n"
        "上半年,全县地区生产总值同比增长13.8%,其中一季度增长18.5%。\n"
        "指标 | 单位 | 1-6月 | 同比增长% | 上年同期增长%\n"
        "规模以上工业增加值 | % | — | 21.7 | -3.4\n固定资产投资 | % | — | 16.2 | -6.8\n"
        "社会消费品零售总额 | 亿元 | 53.18 | 19.6 | -9.7\n")


@pytest.mark.parametrize("text, fact", [
    (YEAR_END, ("gdp", 2020, "year", 503.62)),
    (YEAR_END, ("gdp_growth", 2019, "year", 7.6)),
    (YEAR_END, ("fiscal_revenue_growth", 2019, "year", 8.4)),
    (YEAR_END, ("retail_sales_growth", 2020, "year", 1.2)),
    (YEAR_END, ("retail_sales_growth", 2019, "year", 10.6)),
    (HALF, ("industrial_va_growth", 2020, "H1", -3.4)),
    (HALF, ("fixed_investment_growth", 2020, "H1", -6.8)),
])
def test_the_release_is_read_in_its_own_year_and_part(text, fact):
    assert fact in figures(text, FIELDS, meta={"region": "宣州区"}, charted=True)


def test_last_years_column_near_the_level_stays_a_level():
    text = ("某区2020年1-12月主要经济指标\n发布时间:2021-02-03\n指标 | 单位 | 1-12月 | 上年同期 | 同比增长%\n"
            "地区生产总值 | 亿元 | 503.62 | 484.7 | 3.9\n社会消费品零售总额 | 亿元 | 171.35 | 169.3 | 1.2\n")
    got = figures(text, FIELDS, meta={"region": "宣州区"})
    assert ("gdp", 2019, "year", 484.7) in got, got


def test_a_numbered_heading_of_a_parts_indicators_is_no_title():
    from etl.documents import documents_from_text
    from tests.extracting import K
    text = ("某县2018—2023年主要经济指标及与全省、全国比较\n来源:某县统计局  发布时间:2024-06-18 16:40\n一、地区生产总值\n"
            "年份 | 地区生产总值(亿元) | 增长%\n2018 | 148.6 | 8.7\n2019 | 167.3 | 7.9\n四、2024年1—5月主要指标\n")
    doc = documents_from_text(K, text, "release.txt")[0]
    assert doc.title.startswith("某县2018—2023年"), doc.title
