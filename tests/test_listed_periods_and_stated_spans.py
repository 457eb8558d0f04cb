"""Two rules, in texts written for this test:

1. Parts of the year listed before one name, then 分别 with as many values (一季度、上半年、全年GDP分别增长…): each value
   is that name's for the part in the same place of the list; a count that does not match gives none.
2. An average whose clause states its own span of years (2021-2024年年均增长7.4%) is over that span, even inside a
   paragraph about a five-year plan whose span is longer.
"""

import pytest

from tests.extracting import figures

BULLETIN = "2024年罗湖区国民经济和社会发展统计公报\n"
FIELDS = ("indicator", "year", "period", "value")


def read(text):
    return figures(BULLETIN + text, FIELDS, meta={"region": "罗湖区"})


@pytest.mark.parametrize("text, expected", [
    ("一季度、上半年、前三季度、全年全区GDP分别增长6.7%、6.6%、6.2%、6.0%,排名靠前。",
     {("gdp_growth", 2024, "Q1", 6.7), ("gdp_growth", 2024, "H1", 6.6), ("gdp_growth", 2024, "Q1-Q3", 6.2),
      ("gdp_growth", 2024, "year", 6.0)}),
    ("上半年、全年全区社会消费品零售总额分别增长4.1%和5.3%。",
     {("retail_sales_growth", 2024, "H1", 4.1), ("retail_sales_growth", 2024, "year", 5.3)}),
    ("一季度和前三季度全区固定资产投资分别增长2.2%、3.9%。",
     {("fixed_investment_growth", 2024, "Q1", 2.2), ("fixed_investment_growth", 2024, "Q1-Q3", 3.9)}),
    ("1-6月、全年全区规模以上工业增加值分别增长8%、9.1%。",
     {("industrial_va_growth", 2024, "H1", 8.0), ("industrial_va_growth", 2024, "year", 9.1)}),
    # negatives: more values than parts, or a list of names (not parts) before the values
    ("一季度、上半年全区GDP分别增长6.7%、6.6%、6.2%。", set()),
    ("全区固定资产投资、社会消费品零售总额分别增长3.9%、5.3%。",
     {("fixed_investment_growth", 2024, "year", 3.9), ("retail_sales_growth", 2024, "year", 5.3)}),
])
def test_values_given_for_listed_parts_of_the_year(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("“十四五”以来,全区地区生产总值增速连续四年超过6%,2021-2024年年均增长7.4%。",
     ("gdp_growth_avg_5yr", 2024, "2021-2024", 7.4)),
    ("“十四五”以来,2021—2023年全区固定资产投资年均增长9%。", ("fixed_investment_growth_avg_5yr", 2023, "2021-2023", 9.0)),
    ("2020至2024年,全区社会消费品零售总额年均增长5.5%。", ("retail_sales_growth_avg_5yr", 2024, "2020-2024", 5.5)),
    ("2019-2024年间全区地区生产总值年均增长6.1%。", ("gdp_growth_avg_5yr", 2024, "2019-2024", 6.1)),
])
def test_an_average_over_the_span_its_clause_states(text, expected):
    assert expected in read(text)


def test_a_plan_paragraph_without_a_stated_span_keeps_the_plans_span():
    got = read("“十三五”时期,全区地区生产总值年均增长7.4%。")
    assert ("gdp_growth_avg_5yr", 2020, "2016-2020", 7.4) in got
    assert not any(f[2] == "2021-2024" for f in got)
