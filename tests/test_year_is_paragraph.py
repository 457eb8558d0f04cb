"""A paragraph of a five-year review that opens by saying what its last year was (2016年是“十三五”开局之年。): the review has
moved to that one year, and its rates are the year's. Before, the five years' span held on, and each rate, being no
average, was dropped (issue 23, class 1: time). Negatives: the span's average said before stays the span's. Made-up
pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = ("2017年长泰县政府工作报告\n——2017年1月10日在长泰县第十七届人民代表大会第一次会议上\n一、过去五年工作回顾\n"
        "过去五年,全县地区生产总值从2011年的118.4亿元增加到2016年的206.2亿元,年均增长10.3%。\n")


def read(opening: str) -> set[tuple]:
    return figures(HEAD + opening + "\n——经济运行稳中有进。地区生产总值增长8.6%,规模以上工业增加值增长9.1%。\n",
                   FIELDS, meta={"region": "长泰县"}, charted=True)


@pytest.mark.parametrize("opening", [
    "2016年是“十三五”开局之年。全县上下稳增长。",
    "2016年是极不平凡的一年。",
    "2016年是本届政府任期的最后一年,面对下行压力,我们攻坚克难。",
    "2016年是“十三五”规划的开局之年,也是全面深化改革的关键之年。",
    "2016年是我县发展史上具有里程碑意义的一年。",
])
def test_the_years_rates_are_read(opening):
    got = read(opening)
    assert {("gdp_growth", 2016, "year", "actual", 8.6), ("industrial_va_growth", 2016, "year", "actual", 9.1)} <= got, got


def test_the_spans_average_stays():
    got = read("2016年是“十三五”开局之年。")
    assert ("gdp_growth_avg_5yr", 2016, "2012-2016", "actual", 10.3) in got, got
