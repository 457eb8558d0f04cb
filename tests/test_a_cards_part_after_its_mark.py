"""A post's card heading that is a part of the year after an emoji or a mark (📌 1—11月, ● 前三季度, ▶ 预计全年) sets the
part of the figures below it, as the bare part on its line does: a later card's part replaces an earlier's (issue
23, class 4). Negatives: the first card's figures keep the first card's part. Made-up posts in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")


def post(mark: str, part: str) -> str:
    return ("年终盘点丨2024,某区经济热力值拉满\n原创 某区发布 2024-12-20 19:30\n"
            "📌 前三季度\n地区生产总值\n487.6亿元\n增长5.7%\n\n"
            f"{mark}{part}\n规上工业增加值\n增长6.8%\n社会消费品零售总额\n289.4亿元\n增长4.9%\n")


@pytest.mark.parametrize("mark, part, fact", [
    ("📌 ", "1—11月", ("industrial_va_growth", 2024, "M1-M11", 6.8)),
    ("📌 ", "1—11月", ("retail_sales", 2024, "M1-M11", 289.4)),
    ("● ", "1—10月", ("retail_sales_growth", 2024, "M1-M10", 4.9)),
    ("▶", "1-11月:", ("industrial_va_growth", 2024, "M1-M11", 6.8)),
    ("✅ ", "1—11月", ("retail_sales_growth", 2024, "M1-M11", 4.9)),
])
def test_the_cards_part_holds_below_it(mark, part, fact):
    assert fact in figures(post(mark, part), FIELDS, meta={"region": "秦都区"})


def test_the_first_cards_part_holds_for_its_own_figures():
    got = figures(post("📌 ", "1—11月"), FIELDS, meta={"region": "秦都区"})
    assert ("gdp", 2024, "Q1-Q3", 487.6) in got, got
