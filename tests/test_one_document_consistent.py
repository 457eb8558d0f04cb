"""One document read as a whole (issue 23): a figure it states again with another value is not charted
twice; a title broken over two lines does not open a plan section; pastoral residents' income is not
all residents'. Made-up texts in this file's own wording."""

import pytest

from tests.extracting import figures as read_figures

FIELDS = ("indicator", "year", "kind", "value", "confidence")
# a dated report of a known place reviewing a year, so only what this file tests decides the confidence
REVIEW = "罗湖区人民政府工作报告\n——2022年1月10日在罗湖区第七届人民代表大会第二次会议上\n\n一、2021年工作回顾\n\n"


def figures(text: str, fields: tuple[str, ...]) -> set[tuple]:
    return read_figures(text, fields, meta={"region": "罗湖区"})
PLAN_REPORT = ("关于某县2022年国民经济和社会发展计划执行情况\n\n及2023年国民经济和社会发展计划草案的报告\n\n"
               "各位代表:\n受县人民政府委托,现将计划执行情况报告如下。\n\n一、砥砺奋进,经济运行总体平稳\n\n")


@pytest.mark.parametrize("text, indicator, first, later", [
    # a sector's share of revenue after the place's own
    (REVIEW + "2021年,全区一般公共预算收入52亿元,增长4.1%。\n金融业提质增效。完成一般公共预算收入11.3亿元。", "fiscal_revenue", 52.0, 11.3),
    # a second figure told by another count
    (REVIEW + "2021年,全区地区生产总值增长7.2%。\n另据测算,地区生产总值增长7.5%。", "gdp_growth", 7.2, 7.5),
    # another retail sales after the place's (a part or a branch the text does not name as such)
    (REVIEW + "2021年,全县社会消费品零售总额86.4亿元。\n商贸流通提档加快,社会消费品零售总额21.7亿元。", "retail_sales", 86.4, 21.7),
    # a growth rate of the whole, then of a branch written like the whole
    (REVIEW + "2021年,全区规模以上工业增加值增长9.1%。\n装备制造业发展壮大,规模以上工业增加值增长15.2%。", "industrial_va_growth", 9.1, 15.2),
    # a level in the summary, then a different one in a review of five years
    (REVIEW + "2021年,全区固定资产投资增长6.3%。\n五年来的成就令人鼓舞,2021年固定资产投资增长5.9%。", "fixed_investment_growth", 6.3, 5.9),
])
def test_a_figure_stated_again_with_another_value_is_charted_once(text, indicator, first, later):
    got = {(v, c) for i, _, _, v, c in figures(text, FIELDS) if i == indicator}
    assert (first, "high") in got and (later, "low") in got


@pytest.mark.parametrize("text, indicator, value", [
    # the same figure stated twice
    (REVIEW + "2021年,全区地区生产总值增长7.2%。\n综上,2021年地区生产总值增长7.2%。", "gdp_growth", 7.2),
    # rounded the second time
    (REVIEW + "2021年,全区固定资产投资384.3亿元。\n2021年固定资产投资384亿元。", "fixed_investment", 384.0),
])
def test_a_figure_stated_again_with_the_same_value_stays_charted(text, indicator, value):
    got = {(v, c) for i, _, _, v, c in figures(text, FIELDS) if i == indicator}
    assert (value, "high") in got and not any(c == "low" for _, c in got)


def test_a_target_and_an_outcome_of_the_same_year_are_no_restatement():
    text = (REVIEW + "2021年,全区地区生产总值增长6.1%。\n2022年主要预期目标:地区生产总值增长6%左右。\n"
            "2022年上半年,地区生产总值增长5%。")
    got = figures(text, FIELDS)
    assert ("gdp_growth", 2021, "actual", 6.1, "high") in got
    assert ("gdp_growth", 2022, "target", 6.0, "high") in got


@pytest.mark.parametrize("body, expected", [
    ("2022年,全县地区生产总值完成41亿元,同比增长5%。固定资产投资完成30亿元,同比增长12%;"
     "一般公共预算收入完成2.6亿元,同比增长8%。", {("fixed_investment_growth", 2022, "actual", 12.0),
                                          ("fiscal_revenue", 2022, "actual", 2.6)}),
    ("2022年,全县地区生产总值完成41亿元。社会消费品零售总额完成15亿元,同比增长3%。",
     {("retail_sales", 2022, "actual", 15.0)}),
])
def test_a_title_broken_over_two_lines_opens_no_plan_section(body, expected):
    # the paragraph opens with no year, so the section decides the year of its later sentences
    got = {f[:4] for f in figures(PLAN_REPORT + "在县委的坚强领导下,全县上下团结一心,经济社会稳步发展。" + body, FIELDS)}
    assert expected <= got and not any(f[2] == "target" for f in got)


def test_the_plan_section_after_such_a_title_still_holds_targets():
    text = PLAN_REPORT + "二、2023年主要预期目标\n\n地区生产总值增长6%左右,一般公共预算收入增长5%。"
    got = {f[:4] for f in figures(text, FIELDS)}
    assert ("gdp_growth", 2023, "target", 6.0) in got


@pytest.mark.parametrize("words", ["农村牧区常住居民", "农村牧区居民", "牧区常住居民", "牧区居民", "农村常住居民"])
def test_rural_or_pastoral_residents_income_is_not_all_residents(words):
    text = f"2022年,全旗{words}人均可支配收入实现15200元,同比增长7%。"
    assert not any(i.startswith("disposable_income") and not i.startswith("disposable_income_")
                   for i, *_ in figures(text, FIELDS))


def test_all_residents_income_is_still_read():
    text = "2022年,全旗居民人均可支配收入实现25300元,同比增长6%。"
    assert ("disposable_income", 2022, "actual", 2.53, "high") in figures(text, FIELDS)
