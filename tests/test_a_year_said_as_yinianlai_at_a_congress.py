"""一年来 opening a congress item's sentence (报告指出,一年来,全区地区生产总值增长1%) is the year just gone by: the year
ending at a December congress, the year before at one of January to March. Before, the item's date was taken with no
year near the figure and every such outcome went to review, even where the sentence itself said it reviews (the
check looked before the sentence only) (issue 23, class 1: congress news of December and of January-March). Negative:
一年来 in an item of June is no congress's year and stays in review. Made-up items of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


@pytest.mark.parametrize("stamp,year", [
    ("2022-12-30 10:13", 2022),
    ("2022-12-27", 2022),
    ("2023-01-10 09:00", 2022),
    ("2023-02-16", 2022),
    ("2023-03-05 15:20", 2022),
])
def test_the_year_just_gone_by(stamp, year):
    page = (f"昌平区人代会开幕\n{stamp} 来源:新京报\n区人代会开幕,区长作政府工作报告。报告指出,一年来,全区地区生产总值增长1%,"
            "一般公共预算收入增长10%。\n")
    got = figures(page, FIELDS, meta={"region": "昌平区"}, charted=True)
    assert {("gdp_growth", year, "actual", 1.0), ("fiscal_revenue_growth", year, "actual", 10.0)} <= got


def test_a_june_item():
    page = "昌平区召开座谈会\n2022-06-20 来源:新京报\n会议指出,一年来,全区地区生产总值增长1%。\n"
    assert not figures(page, FIELDS, meta={"region": "昌平区"}, charted=True)
