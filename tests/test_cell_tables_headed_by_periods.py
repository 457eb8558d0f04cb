"""A table laid out one cell per line whose value column is headed by a part of the year (指标名称 / 上半年 / 增长±%)
reads that part for the value and for the growth column beside it. Before, a header of a period alone was not taken
for a header, and nothing of the table was read (issue 23, one development document). Made-up releases of this file's
own wording. Negative: a line of a period that heads no table's cells reads nothing."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
RELEASE = "某省地区生产总值\n指标名称\n{part}\n增长±%\n地区生产总值(亿元)\n25232.39\n12.1\n第一产业增加值\n2062.70\n8.0\n"


@pytest.mark.parametrize("part, date, want", [
    ("上半年", "2021-07-29", ("gdp", 2021, "H1", 25232.39)),
    ("上半年", "2021-07-29", ("gdp_growth", 2021, "H1", 12.1)),
    ("前三季度", "2021-10-25", ("gdp", 2021, "Q1-Q3", 25232.39)),
    ("前三季度", "2021-10-25", ("gdp_growth", 2021, "Q1-Q3", 12.1)),
    ("一季度", "2021-04-20", ("gdp_growth", 2021, "Q1", 12.1)),
])
def test_a_column_headed_by_a_part_of_the_year_is_that_parts(part, date, want):
    assert want in figures(RELEASE.format(part=part), FIELDS, meta={"region": "四川省", "date": date})


def test_a_period_heading_no_cells_reads_nothing():
    text = "某省经济运行\n指标名称\n上半年\n全省经济稳中有进,各项工作扎实推进。\n"
    assert not figures(text, FIELDS, meta={"region": "四川省", "date": "2021-07-29"})
