"""A table written one cell per line whose first header is 年份 (年份 / 地区生产总值(亿元) / 一般公共预算收入(亿元) /
2012 / 54058.2 / 5860.7 / 2013 / …): each row opens with its year, and its cells are that year's figures of the
headers' indicators. Before, a year opening a row was taken for a number and the table was not read (issue 23, class 3:
tables; made-up set jy). Negatives: a table headed by 指标 still takes no number for a row's label; a dash is an empty
cell. Made-up history pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
META = {"region": "浙江省"}
TEXT = ("浙江省主要经济指标(2016—2020年)\n浙江省统计局 2021-03-15\n\n表 全省主要经济指标\n\n年份\n地区生产总值(亿元)\n"
        "地区生产总值增长(%)\n一般公共预算收入(亿元)\n城镇登记失业率(%)\n"
        "2016\n47251.4\n7.6\n5301.8\n2.87\n2017\n51768.3\n7.8\n5804.4\n2.72\n"
        "2018\n56197.2\n7.1\n6598.2\n2.56\n2019\n62351.7\n6.8\n7048.6\n—\n2020\n64613.3\n3.6\n7248.2\n2.49\n")


@pytest.mark.parametrize("want", [
    ("gdp", 2016, "year", 47251.4),
    ("gdp_growth", 2017, "year", 7.8),
    ("fiscal_revenue", 2018, "year", 6598.2),
    ("unemployment_rate", 2020, "year", 2.49),
    ("fiscal_revenue", 2019, "year", 7048.6),
])
def test_each_row_is_its_years(want):
    assert want in figures(TEXT, FIELDS, meta=META, charted=True)


def test_a_dash_is_an_empty_cell():
    got = figures(TEXT, FIELDS, meta=META, charted=True)
    assert not any(f[0] == "unemployment_rate" and f[1] == 2019 for f in got)


def test_a_table_headed_by_zhibiao_takes_no_number_for_a_label():
    text = ("浙江省主要经济指标\n浙江省统计局 2021-03-15\n\n指标\n2019年\n2020年\n地区生产总值(亿元)\n62351.7\n64613.3\n"
            "2020\n7048.6\n7248.2\n")
    got = figures(text, FIELDS, meta=META, charted=True)
    assert not any(f[1] == 2020 and f[3] == 7248.2 for f in got)
