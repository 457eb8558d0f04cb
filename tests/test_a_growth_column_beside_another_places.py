"""A table that sets the level above beside the place (指标 | 全市 | 增长% | 沐川县 | 增长%): the growth column after
another place's column is that place's growth, as its value column is. Before, only the column headed by the place was
left out, and the city's growth was charted as the county's (issue 22, item 5; issue 23, class 3: a growth column
belongs to the value beside it). Negatives: our own place's growth column is read; a table of our own place alone
keeps every column. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "沐川县2024年国民经济和社会发展统计公报\n沐川县统计局\n"


def charted(table: str, place: str = "沐川县") -> set[tuple]:
    return figures(HEAD + table, FIELDS, meta={"region": place}, charted=True)


@pytest.mark.parametrize("sep", [" | ", "\t"])
@pytest.mark.parametrize("other,theirs", [
    ("全市", {4.1, 6.0}), ("全省", {4.1, 6.0}), ("乐山市", {4.1, 6.0}), ("全国", {4.1, 6.0}),
])
def test_the_growth_beside_another_places_column_is_theirs(sep, other, theirs):
    rows = [["指标", "单位", other, "增长%", "沐川县", "增长%"],
            ["地区生产总值", "亿元", "2500.3", "4.1", "120.5", "5.3"],
            ["规模以上工业增加值", "亿元", "—", "6.0", "—", "8.2"]]
    got = charted("\n".join(sep.join(r) for r in rows) + "\n")
    assert not any(v in theirs for i, y, k, v in got)
    assert {("gdp_growth", 2024, "actual", 5.3), ("industrial_va_growth", 2024, "actual", 8.2)} <= got


def test_our_own_table_keeps_every_column():
    got = charted("指标 | 单位 | 绝对值 | 增长%\n地区生产总值 | 亿元 | 120.5 | 5.3\n规模以上工业增加值 | 亿元 | — | 8.2\n")
    assert {("gdp", 2024, "actual", 120.5), ("gdp_growth", 2024, "actual", 5.3),
            ("industrial_va_growth", 2024, "actual", 8.2)} <= got
