"""A monitoring table whose first column groups its indicators (一级指标 | 二级指标 | 计量单位 | 1-3月), the group's cell
spanning several rows and so left out of the rows under it, reads each row's indicator from its second cell, its unit
from 计量单位, and, when neither header nor title states a year, the year of the page's date for months just past (1-3月
on a page of May); laid out one cell per line, its year may head the last column as a bare number (计量单位 / 2018).
单位GDP能源消耗 in such a table is energy per unit of GDP, and 税收占地区生产总值(GDP)比重 a share of it: neither is GDP
growth. Before, nothing of it was read (issue 23, two development documents). Made-up tables of this file's own
wording. Negatives: the months of a page's date still to come, energy per unit of GDP and a share of GDP give nothing."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
TABLE = ("一级指标 | 二级指标 | 计量单位 | {months} |\n经济稳定 | 1.地区生产总值(GDP)增长率(按可比价格计算) | % | 7.2 |\n"
         "2.居民消费价格涨幅(CPI) | % | 2.7 | |\n结构优化 | 3.服务业增加值占GDP比重 | % | 55.75 |\n"
         "4.固定资产投资增长率 | % | 9.4 | |\n资源环境 | 5.单位GDP能源消耗(按等价值计算) | % | -3.92 |\n"
         "民生改善 | 6.全体常住居民人均可支配收入增长率 | % | 10.3 |\n")
META = {"region": "青海省", "date": "2018-05-15"}


@pytest.mark.parametrize("want", [
    ("gdp_growth", 2018, "Q1", 7.2),
    ("tertiary_share", 2018, "Q1", 55.75),
    ("fixed_investment_growth", 2018, "Q1", 9.4),
    ("disposable_income_growth", 2018, "Q1", 10.3),
])
def test_a_grouped_table_of_the_months_just_past_is_read(want):
    assert want in figures(TABLE.format(months="1-3月"), FIELDS, meta=META)


def test_a_row_under_a_spanning_group_cell_keeps_its_columns():
    got = figures(TABLE.format(months="1-3月"), FIELDS, meta=META)
    assert ("fixed_investment_growth", 2018, "Q1", 9.4) in got and not any(f[3] == 2.7 for f in got)


def test_energy_per_unit_of_gdp_is_no_gdp_growth():
    got = figures(TABLE.format(months="1-3月"), FIELDS, meta=META)
    assert not any(f[3] == -3.92 for f in got)


def test_months_still_to_come_give_no_year():
    got = figures(TABLE.format(months="1-9月"), FIELDS, meta=META)
    assert not any(f[0] == "gdp_growth" for f in got)


# the same table one cell per line, its year a bare number over the last column (计量单位 / 2018)
LINES = ("2018年某省转型升级统计数据\n一级指标\n二 级 指 标\n计量单位\n2018\n经济稳定\n地区生产总值(GDP)增长率(按可比价格计算)\n%\n7.2\n"
         "居民消费价格涨幅(CPI)\n%\n2.5\n结构优化\n服务业增加值占地区生产总值(GDP)比重\n%\n47.1\n质量效益\n税收占地区生产总值(GDP)比重\n"
         "%\n13.8\n民生改善\n全体常住居民人均可支配收入增长率\n%\n9.2\n")


@pytest.mark.parametrize("want", [
    ("gdp_growth", 2018, "year", 7.2),
    ("tertiary_share", 2018, "year", 47.1),
    ("disposable_income_growth", 2018, "year", 9.2),
])
def test_the_table_one_cell_per_line_under_a_bare_year_is_read(want):
    assert want in figures(LINES, FIELDS, meta={"region": "青海省", "date": "2019-03-07"})


def test_a_share_of_gdp_named_with_its_abbreviation_is_no_gdp_growth():
    got = figures(LINES, FIELDS, meta={"region": "青海省", "date": "2019-03-07"})
    assert not any(f[3] == 13.8 for f in got)
