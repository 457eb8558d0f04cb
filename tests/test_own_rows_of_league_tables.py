"""A league table of places (排名 | 区域 | 2018年GDP(亿元) | 增速(%)) on a page of one of them gives that place's figures
from its own row, labelled by its name or short name, with the column's year and indicator; the other places' rows give
nothing. Before, no row labelled by a place was read (issue 23). Made-up pages of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
LEAGUE = ("各区经济数据\n排名 | 区域 | 2018年GDP(亿元) | 增速(%) |\n1 | 渝北区 | 1543.09 | -2.8 |\n2 | 九龙坡区 | 1211.25 | 3.6 |\n"
          "3 | {own} | 1203.85 | 0.9 |\n")


@pytest.mark.parametrize("own, want", [
    ("渝中区", ("gdp", 2018, 1203.85)),
    ("渝中区", ("gdp_growth", 2018, 0.9)),
    ("渝中", ("gdp", 2018, 1203.85)),
    ("渝中", ("gdp_growth", 2018, 0.9)),
])
def test_the_pages_own_row_is_read(own, want):
    assert want in figures(LEAGUE.format(own=own), FIELDS, meta={"region": "渝中区"})


def test_a_numbered_league_of_a_years_revenue_gives_the_own_row():
    text = "2022年各区一般公共预算收入\n序号 | 地区 | 一般公共预算收入(亿元) | 增长(%) |\n1 | 渝北区 | 120.5 | 3.1 |\n2 | 渝中区 | 98.7 | 2.5 |\n"
    got = figures(text, FIELDS, meta={"region": "渝中区"})
    assert ("fiscal_revenue", 2022, 98.7) in got and ("fiscal_revenue", 2022, 120.5) not in got


@pytest.mark.parametrize("value", [1543.09, -2.8, 1211.25, 3.6])
def test_the_other_places_rows_are_not(value):
    got = figures(LEAGUE.format(own="渝中区"), FIELDS, meta={"region": "渝中区"})
    assert not any(v == value for _, _, v in got)


def test_a_page_of_no_place_in_the_league_reads_nothing():
    got = figures(LEAGUE.format(own="南岸区"), FIELDS, meta={"region": "沙坪坝区"})
    assert not any(f[0] in ("gdp", "gdp_growth") for f in got)
