"""A table that gives this year before last year, then the growth (指标 | 2024年 | 2023年 | 增长%): the growth is the
later year's, of the later year's column. Before, a bare growth column took the year of the column just before it,
and this year's growth was charted as last year's, with high confidence (issue 23, class 3: the growth column belongs
to the value beside it). A column of the change in a sum (增减(亿元), 增加额) is neither a level nor a growth: before,
its cells were read as the level. Negatives: years in rising order, and a growth headed 增减% or 增减(%), still give
the later year's growth. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "沐川县2024年国民经济和社会发展统计公报\n沐川县统计局\n"
ROW = "地区生产总值(亿元) | 120.5 | 114.4 | 5.3"


def read(header: str, row: str = ROW, sep: str = " | ") -> set[tuple]:
    return figures((HEAD + header + "\n" + row + "\n").replace(" | ", sep), FIELDS, meta={"region": "沐川县"})


@pytest.mark.parametrize("header,kind", [
    ("指标 | 2024年 | 2023年 | 增长%", "actual"),
    ("指标 | 2024年完成 | 2023年完成 | 同比增长(%)", "actual"),
    ("指标 | 2024年预算 | 2023年决算 | 增长%", "target"),
    ("项目 | 2024年 | 2023年 | 增速(%)", "actual"),
    ("指标 | 2024年 | 2023年 | 比上年增长%", "actual"),
])
def test_the_growth_is_the_later_years(header, kind):
    got = read(header)
    assert ("gdp_growth", 2024, kind, 5.3) in got and ("gdp_growth", 2023, "actual", 5.3) not in got


@pytest.mark.parametrize("header", ["指标 | 2023年 | 2024年 | 增长%", "指标 | 2024年 | 2023年 | 增减%",
                                    "指标 | 2024年 | 2023年 | 增减(%)"])
def test_the_later_years_growth_also_so(header):
    row = "地区生产总值(亿元) | 114.4 | 120.5 | 5.3" if header.index("2023") < header.index("2024") else ROW
    assert ("gdp_growth", 2024, "actual", 5.3) in read(header, row)


@pytest.mark.parametrize("header,row", [
    ("指标 | 2024年 | 2023年 | 增减(亿元) | 增长%", "地区生产总值(亿元) | 120.5 | 114.4 | 6.1 | 5.3"),
    ("指标 | 2024年 | 2023年 | 增加额 | 增长%", "地区生产总值(亿元) | 120.5 | 114.4 | 6.1 | 5.3"),
    ("指标 | 本年 | 上年 | 增减额 | 增长%", "地区生产总值(亿元) | 120.5 | 114.4 | 6.1 | 5.3"),
    ("指标 | 2024年 | 增减(亿元)", "地区生产总值(亿元) | 120.5 | 6.1"),
    ("指标 | 2024年 | 2023年 | 增减量(亿元)", "一般公共预算收入(亿元) | 6.2 | 5.9 | 6.1"),
])
def test_the_change_in_a_sum_is_no_level(header, row):
    got = read(header, row)
    assert not any(v == 6.1 for i, y, k, v in got) and any(v in (120.5, 6.2) for i, y, k, v in got)
