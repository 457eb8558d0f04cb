"""A review whose head says it draws on a later year's first half as well (评估以2017年年报数据为主,并参考2018年上半年
数据): it is no report on a half year, and the reviewed year's figures are that whole year's. Before, every figure of
the reviewed year was filed as its first half's (issue 23, class 1: time). Negatives: a release on the reviewed year's
own first half keeps its figures the half's. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
BODY = "2017年全县实现地区生产总值369.5亿元,增长8.7%;一般公共预算收入增长17.2%。"


def read(head: str) -> set[tuple]:
    text = ("长兴县国民经济和社会发展第十三个五年规划纲要实施情况中期评估报告\n发布时间:2018-09-21 信息来源:县发改局\n"
            "一、评估背景\n县发改局会同县统计局等部门开展了中期评估。" + head + "\n二、主要指标进展\n" + BODY + "\n")
    return figures(text, FIELDS, meta={"region": "长兴县"}, charted=True)


@pytest.mark.parametrize("head", [
    "评估以2017年统计年报数据为主要依据,并参考2018年上半年及1—7月运行数据。",
    "本次评估以2017年数据为基础,兼顾2018年上半年运行情况。",
    "评估采用2017年年度数据,部分指标参考2018年上半年数据。",
    "以2017年统计数据为主,结合2018年1—6月和上半年的运行情况。",
    "评估基于2017年度统计数据,并参照2018年上半年快报数。",
])
def test_the_reviewed_years_figures_are_the_whole_years(head):
    got = read(head)
    assert ("gdp", 2017, "year", "actual", 369.5) in got and ("gdp_growth", 2017, "year", "actual", 8.7) in got, got
    assert not any(p == "H1" for i, y, p, k, v in got), got


def test_a_release_on_the_years_own_half_stays_the_half():
    text = "长兴县2018年上半年经济运行情况\n发布时间:2018-07-20\n上半年,全县地区生产总值190.2亿元,增长8.1%。\n"
    got = figures(text, FIELDS, meta={"region": "长兴县"}, charted=True)
    assert ("gdp", 2018, "H1", "actual", 190.2) in got, got
