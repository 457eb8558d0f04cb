"""A page of January-March whose title names the year before as the one it reports on (某市2018年主要预期目标完成情况,
…2021年计划执行情况, …2023年经济运行情况): its outcomes of no year of their own, and the aims they are set against, are that
year's for sure. Before, they were read so but sent to review as a guess from the date (issue 23, class 1: time; made-up
set jm). Negatives: a title naming no year, or the date's own year, confirms nothing. Made-up pages in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "晋江市"}
BODY = ("\n发布日期:2019-01-18\n\n一、主要指标完成情况\n\n(一)工业生产稳中有升。规模以上工业增加值增长9.1%,超额完成年度目标。\n\n"
        "(二)消费市场基本平稳。社会消费品零售总额728.6亿元,增长10.9%。\n")


@pytest.mark.parametrize("title", [
    "晋江市2018年国民经济和社会发展主要预期目标完成情况",
    "晋江市2018年主要经济指标完成情况",
    "晋江市2018年度主要预期目标完成情况",
    "晋江市2018年全年目标任务完成情况",
    "晋江市发展和改革局2018年主要经济指标执行情况",
    "晋江市发改局2018年工作总结",
    "2018年晋江市预期目标完成情况的通报",
    "晋江市2018年经济运行情况",
])
def test_its_outcomes_are_charted_as_that_years(title):
    got = figures(title + BODY, FIELDS, meta=META, charted=True)
    assert {("industrial_va_growth", 2018, "actual", 9.1), ("retail_sales", 2018, "actual", 728.6),
            ("retail_sales_growth", 2018, "actual", 10.9)} <= got


@pytest.mark.parametrize("title", ["晋江市主要预期目标完成情况", "晋江市2019年一月份工作动态"])
def test_a_title_of_no_year_or_the_dates_confirms_nothing(title):
    got = figures(title + BODY, FIELDS, meta=META, charted=True)
    assert ("retail_sales", 2018, "actual", 728.6) not in got
