"""A table whose columns pair an aim with its outcome by a bare word (地区生产总值增长预期 | 实际 | 城镇登记失业率控制目标 |
实际), under a title that gives its unit at its end (主要预期目标完成情况(2020—2025年)　单位:%): each 实际 column is the
outcome of the indicator of the aim before it, and every cell is in percent. Before, the outcome columns named nothing and
the ceiling's column had no unit, so only the growth aims were read (issue 23, class 3: header semantics; made-up set jy).
Negatives: an aim's column keeps its aim. Made-up tables in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "宜兴市"}
TEXT = ("宜兴市主要经济指标\n宜兴市人民政府 2025-03-05\n\n表2　主要预期目标完成情况(2021—2024年)　　单位:%\n\n"
        "| 年份 | 地区生产总值增长预期 | 实际 | 一般公共预算收入增长预期 | 实际 | 城镇登记失业率控制目标 | 实际 |\n"
        "| --- | --- | --- | --- | --- | --- | --- |\n"
        "| 2021 | 7以上 | 9.1 | 6 | 8.2 | 3.5以内 | 1.82 |\n| 2022 | 6.5左右 | 2.3 | 5 | -8.9 | 3以内 | 1.95 |\n"
        "| 2023 | 5.5以上 | 5.6 | 5左右 | 7.1 | 3以内 | 1.87 |\n")


@pytest.mark.parametrize("want", [
    ("gdp_growth", 2021, "actual", 9.1),
    ("fiscal_revenue_growth", 2022, "actual", -8.9),
    ("unemployment_rate", 2023, "actual", 1.87),
    ("unemployment_rate", 2022, "target", 3.0),
    ("gdp_growth", 2023, "actual", 5.6),
    ("unemployment_rate", 2021, "actual", 1.82),
])
def test_each_outcome_is_its_aims_indicators(want):
    assert want in figures(TEXT, FIELDS, meta=META, charted=True)


def test_an_aims_column_keeps_its_aim():
    assert ("gdp_growth", 2022, "target", 6.5) in figures(TEXT, FIELDS, meta=META, charted=True)
