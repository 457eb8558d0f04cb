"""A county's page that reposts the city's news gives the city's figures first: a part of the year before the city's
whole (上半年全市实现地区生产总值…) makes the clause the city's, and the pieces after a semicolon go on with the city even
when the city's piece closed on a comparison with the province (…增长6.4%,高于全省0.4个百分点;规上工业增加值增长…).
(Issue 23, class 5.) Negatives: the county's own piece keeps its figures, and a piece that compares our figure with the
same whole it named (在全市GDP增长5.2%的背景下,高于全市1.1个百分点;…) is ours, so the pieces after it stay ours.
Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "value")


def page(body: str) -> str:
    return f"梁山县人民政府\n首页 > 新闻中心 > 县域动态\n发布时间:2024-08-12\n{body}\n来源:梁山县融媒体中心\n"


def read(body: str) -> set[tuple]:
    return figures(page(body), FIELDS, meta={"region": "梁山县"}, charted=True)


@pytest.mark.parametrize("body, fact", [
    ("上半年全市实现地区生产总值2762.4亿元,同比增长5.7%。", ("gdp", 2762.4)),
    ("前三季度全市完成规上工业增加值增长8.3%。", ("industrial_va_growth", 8.3)),
    ("1-7月全市累计完成固定资产投资增长4.4%。", ("fixed_investment_growth", 4.4)),
    ("一季度全市实现社会消费品零售总额98.6亿元。", ("retail_sales", 98.6)),
    ("上半年全市完成一般公共预算收入142.3亿元。", ("fiscal_revenue", 142.3)),
    ("前三季度全市实现地区生产总值3120.6亿元。", ("gdp", 3120.6)),
])
def test_a_part_of_the_year_before_the_citys_whole(body, fact):
    assert fact not in read(body)


@pytest.mark.parametrize("body, fact", [
    ("2023年全市实现地区生产总值4451.2亿元,增长6.4%,高于全省0.4个百分点;规上工业增加值增长10.6%。",
     ("industrial_va_growth", 10.6)),
    ("2023年全市地区生产总值增长6.4%,比全省高0.4个百分点;固定资产投资增长6.9%。", ("fixed_investment_growth", 6.9)),
    ("2023年全市生产总值增长6.4%,快于全国1.2个百分点;社会消费品零售总额增长7.1%。", ("retail_sales_growth", 7.1)),
    ("2023年全市地区生产总值增长6.4%,高于全省0.4个百分点;一般公共预算收入286.7亿元,增长7.8%。",
     ("fiscal_revenue", 286.7)),
    ("2023年全市地区生产总值增长6.4%,低于全省0.2个百分点;规上工业增加值增长5.1%。", ("industrial_va_growth", 5.1)),
])
def test_the_citys_pieces_go_on_after_a_comparison_with_the_province(body, fact):
    assert fact not in read(body)


def test_the_countys_own_piece_keeps_its_figures():
    got = read("上半年,全县实现地区生产总值172.4亿元,同比增长6.2%;规上工业增加值增长13.8%。")
    assert {("gdp", 172.4), ("industrial_va_growth", 13.8)} <= got, got


def test_a_comparison_with_the_same_whole_keeps_the_pieces_ours():
    got = read("2023年,全县地区生产总值增长6.3%,在全市GDP增长5.2%的背景下,高于全市1.1个百分点;"
               "一般公共预算收入68.4亿元,增长4.5%。")
    assert {("fiscal_revenue", 68.4), ("gdp_growth", 6.3)} <= got, got
