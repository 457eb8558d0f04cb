"""A statistics release reads the year it reports on from its title or its head; when that year is named with a part of
it (2021年一季度, 2023年1-5月, 2019年前三季度), the release is of that part, and its outcomes of that year not said to be
the whole year's are the part's wherever they stand, also before the phrase (issue 23, found by reading every
development text without its first line: an undated release's first paragraph, above the line naming its quarter,
was charted as the whole year's). Negatives: a year named alone (2021年,…) leaves figures the year's; a figure said to
be the whole year's (全年) stays the year's. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures


def rows_of(text: str) -> set[tuple]:
    return figures(text, ("indicator", "period"), meta={"region": "通江县"}, charted=True)


def period_of(rows: set[tuple], indicator: str) -> str:
    return next(period for name, period in rows if name == indicator)


RELEASE = ("通江县统计局发布经济数据\n全县规上工业增加值增长14.2%,全社会固定资产投资增长19.9%,社会消费品零售总额增长25.3%。\n"
           "另据调查,{year_and_part},全县居民人均可支配收入为6549元。\n")


@pytest.mark.parametrize("year_and_part,period", [
    ("2021年一季度", "Q1"), ("2023年1-5月", "M1-M5"), ("2019年前三季度", "Q1-Q3"), ("2022年1—4月", "M1-M4"),
    ("2020年前10个月", "M1-M10"), ("2018年第一季度", "Q1"),
])
def test_figures_before_the_years_part_are_the_parts(year_and_part, period):
    rows = rows_of(RELEASE.format(year_and_part=year_and_part))
    assert period_of(rows, "fixed_investment_growth") == period
    assert period_of(rows, "retail_sales_growth") == period


def test_a_year_named_alone_leaves_the_years_figures():
    rows = rows_of(RELEASE.format(year_and_part="2021年"))
    assert period_of(rows, "fixed_investment_growth") == "year"


def test_a_figure_said_to_be_the_whole_years_stays_the_years():
    text = ("通江县统计局发布经济数据\n全年全社会固定资产投资增长19.9%。\n"
            "另据调查,2021年一季度,全县居民人均可支配收入为6549元。\n")
    assert period_of(rows_of(text), "fixed_investment_growth") == "year"
