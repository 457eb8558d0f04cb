"""An outcome read as the whole year's in a paragraph that speaks of the year so far (今年以来,…), in an item dated
before December, is the months so far, which the text does not name: not charted; and a level given only as a round
number it nears (近1000亿元) is not the figure, as one passed is not (issue 23, classes of set AE). Made-up texts of this
file's own wording; negatives: the same paragraph in a December item, an exact level after 近, and a rate after 近."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
SO_FAR = ("某省经济运行情况\n{d}\n省统计局发布数据。\n{lead},全省经济运行平稳。全省固定资产投资比上年同期增长2.9%,增速比"
          "一季度提高0.3个百分点。")


@pytest.mark.parametrize("date, lead", [("2020-07-23", "今年以来"), ("2021-04-20", "今年以来"), ("2019-10-25", "年初以来"),
                                        ("2022-08-15", "今年以来"), ("2018-11-10", "今年以来")])
def test_the_year_so_far_is_not_charted_as_the_whole_year(date, lead):
    got = figures(SO_FAR.format(d=date, lead=lead), FIELDS, meta={"region": "青海省"}, charted=True)
    assert not {f for f in got if f[0] == "fixed_investment_growth"}


def test_the_year_so_far_said_in_december_is_charted():
    got = figures(SO_FAR.format(d="2020-12-28", lead="今年以来"), FIELDS, meta={"region": "青海省"}, charted=True)
    assert ("fixed_investment_growth", 2020, "year", "actual", 2.9) in got


NEARLY = "政府工作报告\n——2012年1月8日在某市人民代表大会上\n各位代表:\n一、2011年工作回顾\n2011年,全市地区生产总值{v},增长20%。"


@pytest.mark.parametrize("level", ["近1000亿元", "近500亿元", "约1200亿元", "近30亿元", "约2.3万亿元"])
def test_a_level_given_only_as_a_round_number_it_nears_is_not_charted(level):
    got = figures(NEARLY.format(v=level), FIELDS, meta={"region": "四平市"}, charted=True)
    assert not any(f[0] == "gdp" for f in got)


@pytest.mark.parametrize("level, value", [("近987.6亿元", 987.6), ("约1234亿元", 1234.0)])
def test_an_exact_level_after_nearly_is_charted(level, value):
    got = figures(NEARLY.format(v=level), FIELDS, meta={"region": "四平市"}, charted=True)
    assert ("gdp", 2011, "year", "actual", value) in got


def test_a_rate_after_nearly_is_charted():
    text = NEARLY.format(v="987.6亿元") + "一般公共预算收入50.2亿元,同比增长近7%。"
    got = figures(text, FIELDS, meta={"region": "四平市"}, charted=True)
    assert ("fiscal_revenue_growth", 2011, "year", "actual", 7.0) in got
