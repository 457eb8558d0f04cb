"""The scope an indicator is counted in, said in brackets right after its name with a sum and a floor (固定资产投资(500万
元以上项目), (计划总投资500万元及以上), (5000万元以上)), is no figure of the name: the figure is the one after the
bracket, and its growth is read as before. A bracket holding a figure of another year (地区生产总值(2015年为321亿元)) or
an aim (增长5%以上) is left as it was (issue 23, class 6: wording; made-up set iv). Made-up sentences in this file's
own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "威宁彝族回族苗族自治县"}
HEAD = "某县2016年国民经济运行简况\n\n发布时间:2017-03-01\n\n"


@pytest.mark.parametrize("sentence", [
    "全年完成固定资产投资(500万元以上项目)302.60亿元,比上年增长21.5%。",
    "全年完成固定资产投资(500万元以上)302.60亿元,比上年增长21.5%。",
    "全年完成固定资产投资(计划总投资500万元及以上项目)302.60亿元,比上年增长21.5%。",
    "全县固定资产投资(5000万元以上项目)302.60亿元,增长21.5%。",
    "全年完成固定资产投资(500万元以上口径)302.60亿元,比上年增长21.5%。",
], ids=["xiangmu", "bare", "jiyishang", "wuqianwan", "koujing"])
def test_the_figure_after_the_scope_is_the_names(sentence):
    got = figures(HEAD + sentence + "\n", FIELDS, meta=META)
    assert ("fixed_investment", 2016, "actual", 302.6) in got
    assert ("fixed_investment_growth", 2016, "actual", 21.5) in got
    assert not any(f[0] == "fixed_investment" and f[3] < 1 for f in got)


def test_a_bracket_of_another_years_figure_is_read_as_before():
    got = figures(HEAD + "地区生产总值(2015年为321亿元)增长7%。\n", FIELDS, meta=META)
    assert ("gdp", 2015, "actual", 321.0) in got


def test_a_bracketed_aim_is_read_as_before():
    got = figures(HEAD + "2017年预期目标:一般公共预算收入(同口径增长5%以上)。\n", FIELDS, meta=META)
    assert ("fiscal_revenue_growth", 2017, "target", 5.0) in got
