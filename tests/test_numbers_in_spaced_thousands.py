"""A number set in spaced thousands over several groups (2 558 549万元, 1 234 567元), its unit right after it, is one number
(issue 23, found reading the development texts in 万元: a county's 生产总值达2 558 549万元 was read as no figure, only
single groups (14 632元) were joined). Negatives: a row of three-digit cells with no unit after it (100 200 300) stays
apart; a single group keeps being joined. Made-up texts of this file's own wording."""

import pytest

from etl.extract.normalize import join_split_numbers
from tests.extracting import K, figures


@pytest.mark.parametrize("sentence,figure", [
    ("2014年,全县生产总值达2 558 549万元,比上年增长9.1%。", ("gdp", 2014, 255.8549)),
    ("2014年,全县一般公共预算收入1 234 567万元。", ("fiscal_revenue", 2014, 123.4567)),
    ("2014年,全县社会消费品零售总额1 020 304万元。", ("retail_sales", 2014, 102.0304)),
    ("2014年,全县固定资产投资3 456 789万元。", ("fixed_investment", 2014, 345.6789)),
    ("2014年,全县进出口总额1 111 222万美元。", ("trade", 2014, 111.1222)),
])
def test_a_number_in_spaced_thousands_with_its_unit_is_one(sentence, figure):
    assert figure in figures(f"固始县经济运行\n{sentence}\n", ("indicator", "year", "value"), meta={"region": "固始县"})


@pytest.mark.parametrize("cells", ["100 200 300", "12 345 678", "2019 2020 2021"])
def test_a_row_of_cells_stays_apart(cells):
    assert join_split_numbers(cells, K.grammar.units) == cells


def test_a_single_group_is_still_joined():
    assert join_split_numbers("人均生产总值14 632元", K.grammar.units) == "人均生产总值14632元"
