"""A whole year's outcome estimated in an item of November or December (预计全年地区生产总值达到650亿元左右, in a speech of
26 December), the estimate said in the figure's own piece of its sentence: it can only be the date's own year's, so it
is charted. Before, a speech naming no year beside its figures had them all sent to review as read from its date (issue
23, class 1: time; made-up set jl). Negatives: an item of October, a piece with no word of an estimate (1—11月,…增长9.1%,
全年预计在9%左右: the months' figure), stay as they were. Made-up speeches in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "天水市"}


def speech(day: str, body: str) -> str:
    return ("在市委经济工作会议上的讲话\n\n市委书记\n" + day + "\n\n同志们:\n\n一、关于今年的经济运行\n\n" + body + "\n")


@pytest.mark.parametrize("body, want", [
    ("从统计部门测算的情况看,预计全年地区生产总值达到650亿元左右,增长6.5%左右。", ("gdp", 2018, "year", "actual", 650.0)),
    ("社会消费品零售总额预计298亿元,增长7.9%。", ("retail_sales", 2018, "year", "actual", 298.0)),
    ("财政方面,一般公共预算收入预计完成42.6亿元,增长7.3%。", ("fiscal_revenue_growth", 2018, "year", "actual", 7.3)),
    ("全年固定资产投资预计下降8%左右,这是我们最大的短板。", ("fixed_investment_growth", 2018, "year", "actual", -8.0)),
    ("城镇居民人均可支配收入全年预计达到27300元,增长7.8%。", ("disposable_income_urban_growth", 2018, "year", "actual", 7.8)),
])
def test_a_december_estimate_of_the_year_is_charted(body, want):
    assert want in figures(speech("2018年12月26日", body), FIELDS, meta=META, charted=True)


def test_an_october_estimate_is_not():
    got = figures(speech("2018年10月26日", "预计全年地区生产总值达到650亿元左右。"), FIELDS, meta=META, charted=True)
    assert ("gdp", 2018, "year", "actual", 650.0) not in got


def test_the_months_figure_beside_an_estimate_is_not_the_years():
    got = figures(speech("2018年12月26日", "1—11月,规模以上工业增加值增长9.1%,全年预计在9%左右。"), FIELDS, meta=META)
    assert ("industrial_va_growth", 2018, "year", "actual", 9.1) not in got
