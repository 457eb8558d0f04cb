"""A page's list of linked headlines names other places' figures: a title of another place's release before a colon
(> 乾县2023年统计公报:生产总值增长…), or a province by its short name with a year opening the line (■ 宁夏2023年社会消费品
零售总额…). Those figures are not the page's place's. (Issue 23, class 5.) Negatives: the page's own place in the same
shapes keeps its figures. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "value")
PAGE = ("{own}人民政府门户网站\n首页 > 政务公开 > 统计数据\n"
        "{own}2023年国民经济和社会发展统计公报\n"
        "2023年,全县地区生产总值182.4亿元。一般公共预算收入9.6亿元。\n"
        "相关信息\n{line}\n分享到: 微信 微博\n")


def read(own: str, line: str) -> set[tuple]:
    return figures(PAGE.format(own=own, line=line), FIELDS, meta={"region": own}, charted=True)


@pytest.mark.parametrize("line, fact", [
    ("  > 乾县2023年统计公报:地区生产总值增长5.4%   2024-03-20", ("gdp_growth", 5.4)),
    ("> 永寿县2023年数据快报:地区生产总值增长4.9%", ("gdp_growth", 4.9)),
    ("· 淳化县今年前三季度运行:社会消费品零售总额增长6.6%", ("retail_sales_growth", 6.6)),
    ("· 兴平市2023年经济运行简况:社会消费品零售总额增长7.7%", ("retail_sales_growth", 7.7)),
    ("■ 泾阳县1-11月经济运行:规模以上工业增加值增长8.8%", ("industrial_va_growth", 8.8)),
    ("3. 彬州市2023年财政收支情况:一般公共预算收入增长12.3%", ("fiscal_revenue_growth", 12.3)),
    ("› 三原县统计局2023年数据发布:固定资产投资下降4.6%", ("fixed_investment_growth", -4.6)),
])
def test_another_places_titled_headline(line, fact):
    assert fact not in read("礼泉县", line)


@pytest.mark.parametrize("line, fact", [
    ("  ■ 宁夏2023年社会消费品零售总额增长5.3%   2024-01-24", ("retail_sales_growth", 5.3)),
    ("· 甘肃2023年地区生产总值增长6.4%", ("gdp_growth", 6.4)),
    ("> 青海2023年规模以上工业增加值增长4.3%", ("industrial_va_growth", 4.3)),
    ("1. 山西2023年全省一般公共预算收入增长3.8%", ("fiscal_revenue_growth", 3.8)),
    ("■ 河南2023年固定资产投资增长2.1%", ("fixed_investment_growth", 2.1)),
    ("› 湖北2023年地区生产总值增长6.0%", ("gdp_growth", 6.0)),
    ("· 四川2023年社会消费品零售总额增长10.1%", ("retail_sales_growth", 10.1)),
])
def test_a_province_by_its_short_name_and_a_year(line, fact):
    assert fact not in read("礼泉县", line)


@pytest.mark.parametrize("line, fact", [
    ("  > 礼泉县2023年统计公报:地区生产总值增长6.1%", ("gdp_growth", 6.1)),
    ("· 礼泉县2023年财政收支:一般公共预算收入增长3.2%", ("fiscal_revenue_growth", 3.2)),
])
def test_the_own_places_headline_keeps_its_figure(line, fact):
    assert fact in read("礼泉县", line)


def test_the_own_province_by_its_short_name_keeps_its_figure():
    got = read("陕西省", "■ 陕西2023年社会消费品零售总额增长5.3%")
    assert ("retail_sales_growth", 5.3) in got, got
