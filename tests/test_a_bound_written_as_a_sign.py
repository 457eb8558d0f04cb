"""A plan table that writes a target's bound as a sign before its number (≤4.5, <3.5, ≥6): the cell is the target,
its bound the sign's (data/hedges.csv), as 以内 or 以上 would say it (issue 23, class 4). Negatives: a cell with no
sign has no bound; an outcome beside it is read as before. Made-up tables in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "qualifier")


def report(cell: str, name: str = "城镇登记失业率") -> str:
    return ("关于某县2023年国民经济和社会发展计划执行情况的报告\n——2024年1月12日在某县人民代表大会上\n一、2023年计划执行情况\n"
            "| 指标 | 单位 | 2023年计划 | 2023年完成 |\n| 地区生产总值增速 | % | 6.5 | 6.1 |\n"
            f"| {name} | % | {cell} | 3.6 |\n| 一般公共预算收入 | 亿元 | 10.3 | 10.52 |\n")


@pytest.mark.parametrize("cell, name, fact", [
    ("≤4.5", "城镇登记失业率", ("unemployment_rate", 2023, "target", 4.5, "≤")),
    ("<3.5", "城镇登记失业率", ("unemployment_rate", 2023, "target", 3.5, "<")),
    ("＜4", "城镇登记失业率", ("unemployment_rate", 2023, "target", 4.0, "<")),
    ("≤ 4.2", "城镇登记失业率", ("unemployment_rate", 2023, "target", 4.2, "≤")),
    ("≥3", "规模以上工业增加值增速", ("industrial_va_growth", 2023, "target", 3.0, "≥")),
])
def test_the_sign_is_the_targets_bound(cell, name, fact):
    assert fact in figures(report(cell, name), FIELDS, meta={"region": "营山县"}, charted=True)


def test_a_cell_without_a_sign_has_no_bound():
    got = figures(report("4.5"), FIELDS, meta={"region": "营山县"}, charted=True)
    assert ("unemployment_rate", 2023, "target", 4.5, None) in got, got
    assert ("unemployment_rate", 2023, "actual", 3.6, None) in got, got
