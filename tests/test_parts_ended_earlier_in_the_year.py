"""A part of the year that ended earlier in the year of an item's date (上半年 in an item of October, 一季度 in August,
1-2月 in July) can only be that year's: its figures are charted with the date's year, as they already were one
to three months after the part ended. Before, four months or more after, they stayed in review as "no year stated near
the figure" (issue 23, nine figures of the development sets). Made-up items of this file's own wording. Negatives: a
part of the year not yet over at the date, and one named in an item of the next year's first months, stay in review."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
ITEM = "某县经济运行稳中向好\n{part},某县实现地区生产总值92.1亿元,同比增长11.6%;完成社会消费品零售总额22.5亿元,同比增长12.9%。\n"


@pytest.mark.parametrize("part, date, want", [
    ("上半年", "2017-10-11", ("gdp", 2017, "H1", 92.1)),
    ("上半年", "2017-11-20", ("gdp_growth", 2017, "H1", 11.6)),
    ("一季度", "2017-08-02", ("retail_sales", 2017, "Q1", 22.5)),
    ("1-2月", "2017-07-15", ("retail_sales_growth", 2017, "M1-M2", 12.9)),
    ("1-4月", "2017-09-15", ("gdp", 2017, "M1-M4", 92.1)),
])
def test_a_part_ended_earlier_in_the_dates_year_is_charted(part, date, want):
    assert want in figures(ITEM.format(part=part), FIELDS, meta={"region": "凤翔县", "date": date}, charted=True)


@pytest.mark.parametrize("part, date", [
    ("上半年", "2017-05-20"),
    ("前三季度", "2018-02-10"),
])
def test_a_part_not_over_or_of_the_year_before_stays_in_review(part, date):
    got = figures(ITEM.format(part=part), FIELDS, meta={"region": "凤翔县", "date": date}, charted=True)
    assert not any(f[3] == 92.1 for f in got)
