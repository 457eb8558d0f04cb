"""Two rules of time inside one clause, in texts written for this test:

1. A year stated between a name and its figure (一般公共预算收入2020年跨过60亿元关口,达到61.0亿元) is the figure's,
   the last one when several are; a base (比2015年), a price base (按2020年不变价格), a span's start (2016年至) or an
   earlier state (由2015年的) is not.
2. A span of years, then 分别 with one value for each of its years (2016年至2020年,生产总值分别增长…): each value
   is its year's, in order; a count that does not match gives none.
"""

import pytest

from tests.extracting import figures

HEAD = "城东县“十三五”发展成就\n"
FIELDS = ("indicator", "year", "value")


def read(text):
    return figures(HEAD + text, FIELDS, meta={"region": "罗湖区", "date": "2022-07-01"})


@pytest.mark.parametrize("text, expected", [
    ("全县生产总值2017年突破600亿元大关,2020年突破700亿元大关,达到715.7亿元。", ("gdp", 2020, 715.7)),
    ("全县一般公共预算收入2019年首次跨过50亿元关口,达到58.2亿元。", ("fiscal_revenue", 2019, 58.2)),
    ("全县社会消费品零售总额2018年迈上300亿元台阶,实现312.8亿元。", ("retail_sales", 2018, 312.8)),
])
def test_a_year_between_the_name_and_its_figure(text, expected):
    assert expected in read(text)


@pytest.mark.parametrize("text, not_expected", [
    ("2020年,全县生产总值比2015年增长30%。", ("gdp_growth", 2015, 30.0)),
    ("2020年,全县地区生产总值243.5亿元,按2019年不变价格计算,同比增长3%。", ("gdp_growth", 2019, 3.0)),
    ("2020年,全县生产总值由2015年的500亿元增加到715.7亿元。", ("gdp", 2015, 715.7)),
])
def test_a_base_a_price_base_or_an_earlier_state_is_not_the_figures_year(text, not_expected):
    assert not_expected not in read(text)


@pytest.mark.parametrize("text, expected", [
    ("2016年至2020年,全县生产总值分别增长5.3%、5.9%、4.3%、6.0%、3.5%。",
     {("gdp_growth", 2016, 5.3), ("gdp_growth", 2017, 5.9), ("gdp_growth", 2018, 4.3), ("gdp_growth", 2019, 6.0),
      ("gdp_growth", 2020, 3.5)}),
    ("2018-2020年,全县固定资产投资分别增长9%、7.5%、4%。",
     {("fixed_investment_growth", 2018, 9.0), ("fixed_investment_growth", 2019, 7.5),
      ("fixed_investment_growth", 2020, 4.0)}),
    # a count that does not match the span: none of them
    ("2016年至2020年,全县生产总值分别增长5.3%、5.9%、4.3%。", set()),
])
def test_a_span_of_years_then_one_value_for_each(text, expected):
    got = {f for f in read(text) if f[0].endswith("growth")}
    assert got == expected
