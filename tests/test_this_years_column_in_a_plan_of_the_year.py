"""In a plan report delivered in the year it plans (January 2019, on 2018 and 2019), a table whose columns are named
relative to the year (上年计划 | 上年预计完成 | 本年计划) and has no column of the year after: 本年 is the year the report
plans and 上年 the year it reviews (issue 23, class 3: each column was read a year early). Negatives: with a column of the
year after (本年预计 | 下年计划), 本年 stays the reviewed year. Made-up reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


def report(header: str, row: str) -> str:
    return ("关于某县2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划草案的报告\n"
            "——2019年1月21日在某县第十八届人民代表大会第四次会议上\n各位代表:\n附表\n某县国民经济和社会发展主要指标\n"
            f"{header}\n{row}\n")


@pytest.mark.parametrize("row, fact", [
    ("地区生产总值 | 亿元 | 290 | 287.5 | 308", ("gdp", 2019, "target", 308.0)),
    ("地区生产总值 | 亿元 | 290 | 287.5 | 308", ("gdp", 2018, "actual", 287.5)),
    ("地区生产总值 | 亿元 | 290 | 287.5 | 308", ("gdp", 2018, "target", 290.0)),
    ("一般公共预算收入 | 亿元 | 18.5 | 18.36 | 19.5", ("fiscal_revenue", 2019, "target", 19.5)),
    ("社会消费品零售总额 | 亿元 | 146 | 145.3 | 158.4", ("retail_sales", 2018, "actual", 145.3)),
])
def test_this_year_is_the_planned_year(row, fact):
    got = figures(report("主要指标 | 单位 | 上年计划 | 上年预计完成 | 本年计划", row), FIELDS, meta={"region": "东平县"}, charted=True)
    assert fact in got, got


def test_with_a_next_years_column_this_year_is_the_reviewed_year():
    got = figures(report("主要指标 | 单位 | 本年计划 | 本年预计完成 | 下年计划", "地区生产总值 | 亿元 | 290 | 287.5 | 308"), FIELDS,
                  meta={"region": "东平县"}, charted=True)
    assert {("gdp", 2018, "actual", 287.5), ("gdp", 2019, "target", 308.0)} <= got, got
