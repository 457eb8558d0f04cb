"""An average a year said with other words (年均增速为7.4%, 年均增幅达9.2%, 年均增速达到6.1%) is read as 年均增长 is: over
the span its clause states (2021-2024年年均增速为7.4%), and a growth it compounds to (增速为61.1%,年均增速为10%) is no one
year's (issue 23, found by writing the development texts' growth with other words: such averages were lost and a
five-year growth charted as a year's). Negatives: 年均增长 reads as before; a growth the average does not compound to
stays the year's. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")


def read(sentence: str) -> set[tuple]:
    return figures(f"谷城县概况\n{sentence}\n", FIELDS, meta={"region": "谷城县"})


@pytest.mark.parametrize("sentence,figure", [
    ("2024年,全县地区生产总值2021-2024年年均增速为7.4%。", ("gdp_growth_avg_5yr", 2024, "2021-2024", 7.4)),
    ("2024年,全县固定资产投资2021-2024年年均增幅达9.2%。", ("fixed_investment_growth_avg_5yr", 2024, "2021-2024", 9.2)),
    ("2024年,全县社会消费品零售总额2021—2024年年均增速达到6.1%。", ("retail_sales_growth_avg_5yr", 2024, "2021-2024", 6.1)),
    ("2024年,全县一般公共预算收入2021至2024年年均增幅为5.3%。", ("fiscal_revenue_growth_avg_5yr", 2024, "2021-2024", 5.3)),
])
def test_an_average_in_other_words_is_read_over_its_span(sentence, figure):
    assert figure in read(sentence)


@pytest.mark.parametrize("sentence,indicator,value", [
    ("2020年,全县一般公共预算收入由8亿元增长到12.9亿元,增速为61.1%,年均增速为10%。", "fiscal_revenue_growth", 61.1),
    ("2020年,全县地区生产总值由300亿元增长到440.8亿元,增幅为46.9%,年均增幅达8%。", "gdp_growth", 46.9),
])
def test_a_growth_an_average_in_other_words_compounds_to_is_no_years(sentence, indicator, value):
    assert not [r for r in read(sentence) if r[0] == indicator and r[3] == value]


def test_the_usual_words_read_as_before():
    assert ("gdp_growth_avg_5yr", 2024, "2021-2024", 7.4) in read("2024年,全县地区生产总值2021-2024年年均增长7.4%。")


def test_a_growth_the_average_does_not_compound_to_stays():
    assert ("gdp_growth", 2020, "year", 7.5) in read("2020年,全县地区生产总值增速为7.5%,年均增速为8.1%。")
