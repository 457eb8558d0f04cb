"""A year alone on a line that is a one-cell-per-line table's header cell (指标 / 2020年 / 2025年 / 年均增长) holds only
until a heading names its own year (三、2021年工作安排): the aims of "今年" after that heading are the report's year's,
not the table's last year's. A year alone on a line over a list of aims still dates them
(test_year_lines_and_numbered_names.py) (issue 23, class 1: time; made-up set jb). Made-up reports in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "婺源县"}
PAGE = ("某县政府工作报告\n——2021年2月2日在县人民代表大会上\n各位代表:\n二、“十四五”时期主要目标\n"
        "“十四五”时期经济社会发展主要指标\n指标\n2020年\n2025年\n年均增长\n属性\n地区生产总值(亿元)\n141.2\n200\n7%左右\n预期性\n"
        "三、2021年工作安排\n2021年是“十四五”开局之年。\n今年全县经济社会发展的主要预期目标是:\n{aims}\n")


@pytest.mark.parametrize("aims, fact", [
    ("地区生产总值增长8%以上。", ("gdp_growth", 2021, "target", 8.0)),
    ("规模以上工业增加值增长9%。", ("industrial_va_growth", 2021, "target", 9.0)),
    ("固定资产投资增长10%。", ("fixed_investment_growth", 2021, "target", 10.0)),
    ("社会消费品零售总额增长12%。", ("retail_sales_growth", 2021, "target", 12.0)),
    ("一般公共预算收入增长5%。", ("fiscal_revenue_growth", 2021, "target", 5.0)),
], ids=["gdp", "industry", "investment", "retail", "revenue"])
def test_this_years_aims_after_the_heading(aims, fact):
    got = figures(PAGE.format(aims=aims), FIELDS, meta=META)
    assert fact in got
    assert (fact[0], 2025, "target", fact[3]) not in got
