"""A plain level in the summary of a five-year span (“十三五”时期…全市地区生产总值1354亿元) is the level the span
ended at; a total over the years (五年完成投资3463亿元, 合计, 共) and a starting level (由…) are not. Made-up
work report text in this file's own wording."""

import pytest

from tests.extracting import figures

REPORT = ("罗湖区人民政府工作报告\n——2021年1月20日在罗湖区第七届人民代表大会第一次会议上\n\n"
          "一、“十三五”时期和2020年工作回顾\n\n")
FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str) -> set[tuple]:
    return figures(REPORT + text, FIELDS, meta={"region": "罗湖区"}, charted=True)


@pytest.mark.parametrize("text, expected", [
    ("“十三五”时期,全区地区生产总值2380亿元,年均增长6.2%。", ("gdp", 2020, "year", "actual", 2380.0)),
    ("五年来,综合实力显著增强。社会消费品零售总额1220亿元,年均增长4.4%。",
     ("retail_sales", 2020, "year", "actual", 1220.0)),
    ("“十三五”时期,一般公共预算收入135亿元,年均增长5.9%。", ("fiscal_revenue", 2020, "year", "actual", 135.0)),
    ("五年来,全区地区生产总值达到2380亿元,年均增长6.2%。", ("gdp", 2020, "year", "actual", 2380.0)),
    ("“十三五”时期,全区地区生产总值2380亿元,人均地区生产总值21万元。", ("gdp", 2020, "year", "actual", 2380.0)),
])
def test_a_plain_level_in_a_span_summary_is_the_level_it_ended_at(text, expected):
    assert expected in read(text)


@pytest.mark.parametrize("text, indicator", [
    ("五年来,全区五年完成固定资产投资3463亿元。", "fixed_investment"),
    ("“十三五”时期,社会消费品零售总额合计5200亿元。", "retail_sales"),
    ("“十三五”时期,一般公共预算收入共计610亿元。", "fiscal_revenue"),
    ("五年来,全区地区生产总值由1700亿元。", "gdp"),
])
def test_a_total_or_a_starting_level_is_not_the_end_level(text, indicator):
    assert not any(f[0] == indicator and f[1] == 2020 and f[2] == "year" for f in read(text))
