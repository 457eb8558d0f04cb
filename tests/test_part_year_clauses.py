"""Clauses that give the same name's figure for other parts of the year (issue 23, time): GDP一季度增长2.3%,
上半年增长0.2%,前三季度增长1.9% are three figures of GDP. Made-up texts in this file's own wording."""

import pytest

from tests.extracting import figures

BULLETIN = "2022年罗湖区国民经济和社会发展统计公报\n"
FIELDS = ("indicator", "year", "period", "value")


def read(text: str) -> set[tuple]:
    return figures(BULLETIN + text, FIELDS, meta={"region": "罗湖区"}, charted=True)


@pytest.mark.parametrize("text, expected", [
    ("分季度看,地区生产总值一季度同比增长3.1%,上半年同比增长2.6%,前三季度同比增长2.9%。",
     {("gdp_growth", 2022, "Q1", 3.1), ("gdp_growth", 2022, "H1", 2.6), ("gdp_growth", 2022, "Q1-Q3", 2.9)}),
    ("社会消费品零售总额一季度增长5%,上半年增长4.2%。",
     {("retail_sales_growth", 2022, "Q1", 5.0), ("retail_sales_growth", 2022, "H1", 4.2)}),
    ("规模以上工业增加值上半年增长7.7%,前三季度增长6.9%。",
     {("industrial_va_growth", 2022, "H1", 7.7), ("industrial_va_growth", 2022, "Q1-Q3", 6.9)}),
    ("固定资产投资一季度增长12%,1-9月增长8.8%。",
     {("fixed_investment_growth", 2022, "Q1", 12.0), ("fixed_investment_growth", 2022, "Q1-Q3", 8.8)}),
    ("一般公共预算收入一季度下降2.5%,上半年增长3.5%。",
     {("fiscal_revenue_growth", 2022, "Q1", -2.5), ("fiscal_revenue_growth", 2022, "H1", 3.5)}),
])
def test_each_part_of_the_year_gets_the_names_figure(text, expected):
    assert expected <= read(text)


@pytest.mark.parametrize("text, unexpected", [
    # the second figure is another measure of a comparison, not a part of the year
    ("地区生产总值增长4%,比全市高0.5个百分点。", ("gdp_growth", 2022, "year", 0.5)),
    # a branch's growth after the whole's
    ("地区生产总值增长4%,第二产业增长3%。", ("gdp_growth", 2022, "year", 3.0)),
    # the whole year again, said as an estimate: not taken as another part
    ("地区生产总值一季度增长3.1%,全年预计增长4.5%。", ("gdp_growth", 2022, "Q1", 4.5)),
    # a part of the year that opens a clause with another name's figure
    ("地区生产总值上半年增长2.6%,上半年固定资产投资增长8%。", ("gdp_growth", 2022, "H1", 8.0)),
])
def test_a_second_figure_that_is_no_part_of_the_year_is_not_the_names(text, unexpected):
    assert unexpected not in read(text)


@pytest.mark.parametrize("text, expected, not_expected", [
    # the first piece walks through the year's parts to the whole year: the later pieces are the year's
    ("地区生产总值一季度增长4.1%、上半年增长5.2%、前三季度增长5.6%,全年增长5.9%;规模以上工业增加值增长8.4%;"
     "固定资产投资增长6.1%。",
     {("industrial_va_growth", 2022, "year", 8.4), ("fixed_investment_growth", 2022, "year", 6.1)},
     {("industrial_va_growth", 2022, "Q1", 8.4), ("fixed_investment_growth", 2022, "Q1", 6.1)}),
    ("经济逐季回升,生产总值一季度增长2%、二季度累计增长3.5%;社会消费品零售总额增长6.6%。",
     {("retail_sales_growth", 2022, "year", 6.6)}, {("retail_sales_growth", 2022, "Q1", 6.6)}),
    ("一般公共预算收入上半年增长3%,全年增长4.4%;固定资产投资增长9.9%。",
     {("fixed_investment_growth", 2022, "year", 9.9)}, {("fixed_investment_growth", 2022, "H1", 9.9)}),
    # a first piece that names one part only still lends it to the pieces after it
    ("上半年,全区实现地区生产总值120.5亿元,增长5.5%;规模以上工业增加值增长7.2%;固定资产投资增长3.3%。",
     {("industrial_va_growth", 2022, "H1", 7.2), ("fixed_investment_growth", 2022, "H1", 3.3)},
     {("industrial_va_growth", 2022, "year", 7.2)}),
    ("前三季度全区生产总值增长4.8%;社会消费品零售总额增长5.1%。",
     {("retail_sales_growth", 2022, "Q1-Q3", 5.1)}, {("retail_sales_growth", 2022, "year", 5.1)}),
])
def test_a_part_of_the_year_lends_itself_to_later_pieces_only_when_it_is_the_only_one_named(
        text, expected, not_expected):
    got = {f for f in figures(BULLETIN + text, FIELDS, meta={"region": "罗湖区"})}
    assert expected <= got
    assert not (not_expected & got)
