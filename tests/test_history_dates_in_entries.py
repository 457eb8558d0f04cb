"""An entry on a place (概况) that tells its history with a full date (2004年1月10日,国务院批准…更名) and then reports a
year of its own (2021年全年我区完成地区生产总值…) is not dated by that history: a year the text reports with 全年 or 我区
after it is years later. And a year said right before 全年 (2021年全年…完成) is that year's, also in an item of the
first months of a later year. Before, the entry was dated 2004 and its figures filed under 2003 (issue 23, found on set
AU after it was measured once). Made-up entries of this file's own wording. Negative: a date at the head of an item
with no later year reported still dates it."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
META = {"region": "龙子湖区"}
ENTRY = ("某区概况\n历史沿革\n2004年1月10日,国务院批准调整部分行政区划,东市区更名为某区。\n经济发展\n{s}地区生产总值113.6亿元;"
         "一般公共预算收入10.2亿元。\n")


@pytest.mark.parametrize("s, year", [
    ("2021年全年我区完成", 2021),
    ("2020年我区完成", 2020),
    ("2019年我区实现", 2019),
    ("2022年全年全区实现", 2022),
    ("2018年全年实现", 2018),
])
def test_a_history_date_does_not_date_the_entrys_figures(s, year):
    got = figures(ENTRY.format(s=s), FIELDS, meta=META)
    assert ("gdp", year, 113.6) in got and not any(f[2] == 113.6 and f[1] != year for f in got)


def test_a_year_before_whole_year_holds_in_a_spring_item():
    text = "某区经济稳步发展\n2021年全年我区完成地区生产总值113.6亿元;一般公共预算收入10.2亿元。\n"
    got = figures(text, FIELDS, meta={**META, "date": "2023-02-10"})
    assert ("fiscal_revenue", 2021, 10.2) in got and ("fiscal_revenue", 2022, 10.2) not in got


def test_a_date_at_the_head_still_dates_the_item():
    text = "某区召开经济形势分析会\n2021年4月20日,某区召开会议。会议通报,一季度全区完成地区生产总值28.4亿元,增长6.1%。\n"
    assert ("gdp", 2021, 28.4) in figures(text, FIELDS, meta=META)
