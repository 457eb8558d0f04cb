"""A forecast of the whole year (预计…) in an item of the year's later months: a clause of its own after 预计全年… is the
whole year's forecast, not the part of the year the page led with (前三季度), and a forecast after the year's aims
restated (今年确定的目标为:…。按当前态势,预计全年…可达430亿元左右) is no aim. Before, the first was charted as the
first three quarters' outcome and the second as the year's aim (issue 23). Negatives: the part the page led with keeps
its figures; the aims restated stay aims. Made-up texts in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
SPEECH = ("某县经济工作会议讲话\n2013年12月26日\n一、今年经济工作的基本评价\n　　从已掌握的数据看:前三季度,全县完成地区生产总值138.7亿元,同比增长10.6%。\n"
          "　　据统计部门测算,预计全年可实现地区生产总值195亿元左右,增长10.8%;{line}\n")
OVERVIEW = ("某市投资环境\n发布时间:2024-08-20\n三、经济概况\n上半年,全市地区生产总值212.4亿元,增长6.1%。\n"
            "今年全市确定的目标为:地区生产总值增长7%,规上工业增加值增长9%。按当前态势,{line}\n")


@pytest.mark.parametrize("line,wrong", [
    ("预计公共财政预算收入达到8.6亿元。", ("fiscal_revenue", 2013, "Q1-Q3", "actual", 8.6)),
    ("预计一般公共预算收入完成9.1亿元。", ("fiscal_revenue", 2013, "Q1-Q3", "actual", 9.1)),
    ("预计社会消费品零售总额达到83.2亿元。", ("retail_sales", 2013, "Q1-Q3", "actual", 83.2)),
])
def test_a_clause_after_the_years_forecast_is_no_part(line, wrong):
    assert wrong not in figures(SPEECH.format(line=line), FIELDS, meta={"region": "某县"})


@pytest.mark.parametrize("line,wrong", [
    ("预计全年地区生产总值可达430亿元左右。", ("gdp", 2024, "year", "target", 430.0)),
    ("预计全年规上工业增加值增长8.5%左右。", ("industrial_va_growth", 2024, "year", "target", 8.5)),
])
def test_a_forecast_after_the_aims_is_no_aim(line, wrong):
    assert wrong not in figures(OVERVIEW.format(line=line), FIELDS, meta={"region": "某市"})


def test_the_lead_part_and_the_aims_keep_theirs():
    speech = figures(SPEECH.format(line="预计公共财政预算收入达到8.6亿元。"), FIELDS, meta={"region": "某县"})
    overview = figures(OVERVIEW.format(line="预计全年地区生产总值可达430亿元左右。"), FIELDS, meta={"region": "某市"})
    assert ("gdp", 2013, "Q1-Q3", "actual", 138.7) in speech, speech
    assert ("gdp_growth", 2024, "year", "target", 7.0) in overview, overview
