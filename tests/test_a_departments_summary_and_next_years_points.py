"""Three shapes of a department's year-end summary and of a government's work points for the year ahead, written in
November or December. A sheet of indicators with a column of periods (指标 | 时期 | 总量 | 增幅, a row 地区生产总值 | 前三季度 |
…) gives each row's figures that row's part of the year, not the whole year's. A title naming the next year's work points
or plan (2021年工作要点, 2024年工作计划) over a date late in the year before makes its aims that next year's, though a heading
calls them this year's. And in a paragraph led by a part of the year (前三季度,…;1—11月,…), a sentence opening with a
year of its own before the item's (2018年全县一般公共预算收入为13.58亿元) is that whole year's, not the part's. (Issue 23,
classes 1 and 3.) Negatives: a sheet with no period cell keeps its title's whole year; a summary of the item's own year
keeps its part-year figures; a sentence of the item's own year in such a paragraph keeps the part. Made-up pages in this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str, region: str) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": region})


SHEET = ("丰宁县统计局2022年工作总结\n(2022年11月25日)\n一、经济监测\n全县主要指标如下:\n"
         "指标名称\u3000\u3000\u3000\u3000时期\u3000\u3000\u3000\u3000总量\u3000\u3000\u3000\u3000增幅(%)\n{}\n"
         "规模以上工业增加值\u3000\u3000\u30001—10月\u3000\u3000\u3000—\u3000\u3000\u30005.5\n"
         "进出口总额\u3000\u3000\u30001—10月\u3000\u3000\u300012.4亿元\u3000\u3000\u30009.9\n"
         "二、明年打算\n做好经济普查准备。\n")


@pytest.mark.parametrize("row, key, period, value", [
    ("地区生产总值\u3000\u3000\u3000前三季度\u3000\u3000\u3000161.2亿元\u3000\u3000\u30004.4", "gdp_growth", "Q1-Q3", 4.4),
    ("地区生产总值\u3000\u3000\u3000前三季度\u3000\u3000\u3000161.2亿元\u3000\u3000\u30004.4", "gdp", "Q1-Q3", 161.2),
    ("固定资产投资\u3000\u3000\u30001—10月\u3000\u3000\u3000—\u3000\u3000\u30007.3", "fixed_investment_growth", "M1-M10", 7.3),
    ("社会消费品零售总额\u3000\u3000\u30001—10月\u3000\u3000\u300058.6亿元\u3000\u3000\u30003.1", "retail_sales", "M1-M10", 58.6),
    ("一般公共预算收入\u3000\u3000\u3000上半年\u3000\u3000\u30006.02亿元\u3000\u3000\u30002.7", "fiscal_revenue_growth", "H1", 2.7),
])
def test_a_rows_period_cell_is_the_part_of_its_figures(row, key, period, value):
    got = read(SHEET.format(row), "丰宁县")
    assert (key, 2022, period, "actual", value) in got, got
    assert not any(i == key and p == "year" and v == value for i, y, p, k, v in got), got


def test_a_sheet_with_no_period_cell_keeps_the_whole_year():
    text = ("丰宁县统计局2021年工作总结\n(2022年1月20日)\n2021年全县主要指标如下:\n"
            "指标名称\u3000\u3000\u3000\u3000总量\u3000\u3000\u3000\u3000增幅(%)\n"
            "地区生产总值\u3000\u3000\u3000201.5亿元\u3000\u3000\u30006.2\n"
            "固定资产投资\u3000\u3000\u3000—\u3000\u3000\u30008.1\n"
            "进出口总额\u3000\u3000\u300012.4亿元\u3000\u3000\u30009.9\n")
    got = read(text, "丰宁县")
    assert ("gdp_growth", 2021, "year", "actual", 6.2) in got, got


POINTS = ("{title}\n{issuer}\u30002020年12月18日\n\n一、上年基础和今年形势\n前三季度,全县生产总值增长2.9%。\n"
          "二、主要预期目标\n全县地区生产总值增长{value}%左右;一般公共预算收入增长6%。\n三、重点任务\n抓项目,稳投资。\n")


@pytest.mark.parametrize("title, value", [
    ("岷县人民政府2021年工作要点", 7.0),
    ("岷县2021年政府工作要点", 7.5),
    ("岷县发展和改革局2020年工作总结和2021年工作计划", 6.5),
    ("岷县统计局2020年工作总结及2021年工作思路", 8.0),
    ("岷县财政局2020年工作总结和2021年工作打算", 6.0),
])
def test_next_years_points_over_a_december_date_are_that_years_aims(title, value):
    got = read(POINTS.format(title=title, issuer="岷县人民政府办公室", value=value), "岷县")
    assert ("gdp_growth", 2021, "year", "target", value) in got, got
    assert not any(y == 2020 and k == "target" for i, y, p, k, v in got), got


def test_a_summary_of_its_own_year_keeps_the_parts():
    got = read(POINTS.format(title="岷县人民政府2020年工作总结", issuer="岷县人民政府办公室", value=7), "岷县")
    assert ("gdp_growth", 2020, "Q1-Q3", "actual", 2.9) in got, got


PARTS = ("华池县财政局2019年工作总结\n(2019年12月16日)\n一、主要工作\n1—11月,全县一般公共预算收入完成5.12亿元,增长6.3%。{}\n")


@pytest.mark.parametrize("sentence, key, year, value", [
    ("2018年全县一般公共预算收入为4.86亿元。", "fiscal_revenue", 2018, 4.86),
    ("2018年全县一般公共预算收入增长5.2%。", "fiscal_revenue_growth", 2018, 5.2),
    ("2017年全县地区生产总值增长7.1%。", "gdp_growth", 2017, 7.1),
    ("2018年全县规上工业增加值增长6.6%。", "industrial_va_growth", 2018, 6.6),
    ("2018年全县社会消费品零售总额为40.2亿元。", "retail_sales", 2018, 40.2),
])
def test_a_year_of_its_own_in_a_paragraph_led_by_a_part_is_the_whole_year(sentence, key, year, value):
    got = read(PARTS.format(sentence), "华池县")
    assert (key, year, "year", "actual", value) in got, got


def test_the_items_own_year_in_such_a_paragraph_keeps_the_part():
    got = read(PARTS.format(""), "华池县")
    assert ("fiscal_revenue", 2019, "M1-M11", "actual", 5.12) in got, got
