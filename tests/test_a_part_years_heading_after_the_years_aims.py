"""After a page has set out the year's aims under a heading (二、2024年主要预期目标), a heading of the first level that
names a part of the year (三、2024年前三季度经济运行情况) opens what those months did: its levels are outcomes of the
part, not aims of the year. A heading of a part's aims (三、2024年下半年目标任务) does not (issue 23, class 2: kind from
structure). Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = ("某县人民政府  2024-11-05\n\n县情概况\n\n二、2024年主要预期目标\n"
        "2024年全县地区生产总值增长6.5%左右,社会消费品零售总额增长6%—7%。\n\n")


@pytest.mark.parametrize("heading, line, fact", [
    ("三、2024年前三季度经济运行情况", "实现地区生产总值985.3亿元,按不变价格计算,同比增长6.1%。", ("gdp", 2024, "Q1-Q3", "actual", 985.3)),
    ("三、2024年前三季度经济运行情况", "社会消费品零售总额371.5亿元,同比增长5.9%。", ("retail_sales", 2024, "Q1-Q3", "actual", 371.5)),
    ("三、2024年上半年经济运行情况", "一般公共预算收入38.2亿元,同比增长3.4%。", ("fiscal_revenue", 2024, "H1", "actual", 38.2)),
    ("三、1—9月主要指标完成情况", "全体居民人均可支配收入25108元,同比增长6.0%。", ("disposable_income", 2024, "Q1-Q3", "actual", 2.5108)),
    ("三、2024年一季度经济运行情况", "实现地区生产总值310.6亿元,同比增长5.2%。", ("gdp", 2024, "Q1", "actual", 310.6)),
], ids=["gdp", "retail", "half", "months", "quarter"])
def test_the_parts_levels_are_outcomes(heading, line, fact):
    got = figures(HEAD + heading + "\n" + line + "\n", FIELDS, meta={"region": "沭阳县"})
    assert fact in got and (*fact[:2], "year", "target", fact[4]) not in got, got


def test_the_years_aims_before_it_stay_aims():
    got = figures(HEAD + "三、2024年前三季度经济运行情况\n实现地区生产总值985.3亿元。\n", FIELDS, meta={"region": "沭阳县"})
    assert ("gdp_growth", 2024, "year", "target", 6.5) in got, got


def test_a_heading_of_a_parts_aims_opens_no_outcomes():
    got = figures(HEAD + "三、2024年下半年目标任务\n力争全年地区生产总值达到1350亿元。\n", FIELDS, meta={"region": "沭阳县"})
    assert not any(k == "actual" and v == 1350.0 for *_, k, v in got), got
