"""Three layouts. An infographic's run of cards, each with its value on the line above its name (6% / 地区生产总值增长 /
8% / 规上工业增加值增长 …), is read name first: before, each name took the value below it, the next card's. A table set
out in columns of spaces whose first cell runs into its first figure after the unit in brackets
(社会消费品零售总额(亿元)1486.2   1821.7   4.2%) keeps each figure in its column. And a paragraph whose first sentence runs
through the year's course (一季度…下降36.4%;前三季度…;全年完成…,下降4.2%) goes on in the part it ended on, not the one
it opened with. (Issue 23, class 3: layout, and class 2: time.) Negatives: cards with the name above the value stay as
they were; a paragraph that opens with one part and names no other keeps it. Made-up pages in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str, **kw) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "浦江县"}, **kw)


CARDS = "图解:2025年浦江县政府工作报告\n发布时间:2025-01-17\n\n【2025年 主要预期目标】\n{}\n\n【2025年 重点工作】\n01 坚持项目为王\n"


@pytest.mark.parametrize("cards, key, value", [
    ("6%\n地区生产总值增长\n8%\n规上工业增加值增长\n5%左右\n固定资产投资增长", "industrial_va_growth", 8.0),
    ("6%\n地区生产总值增长\n8%\n规上工业增加值增长\n5%左右\n固定资产投资增长", "fixed_investment_growth", 5.0),
    ("5.5%\n社会消费品零售总额增长\n3%\n一般公共预算收入增长\n3.5%以内\n城镇登记失业率", "fiscal_revenue_growth", 3.0),
    ("5.5%\n社会消费品零售总额增长\n3%\n一般公共预算收入增长\n3.5%以内\n城镇登记失业率", "unemployment_rate", 3.5),
    ("400亿元\n地区生产总值\n7%\n规上工业增加值增长\n130亿元\n社会消费品零售总额", "retail_sales", 130.0),
])
def test_cards_with_their_value_above_their_name_are_read_name_first(cards, key, value):
    got = read(CARDS.format(cards))
    assert (key, 2025, "year", "target", value) in got, got


def test_cards_with_the_name_above_the_value_stay_as_they_were():
    got = read(CARDS.format("地区生产总值\n增长6%\n\n规上工业增加值\n增长8%"))
    assert ("gdp_growth", 2025, "year", "target", 6.0) in got, got
    assert ("industrial_va_growth", 2025, "year", "target", 8.0) in got, got


TABLE = ("浦江县国民经济和社会发展第十五个五年规划纲要\n发布时间:2026-02-10\n\n“十四五”时期主要经济指标\n"
         "指标                      2020年     2025年     年均增长\n"
         "地区生产总值(亿元)      365.2      481.3      5.6%\n"
         "{}\n"
         "进出口总额(亿元)        37.2       56.8       8.8%\n"
         "注:2025年为初步核算数。\n")


@pytest.mark.parametrize("row, key, first, last", [
    ("社会消费品零售总额(亿元)148.6     182.2      4.2%", "retail_sales", 148.6, 182.2),
    ("一般公共预算收入(亿元)22.1       26.9       4.0%", "fiscal_revenue", 22.1, 26.9),
    ("社会消费品零售总额(亿元)148.6      182.2      4.2%", "retail_sales", 148.6, 182.2),
    ("地方一般公共预算收入(亿元)22.1     26.9       4.0%", "fiscal_revenue", 22.1, 26.9),
    ("社会消费品零售总额（亿元）148.6     182.2      4.2%", "retail_sales", 148.6, 182.2),
])
def test_a_first_cell_run_into_its_figure_keeps_the_columns(row, key, first, last):
    got = read(TABLE.format(row))
    assert (key, 2020, "year", "actual", first) in got, got
    assert (key, 2025, "year", "actual", last) in got, got


REVIEW = "浦江县人民政府工作报告\n——2021年1月14日在浦江县第九届人民代表大会第五次会议上\n一、2020年工作回顾\n"


@pytest.mark.parametrize("course, after, key, value", [
    ("一季度,全县地区生产总值下降21.4%;前三季度降幅收窄至4.8%;全年完成地区生产总值371.5亿元,增长1.2%。",
     "规模以上工业增加值增长2.6%。", "industrial_va_growth", 2.6),
    ("一季度,全县地区生产总值下降21.4%;全年完成地区生产总值371.5亿元,增长1.2%,比前三季度加快2.1个百分点。",
     "固定资产投资下降8.7%。", "fixed_investment_growth", -8.7),
    ("上半年,全县地区生产总值下降3.4%;全年实现地区生产总值371.5亿元,增长1.2%。",
     "社会消费品零售总额完成138.2亿元,下降9.6%。", "retail_sales", 138.2),
    ("一季度,全县规上工业增加值下降30.1%;全年增长2.6%。",
     "一般公共预算收入完成21.3亿元,下降4.1%。", "fiscal_revenue", 21.3),
    ("一季度,全县固定资产投资下降42%;上半年降幅收窄至12.6%;全年实现增长3.1%。",
     "社会消费品零售总额下降9.6%。", "retail_sales_growth", -9.6),
])
def test_a_paragraph_goes_on_in_the_part_its_first_sentence_ends_on(course, after, key, value):
    got = read(REVIEW + course + after + "\n")
    assert (key, 2020, "year", "actual", value) in got, got


def test_a_paragraph_opened_by_one_part_keeps_it():
    got = read(REVIEW + "一季度,全县地区生产总值下降21.4%。规模以上工业增加值下降30.1%。\n")
    assert ("industrial_va_growth", 2020, "Q1", "actual", -30.1) in got, got
