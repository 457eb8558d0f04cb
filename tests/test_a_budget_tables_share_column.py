"""A budget report's table with the share of the budget done between the outcome and its growth (项目 | 年初预算 |
调整预算 | 执行数 | 为调整预算% | 比上年增长%): the share (101.9) is no figure, and the growth is the outcome's, not the
budget's. Before, the share was charted as the year's growth target and the growth went to review (issue 23, class 3:
header semantics). Negatives: a growth right after the outcome, and a share column named as before (为预算%), read as
before. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "关于鹿邑县2024年预算执行情况和2025年预算草案的报告\n——2025年1月9日在鹿邑县第十七届人民代表大会第五次会议上\n"


def read(header: str, row: str) -> set[tuple]:
    return figures(HEAD + "一、2024年预算执行情况\n" + header + "\n" + row + "\n", FIELDS, meta={"region": "鹿邑县"}, charted=True)


@pytest.mark.parametrize("header", [
    "项目 | 年初预算 | 调整预算 | 执行数 | 为调整预算% | 比上年增长%",
    "项目 | 年初预算 | 调整预算 | 完成数 | 为调整后预算% | 比上年增长%",
    "项目 | 年初预算 | 调整预算 | 执行数 | 占调整预算% | 同比增长%",
    "项目 | 预算数 | 调整数 | 执行数 | 完成调整预算% | 增长%",
    "项目 | 年初预算 | 执行数 | 为年初预算% | 比上年增长%",
])
def test_the_share_is_no_figure_and_the_growth_is_done(header):
    cells = header.count("|")
    row = " | ".join(["一般公共预算收入(亿元)", *["15.6", "15.1", "15.38"][:cells - 2], "101.9", "3.2"])
    got = read(header, row)
    assert ("fiscal_revenue_growth", 2024, "actual", 3.2) in got, got
    assert not any(v == 101.9 for i, y, k, v in got)


def test_a_growth_right_after_the_outcome_as_before():
    got = read("项目 | 年初预算 | 执行数 | 比上年增长% | 为预算%", "一般公共预算收入(亿元) | 15.6 | 15.38 | 3.2 | 98.6")
    assert ("fiscal_revenue_growth", 2024, "actual", 3.2) in got and not any(v == 98.6 for i, y, k, v in got)
