"""Four shapes from mid-year papers and news sidebars. A sidebar of lines each a value and then its label
(36.2亿元:地方一般公共预算收入 / 71.5亿元:财政总收入) keeps each value with its own label: the line break before a value
line was taken for a copy's run break, so the label of one line ran into the next line's value. A half year's call to
keep to the aim the year's start decided (下半年,…紧盯年初县人代会确定的…增长8%的目标) is the year's aim, not the half's.
A table's column of progress against the year's plan (完成年计划(%)) holds no growth. And a lead that says the part's
results follow (从上半年执行情况看:) ends aims a sentence listed before it. Before, each charted a wrong figure (issue 23,
class 2: kind and period, class 3: tables). Negatives: a copy cut run by run still joins; a half's own aim stays the half's.
Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
NEWS = "大埔县人代会开幕\n发布时间:2021-01-19\n"


def read(text: str, **kw) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "大埔县"}, **kw)


@pytest.mark.parametrize("second", [
    "71.5亿元:财政总收入",
    "71.5亿元:全县财政总收入",
    "71.5亿元:民生支出",
    "71.5亿元:财政收入总量",
    "71.5亿元:税收收入",
])
def test_each_value_of_a_sidebar_keeps_its_own_label(second):
    got = read(NEWS + "报告显示,2020年全县地区生产总值215.3亿元,增长4.1%。\n\n数说报告\n"
               "36.2亿元:地方一般公共预算收入\n" + second + "\n5000人:今年新增就业目标\n")
    assert not any(i == "fiscal_revenue" and v != 36.2 for i, y, p, k, v in got), got


def test_a_copy_cut_run_by_run_still_joins():
    got = read(NEWS + "2020年全县地方一般公共预算收入\n36.2亿元,增长5.3%。\n")
    assert ("fiscal_revenue", 2020, "year", "actual", 36.2) in got, got


@pytest.mark.parametrize("sentence", [
    "下半年,全县上下要紧盯年初县人代会确定的地区生产总值增长8%的目标,倒排工期。",
    "下半年,要对照年初县人大会议确定的地区生产总值增长8%的目标,加压奋进。",
    "下半年,各地要围绕年初县政府制定的地区生产总值增长8%的目标,狠抓落实。",
    "下半年,全县要锚定年初县委全会提出的地区生产总值增长8%的目标不动摇。",
    "三季度起,要紧扣年初市里下达的地区生产总值增长8%的目标,全力冲刺。",
])
def test_an_aim_decided_at_the_years_start_is_the_years(sentence):
    got = read("大埔县上半年经济形势分析会召开\n发布时间:2021-07-20\n上半年,全县地区生产总值增长7.2%。" + sentence + "\n")
    assert ("gdp_growth", 2021, "year", "target", 8.0) in got, got
    assert not any(k == "target" and p != "year" for i, y, p, k, v in got), got


def test_a_halfs_own_aim_stays_the_halfs():
    got = read("大埔县一季度经济形势分析会召开\n发布时间:2021-04-20\n一季度,全县地区生产总值增长9.2%。"
               "上半年,力争全县地区生产总值增长8%。\n")
    assert ("gdp_growth", 2021, "H1", "target", 8.0) in got, got


@pytest.mark.parametrize("header", [
    "指标    单位    前三季度    同比增长(%)    完成年计划(%)",
    "指标    单位    前三季度    增速(%)    完成年计划(%)",
    "指标    单位    1-9月    增速(%)    完成全年计划(%)",
    "指标    单位    前三季度    增速(%)    完成年度计划(%)",
    "指标    单位    前三季度    增速(%)    占年计划(%)",
])
def test_a_column_of_progress_against_the_plan_holds_no_growth(header):
    got = read("大埔县2021年前三季度经济运行情况\n发布时间:2021-10-26\n" + header + "\n"
               "固定资产投资    亿元    156.2    -4.5    68.4\n社会消费品零售总额    亿元    98.4    11.7    74.6\n")
    assert not any(v in (68.4, 74.6) for i, y, p, k, v in got), got


@pytest.mark.parametrize("lead, words, part", [
    ("从上半年执行情况看:", "上半年", "H1"), ("从上半年运行情况来看:", "上半年", "H1"), ("从上半年完成情况看:", "上半年", "H1"),
    ("从前三季度执行情况看:", "前三季度", "Q1-Q3"), ("从一季度运行情况看:", "一季度", "Q1")])
def test_a_lead_to_the_parts_results_ends_the_aims(lead, words, part):
    text = (f"关于大埔县2021年{words}计划执行情况的报告\n——2021年7月27日在大埔县人大常委会会议上\n"
            f"一、{words}计划执行情况\n年初县人代会确定的全年主要目标为:地区生产总值增长8%,社会消费品零售总额增长9%。" + lead + "\n"
            "1.经济平稳增长。全县实现地区生产总值106.3亿元,同比增长7.2%。\n"
            "2.消费市场回暖。社会消费品零售总额44.1亿元,增长10.5%。\n")
    got = read(text)
    assert ("retail_sales_growth", 2021, part, "actual", 10.5) in got, got
    assert ("retail_sales_growth", 2021, "year", "target", 9.0) in got, got
