"""A statistics release of a part of its own year (一季度, 上半年, 1-2月 …, dated just after it) that says what happened
last year (去年全年,全县地区生产总值增长5.1%): that figure is the year before the release's date, for the whole year.
Before, a release's sentences never read 去年, and the figure was taken as this year's part, or a whole year not over,
and sent to review (issue 23, class 1: the year from the date and the kind of document). Negatives: the part's own
figures stay the part's; 比去年同期 is a comparison, not a year. Made-up releases in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def release(head: str, stamp: str, sentence: str) -> set[tuple]:
    text = f"{head}\n{stamp} 东山融媒\n记者从县统计局获悉,{sentence}\n"
    return figures(text, FIELDS, meta={"region": "东山县"}, charted=True)


@pytest.mark.parametrize("head,stamp,sentence,want", [
    ("东山县一季度经济实现良好开局", "2024-04-19 16:20",
     "一季度,全县地区生产总值同比增长6.3%。去年全年,全县地区生产总值增长5.1%。", ("gdp_growth", 2023, "year", "actual", 5.1)),
    ("东山县一季度经济实现良好开局", "2024-04-19 16:20",
     "一季度,全县地区生产总值同比增长6.3%。去年,全县一般公共预算收入完成13.2亿元。", ("fiscal_revenue", 2023, "year", "actual", 13.2)),
    ("东山县上半年经济运行平稳", "2023-07-21 09:00",
     "上半年,规上工业增加值增长8.1%。去年全年,规上工业增加值增长7.1%。", ("industrial_va_growth", 2022, "year", "actual", 7.1)),
    ("东山县前两月经济开局平稳", "2022-03-18 10:00",
     "1-2月,固定资产投资增长9.2%。去年,全县固定资产投资增长6.4%。", ("fixed_investment_growth", 2021, "year", "actual", 6.4)),
    ("东山县前三季度经济稳中向好", "2021-10-25 11:00",
     "前三季度,社会消费品零售总额增长9.9%。上一年,全县社会消费品零售总额增长2.1%。",
     ("retail_sales_growth", 2020, "year", "actual", 2.1)),
])
def test_last_year_is_the_year_before_the_release(head, stamp, sentence, want):
    assert want in release(head, stamp, sentence)


def test_the_parts_own_figures_stay_the_parts():
    got = release("东山县一季度经济实现良好开局", "2024-04-19 16:20",
                  "一季度,全县地区生产总值同比增长6.3%,增速比去年同期提高1.1个百分点。去年全年,全县地区生产总值增长5.1%。")
    assert ("gdp_growth", 2024, "Q1", "actual", 6.3) in got
    assert not any(v == 1.1 for *_, v in got)
