"""A table laid out one cell per line whose header leaves its first cell empty: its title (…主要指标预计完成情况) stands
where 指标 would, then a header per column that says what it holds (全年预期目标, 预计全年完成情况), a unit set under a
header on a line of its own ((增速%)) belonging to that header. Before, such a table was not read (issue 23, class 3:
plan reports' tables); nor was a table whose first row is a bracketed section ((一)综合), read as one more header.
Negatives: a title followed by prose, or by headers that say nothing of aims or outcomes, opens no table. Made-up
tables of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "天长市"}
HEAD = "关于天长市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n2024年1月8日\n"
ROWS = "地区生产总值\n8.5\n7.2\n固定资产投资\n12\n9.4\n一般公共预算收入\n6\n6.3\n"
WANT = {("gdp_growth", 2023, "target", 8.5), ("gdp_growth", 2023, "actual", 7.2),
        ("fixed_investment_growth", 2023, "actual", 9.4), ("fiscal_revenue_growth", 2023, "target", 6.0)}


def charted(page: str) -> set[tuple]:
    return figures(HEAD + page, FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("title", [
    "2023年主要指标预计完成情况",
    "表1 2023年主要经济指标完成情况",
    "2023年国民经济主要指标执行情况表",
    "附表:2023年主要经济指标完成情况表",
    "2023年全市主要指标计划执行情况",
])
def test_a_title_in_place_of_the_first_header(title):
    assert WANT <= charted(f"{title}\n全年预期目标(增速%)\n预计全年完成情况(增速%)\n{ROWS}")


@pytest.mark.parametrize("aim,done", [
    ("全年预期目标\n(增速%)", "预计全年完成情况\n(增速%)"),
    ("全年预期目标(增速%", "预计全年完成情况\n(增速%"),
    ("年度目标\n(%)", "实际完成\n(%)"),
    ("预期目标\n(增长%)", "完成情况\n(增长%)"),
    ("计划\n(%)", "执行\n(%)"),
])
def test_a_unit_under_its_header(aim, done):
    assert WANT <= charted(f"2023年主要指标预计完成情况\n{aim}\n{done}\n{ROWS}")


def test_a_title_before_prose_opens_no_table():
    page = "2023年主要指标完成情况\n全年经济运行总体平稳,主要指标好于预期。\n地区生产总值\n8.5\n7.2\n"
    assert not {f for f in charted(page) if f[3] in (8.5, 7.2)}


def test_headers_saying_nothing_of_aims_or_outcomes():
    page = "2023年主要指标完成情况\n全省排名\n全市排名\n地区生产总值\n3\n5\n固定资产投资\n2\n4\n"
    assert not {f for f in charted(page) if f[3] in (3.0, 5.0, 2.0, 4.0)}


def test_a_section_row_is_no_unit():
    page = "指标\n2023年目标增长(%)\n2023年完成增长(%)\n(一)综合\n地区生产总值\n8.5\n7.2\n"
    got = charted(page)
    assert {("gdp_growth", 2023, "target", 8.5), ("gdp_growth", 2023, "actual", 7.2)} <= got
