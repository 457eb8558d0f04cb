"""An estimate (预计…) of a part of the year that ends in the item's month or later (预计上半年… in a June item, 预计
前三季度… in September) is a forecast of a part not over: no outcome of it is charted; it goes to review with that
reason (issue 23, class 2). Negatives: the same estimate after the part ended, and a part's outcome said without a
forecast word (a release dated loosely), are charted as before. Made-up items in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")


def item(date: str, sentence: str) -> str:
    return f"某市经济运行情况\n来源:某市统计局  发布日期:{date}\n{sentence}\n"


@pytest.mark.parametrize("date, sentence, value", [
    ("2024-06-21", "综合研判,预计上半年全市地区生产总值增长5.5%左右。", 5.5),
    ("2024-05-28", "从当前走势看,预计上半年全市规模以上工业增加值增长7.2%。", 7.2),
    ("2024-03-22", "预计一季度全市社会消费品零售总额增长4.8%左右。", 4.8),
    ("2024-09-18", "初步测算,预计前三季度全市固定资产投资增长6.1%。", 6.1),
    ("2024-11-20", "预计1—11月全市一般公共预算收入增长3.9%。", 3.9),
])
def test_the_forecast_of_a_part_not_over_is_not_charted(date, sentence, value):
    got = figures(item(date, sentence), FIELDS, meta={"region": "个旧市"}, charted=True)
    assert not any(f[3] == value for f in got), got


def test_the_estimate_after_the_part_ended_is_charted():
    got = figures(item("2024-07-12", "预计上半年全市地区生产总值增长5.5%左右。"), FIELDS, meta={"region": "个旧市"}, charted=True)
    assert ("gdp_growth", 2024, "H1", 5.5) in got, got


def test_a_parts_outcome_without_a_forecast_word_is_charted():
    got = figures(item("2024-06-28", "上半年,全市地区生产总值增长5.5%。"), FIELDS, meta={"region": "个旧市"}, charted=True)
    assert ("gdp_growth", 2024, "H1", 5.5) in got, got
