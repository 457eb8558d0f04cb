"""A news page's table of last year's results and this year's aims (指标|去年完成|增长|今年目标), in full-width bars or plain:
去年 and 今年 are of the page's date, and the growth column belongs to last year's results beside it. Before, such
columns had no year at all, and the whole table was lost (issue 23, class 3: header semantics). Negatives: a table of
a named year's columns (2024年完成 | 2025年目标) reads as before. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "福清市数说2024\n发布时间:2025-01-16 来源:福清市融媒体中心\n"


def read(table: str) -> set[tuple]:
    return figures(HEAD + table, FIELDS, meta={"region": "福清市"}, charted=True)


ROWS = "地区生产总值|1768.2亿元|6.3%|增长6%左右\n一般公共预算收入|77.4亿元|2.8%|增长3%\n"


@pytest.mark.parametrize("header,sep", [
    ("指标|去年完成|增长|今年目标", "|"),
    ("指标｜去年完成｜增长｜今年目标", "｜"),
    ("指标 | 去年完成 | 增长 | 今年目标", " | "),
    ("指标|去年实绩|增速|今年目标", "|"),
    ("项目|去年完成情况|同比增长|今年预期目标", "|"),
])
def test_last_years_results_and_this_years_aims(header, sep):
    got = read(header + "\n" + ROWS.replace("|", sep))
    assert {("gdp", 2024, "actual", 1768.2), ("gdp_growth", 2024, "actual", 6.3), ("gdp_growth", 2025, "target", 6.0),
            ("fiscal_revenue_growth", 2024, "actual", 2.8), ("fiscal_revenue_growth", 2025, "target", 3.0)} <= got, got


def test_named_years_as_before():
    got = read("指标|2024年完成|增长|2025年目标\n" + ROWS)
    assert ("gdp", 2024, "actual", 1768.2) in got and ("gdp_growth", 2025, "target", 6.0) in got
