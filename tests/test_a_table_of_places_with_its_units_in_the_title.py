"""A roundup's table of counties whose units stand in brackets at the end of its title (表一 地区生产总值(亿元,%) over
地区 | 总量 | 增速; 表三 其他主要指标增速(%) over 地区 | 规上工业增加值 | 固定资产投资 | 社零总额): the document's own row
gives its level in the title's money unit and its growths in %, and a header naming 规上工业增加值 is no growth
column that makes the row's other rates levels (issue 23, class 4). Negatives: the other counties' rows are not the
place's. Made-up roundups in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")

PAGE = ("常山县人民政府门户网站\n2023年各县(市、区)主要经济指标\n发布时间:2024-02-22\n"
        "表一 地区生产总值(亿元,%)\n地区    总量    增速    增速位次\n全市    2125.19    6.1    —\n"
        "柯城区    386.72    5.8    4\n常山县    216.35    7.4    2\n开化县    192.06    7.5    1\n\n"
        "表二 一般公共预算收入(亿元,%)\n地区    总量    增速    增速位次\n全市    175.63    7.2    —\n"
        "柯城区    17.90    4.3    6\n常山县    18.62    9.3    1\n开化县    16.75    8.6    2\n\n"
        "表三 其他主要指标增速(%)\n地区    规上工业增加值    固定资产投资    社零总额\n全市    8.4    9.7    7.6\n"
        "柯城区    6.2    8.1    7.0\n常山县    10.6    12.1    8.5\n开化县    10.2    13.8    8.2\n\n"
        "表四 进出口总额(亿元,%)\n地区    总量    增速    增速位次\n全市    612.30    9.1    —\n"
        "柯城区    88.40    6.6    3\n常山县    45.20    12.6    1\n开化县    21.70    7.9    2\n")


@pytest.mark.parametrize("fact", [
    ("gdp", 2023, 216.35),
    ("fiscal_revenue", 2023, 18.62),
    ("fixed_investment_growth", 2023, 12.1),
    ("retail_sales_growth", 2023, 8.5),
    ("industrial_va_growth", 2023, 10.6),
    ("gdp_growth", 2023, 7.4),
    ("trade", 2023, 45.2),
])
def test_the_own_row_is_read_in_the_titles_units(fact):
    assert fact in figures(PAGE, FIELDS, meta={"region": "常山县"}, charted=True)


def test_the_other_rows_are_not_the_places():
    got = figures(PAGE, FIELDS, meta={"region": "常山县"}, charted=True)
    assert not any(f[2] in (386.72, 192.06, 13.8, 8.1) for f in got), got
