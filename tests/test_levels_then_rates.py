"""分别 after a list of levels (issue 23, class 5): names each given a level of its own, then their rates
in the same order (A 30亿元, B 12亿元, 分别增长5%和8%); and structures written with other signs or without
三次 (class 7). Made-up texts in this file's own wording."""

import pytest

from tests.extracting import figures as read_figures

REVIEW = "罗湖区人民政府工作报告\n——2022年1月12日在罗湖区第七届人民代表大会第二次会议上\n\n一、2021年工作回顾\n\n"
FIELDS = ("indicator", "year", "kind", "value")


def figures(text: str) -> set[tuple]:
    return read_figures(REVIEW + text, FIELDS, meta={"region": "罗湖区"}, charted=True)


@pytest.mark.parametrize("text, expected", [
    ("全区实现地区生产总值812.3亿元,其中服务业增加值601亿元,分别增长6.4%和7.9%。",
     {("gdp_growth", 2021, "actual", 6.4)}),
    ("全区生产总值95.2亿元,规上工业增加值11.6亿元,分别比增4.7%和12.2%。",
     {("gdp_growth", 2021, "actual", 4.7), ("industrial_va_growth", 2021, "actual", 12.2)}),
    ("固定资产投资80.1亿元、社会消费品零售总额66.3亿元、进出口总额3.1亿美元,分别比增3.3%、8.1%和5.5%。",
     {("fixed_investment_growth", 2021, "actual", 3.3), ("retail_sales_growth", 2021, "actual", 8.1),
      ("trade_growth", 2021, "actual", 5.5)}),
    ("一般公共预算收入完成3.05亿元,一般公共预算支出28.2亿元,同比分别增长12.1%、9.6%。",
     {("fiscal_revenue_growth", 2021, "actual", 12.1)}),
    ("社会消费品零售总额120亿元,地区生产总值400亿元,分别增长6%和5.2%。",
     {("retail_sales_growth", 2021, "actual", 6.0), ("gdp_growth", 2021, "actual", 5.2)}),
])
def test_rates_after_a_list_of_levels_go_to_their_names_in_order(text, expected):
    assert expected <= figures(text)


@pytest.mark.parametrize("text, absent", [
    # one level and two rates: the second rate's subject is not said
    ("地区生产总值812.3亿元,分别增长6.4%和7.9%。", ("gdp_growth", 2021, "actual", 7.9)),
    # two names but only the first has a level: the list is not one of levels
    ("地区生产总值812.3亿元,社会消费品零售总额,分别增长6.4%和7.9%。", ("retail_sales_growth", 2021, "actual", 7.9)),
    # more rates than names with levels
    ("地区生产总值812.3亿元,社会消费品零售总额300亿元,分别增长6.4%、7.9%和3%。", ("gdp_growth", 2021, "actual", 6.4)),
    # no 分别: two rates in a row stay unread
    ("地区生产总值812.3亿元,社会消费品零售总额300亿元,增长6.4%和7.9%。", ("retail_sales_growth", 2021, "actual", 7.9)),
])
def test_rates_whose_names_are_not_plain_stay_unread(text, absent):
    assert absent not in figures(text)


@pytest.mark.parametrize("text, share", [
    ("三次产业结构由12.1︰40.2︰47.7调整为11.5︰39.9︰48.6。", 48.6),   # U+FE30 between the terms
    ("三次产业比例为7.0︰55.3︰37.7。", 37.7),
    ("产业结构调整为21: 33.5: 45.5。", 45.5),                          # no 三次, spaces after the colons
    ("产业结构比4.2:38.1:57.7。", 57.7),
    ("三次产业比调整为10.8︰45.2︰44。", 44.0),
])
def test_a_structure_with_other_signs_or_without_sanci_gives_the_tertiary_share(text, share):
    assert ("tertiary_share", 2021, "actual", share) in figures(text)


@pytest.mark.parametrize("text", [
    "产业结构持续优化,服务业增加值增长5%。",
    "产业结构比上年更优,重点项目完成投资12:30前开工。",
    "三次产业结构由12.1︰40.2︰47.7。",    # a state before, and nothing after it
])
def test_no_share_without_a_structure_of_three_that_adds_to_100(text):
    assert not any(f[0] == "tertiary_share" for f in figures(text))


def test_one_structure_is_one_figure_not_one_per_phrase():
    got = [f for f in read_figures(REVIEW + "三次产业结构调整为3.2:41.7:55.1。", ("indicator", "value", "char_start"),
                                   meta={"region": "罗湖区"}) if f[0] == "tertiary_share"]
    assert len(got) == 1
