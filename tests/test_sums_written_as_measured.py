"""A sum of four significant digits or more is written as measured, not set, whatever its unit: 557700万元 as much as
55.77亿元. Where a text does not say whether a figure of the year it is dated in is an aim or an outcome, such a sum is an
outcome, as one written to hundredths already was (issue 23, found by reading the development texts with their sums in
万元: 28 outcomes of the texts as they are, 1964亿元 and 41651万元 among them, had gone to review). Negatives: a round sum
(300亿元, 1.2万亿元) is still not said to be either and goes to review. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


def charted(sentence: str) -> set[tuple]:
    return figures(f"峡江县经济简讯\n{sentence}\n", FIELDS, meta={"region": "峡江县", "date": "2021-12-01"}, charted=True)


@pytest.mark.parametrize("sentence,figure", [
    ("2021年,全县地区生产总值557700万元。", ("gdp", 2021, "actual", 55.77)),
    ("2021年,全县地区生产总值3242500万元。", ("gdp", 2021, "actual", 324.25)),
    ("2021年,全县一般公共预算收入41651万元。", ("fiscal_revenue", 2021, "actual", 4.1651)),
    ("2021年,全县地区生产总值1964亿元。", ("gdp", 2021, "actual", 1964.0)),
    ("2021年,全县社会消费品零售总额1235万元。", ("retail_sales", 2021, "actual", 0.1235)),
])
def test_a_sum_of_four_significant_digits_is_an_outcome(sentence, figure):
    assert figure in charted(sentence)


@pytest.mark.parametrize("sentence", ["2021年,全县地区生产总值300亿元。", "2021年,全县地区生产总值1.2万亿元。"])
def test_a_round_sum_is_not_charted_as_either(sentence):
    assert not charted(sentence)
