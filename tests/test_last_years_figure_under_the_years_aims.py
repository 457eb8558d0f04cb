"""After a page has set out the year's aims, a figure said to be last year's (去年…增长21.5%, in a delegate's words or a
reporter's) is what last year did, not an aim for a year already over; this year's figures under the aims stay aims
(issue 23). Made-up news in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = ("市报  2022年1月6日\n\n市人大会议开幕\n\n报告提出,新的一年,全市经济社会发展的主要预期目标是:地区生产总值增长7.5%左右;"
        "固定资产投资增长10%。\n\n")


def _read(sentence: str) -> set[tuple]:
    return figures(HEAD + sentence + "\n", FIELDS, meta={"region": "岳阳市"})


@pytest.mark.parametrize("sentence, fact", [
    ("市人大代表说,去年规模以上工业增加值增长21.5%,要当好排头兵。", ("industrial_va_growth", 2021, "year", "actual", 21.5)),
    ("一位委员介绍,去年社会消费品零售总额增长9.3%,消费回暖明显。", ("retail_sales_growth", 2021, "year", "actual", 9.3)),
    ("记者了解到,去年一般公共预算收入增长6.6%,税收占比提高。", ("fiscal_revenue_growth", 2021, "year", "actual", 6.6)),
    ("数据显示,去年居民人均可支配收入增长8.2%,与经济增长同步。", ("disposable_income_growth", 2021, "year", "actual", 8.2)),
    ("代表们注意到,去年城镇登记失业率为3.1%,就业保持稳定。", ("unemployment_rate", 2021, "year", "actual", 3.1)),
], ids=["delegate", "member", "reporter", "data", "rate"])
def test_last_years_figure_is_an_outcome(sentence, fact):
    got = _read(sentence)
    assert fact in got and (*fact[:3], "target", fact[4]) not in got, got


def test_the_aims_stay_aims():
    got = _read("代表们说,今年社会消费品零售总额增长9%左右。")
    assert ("gdp_growth", 2022, "year", "target", 7.5) in got and ("retail_sales_growth", 2022, "year", "target", 9.0) in got


def test_this_years_aim_restated_after_last_years_outcome():
    got = _read("去年规模以上工业增加值增长8.3%,今年目标是增长8%以上。")
    assert {("industrial_va_growth", 2021, "year", "actual", 8.3), ("industrial_va_growth", 2022, "year", "target", 8.0)} <= got
