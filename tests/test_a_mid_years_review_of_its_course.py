"""Shapes of a mid-year review of the year's course (上半年经济形势分析会, 1—7月经济运行调度会). A short sentence that
turns to a part of the year (先看上半年。再看1—7月份。) leads the paragraph's figures; a year of its own before the item's
(2017年全县地区生产总值为232.7亿元) is that whole year's under a section of the half year too; what the rest of the year
must do (下半年GDP必须增长6.4%以上) is no outcome; an aim in quotation marks (对照年初确定的“增长11%左右”的目标) is no
outcome of the year a clause before it named; and the whole year's aim to complete (要完成全年…增长6.5%的目标) is of
the item's year though an earlier clause named last year. (Issue 23, class 1: time.) Negatives: a part-year outcome
said plainly stays; last year's outcome stays last year's. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str, region: str, charted: bool = False) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": region}, charted=charted)


SPEECH = ("在全县1—7月份经济运行调度会上的讲话\n县长 ×××\n2025年8月15日\n一、当前经济运行态势\n{}\n")


@pytest.mark.parametrize("sentence, key, value", [
    ("先看上半年。全县实现地区生产总值138.2亿元,增长5.6%。", "gdp", 138.2),
    ("先看上半年。全县实现地区生产总值138.2亿元,增长5.6%。", "gdp_growth", 5.6),
    ("先看上半年。社会消费品零售总额57.8亿元,增长6.3%。", "retail_sales", 57.8),
    ("再看上半年。一般公共预算收入8.1亿元,增长4.9%。", "fiscal_revenue_growth", 4.9),
    ("接着看上半年。固定资产投资增长6.1%。", "fixed_investment_growth", 6.1),
])
def test_a_sentence_turning_to_a_part_leads_its_paragraph(sentence, key, value):
    got = read(SPEECH.format(sentence), "宝丰县")
    assert (key, 2025, "H1", "actual", value) in got, got
    assert not any(i == key and p == "M1-M7" for i, y, p, k, v in got), got


HALF = ("关于2017年上半年国民经济和社会发展计划执行情况的报告\n(2017年8月29日)\n一、上半年计划执行情况\n"
        "上半年,全县地区生产总值增长8.9%。{}\n")


@pytest.mark.parametrize("sentence, key, year, value", [
    ("2016年全县地区生产总值为232.7亿元。", "gdp", 2016, 232.7),
    ("2016年全县一般公共预算收入为14.8亿元。", "fiscal_revenue", 2016, 14.8),
    ("2016年全县社会消费品零售总额为88.6亿元。", "retail_sales", 2016, 88.6),
    ("2016年全县规上工业增加值增长7.7%。", "industrial_va_growth", 2016, 7.7),
    ("2015年全县地区生产总值为201.3亿元。", "gdp", 2015, 201.3),
])
def test_a_year_of_its_own_under_a_half_years_section_is_the_whole_year(sentence, key, year, value):
    got = read(HALF.format(sentence), "崇义县")
    assert (key, year, "year", "actual", value) in got, got


def test_a_part_year_outcome_said_plainly_stays():
    assert ("gdp_growth", 2017, "H1", "actual", 8.9) in read(HALF.format(""), "崇义县")


REST = ("在全县1—7月份经济运行调度会上的讲话\n2025年8月15日\n二、完成全年目标的艰巨性\n"
        "去年,全县地区生产总值增长5.1%。{}\n")


@pytest.mark.parametrize("sentence, value", [
    ("按照这个基数测算,下半年GDP必须增长6.4%以上,才能完成全年目标。", 6.4),
    ("按这个基数,下半年地区生产总值必须增长6.9%以上。", 6.9),
    ("固定资产投资后5个月需增长9.4%以上。", 9.4),
    ("测算下来,四季度规上工业增加值必须增长11.2%。", 11.2),
    ("下半年社会消费品零售总额必须增长7.5%以上才能完成任务。", 7.5),
    ("照此测算,下半年一般公共预算收入必须增长8.2%以上。", 8.2),
])
def test_what_the_rest_of_the_year_must_do_is_no_outcome(sentence, value):
    got = read(REST.format(sentence), "宝丰县", charted=True)
    assert not any(k == "actual" and v == value for i, y, p, k, v in got), got


def test_last_years_outcome_stays_last_years():
    assert ("gdp_growth", 2024, "year", "actual", 5.1) in read(REST.format(""), "宝丰县")


AIMS = ("砚山县2024年上半年计划执行情况的报告\n(2024年8月28日)\n三、存在的问题\n{}\n")


@pytest.mark.parametrize("sentence, key, year, value", [
    ("2023年全县实现地区生产总值214.9亿元,基数较高;要完成全年地区生产总值增长6.5%的目标,下半年需加快。", "gdp_growth", 2024, 6.5),
    ("2023年全县固定资产投资增长9%;固定资产投资降幅较大,完成全年增长8%的目标难度极大。", "fixed_investment_growth", 2024, 8.0),
    ("2023年全县社会消费品零售总额60.8亿元;要完成全年社会消费品零售总额增长7%的目标,仍需努力。", "retail_sales_growth", 2024, 7.0),
])
def test_the_whole_years_aim_to_complete_is_the_items_years(sentence, key, year, value):
    got = read(AIMS.format(sentence), "砚山县")
    assert (key, year, "year", "target", value) in got, got
    assert not any(i == key and y == 2023 and k == "target" for i, y, p, k, v in got), got


@pytest.mark.parametrize("aim, value", [
    ("“增长11%左右”的目标", 11.0),
    ("“增长10.5%”的目标", 10.5),
    ("“增长8%以上”的目标", 8.0),
    ("“增长9%左右”的预期目标", 9.0),
    ("“增长7.5%左右”的年度目标", 7.5),
])
def test_an_aim_in_quotation_marks_is_no_outcome(aim, value):
    text = ("2014年前三季度全区经济运行情况分析\n发布时间:2014-10-28\n前三季度,全区地区生产总值增长11.2%。"
            "2013年全区地区生产总值为712.4亿元,对照年初确定的" + aim + ",全年任务依然艰巨。\n")
    got = read(text, "江都区", charted=True)
    assert not any(k == "actual" and v == value for i, y, p, k, v in got), got
