"""A budget report's table gives each column its meaning: a budget (预算数, 调整预算数, 2020年预算) is the year's aim
for the revenue, its execution (执行数, 完成数, 决算数, 预算执行数) the outcome, a share of the budget done (完成预算%)
no figure of the revenue at all, and a bare growth column (比上年增长%) the growth of the value column before it. A
table's unit on the line above (单位:万元, 金额单位:亿元) holds for a pipe table as for one laid out a cell per line
(issue 23, class 3; budget reports are read as plan reports). Before, a budget column was no column of aims, a pipe
table's unit line was not read, and a budget's growth was charted as the year's outcome in a January report.
Negatives: a revenue's own name (一般公共预算收入) in a title or a header is no budget column; a share of the budget done
is never a growth. Made-up tables of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "confidence")
META = {"region": "台州市"}
HEAD = "关于台州市2019年预算执行情况和2020年预算草案的报告\n2020年1月8日\n"
PIPES = HEAD + "表1 {title}\n{unit}\n| 项目 | {a} | {b} | {c} |\n| 一般公共预算收入 | {x} | {y} | {z} |\n| 税收收入 | 350 | 356.1 | 6.1 |\n"
CELLS = HEAD + "表1 {title}\n{unit}\n项目\n{a}\n{b}\n{c}\n一般公共预算收入\n{x}\n{y}\n{z}\n税收收入\n350\n356.1\n6.1\n"


def charted(layout: str, title="2019年一般公共预算收入执行情况", unit="单位:亿元", a="预算数", b="执行数",
            c="完成预算%", x="420", y="431.6", z="102.8") -> set[tuple]:
    page = layout.format(title=title, unit=unit, a=a, b=b, c=c, x=x, y=y, z=z)
    return {f[:4] for f in figures(page, FIELDS, meta=META) if f[4] == "high"}


@pytest.mark.parametrize("layout", [PIPES, CELLS])
@pytest.mark.parametrize("columns,want", [
    ({}, ("fiscal_revenue", 2019, "target", 420.0)),
    ({}, ("fiscal_revenue", 2019, "actual", 431.6)),
    ({"a": "调整预算数", "b": "完成数"}, ("fiscal_revenue", 2019, "target", 420.0)),
    ({"a": "年初预算", "b": "预算执行数"}, ("fiscal_revenue", 2019, "actual", 431.6)),
    ({"unit": "金额单位:万元", "x": "4200000", "y": "4316000"}, ("fiscal_revenue", 2019, "actual", 431.6)),
])
def test_a_budget_and_its_execution(layout, columns, want):
    assert want in charted(layout, **columns)


def test_a_budgets_growth_is_the_budgets():
    got = charted(PIPES, title="2020年一般公共预算收入预算表", a="2019年执行数", b="2020年预算数", c="比上年增长%",
                  x="431.6", y="457.5", z="6")
    assert {("fiscal_revenue", 2020, "target", 457.5), ("fiscal_revenue_growth", 2020, "target", 6.0)} <= got
    assert ("fiscal_revenue_growth", 2020, "actual", 6.0) not in got


@pytest.mark.parametrize("layout", [PIPES, CELLS])
def test_a_share_of_the_budget_done_is_no_growth(layout):
    assert not {f for f in charted(layout) if f[3] == 102.8}


YEARS = HEAD + "表1 2019年主要经济指标完成情况\n| 指标 | 2018年(亿元) | 2019年(亿元) | 增长% |\n" \
    "| 一般公共预算收入 | 400 | 431.6 | 7.9 |\n| 地区生产总值 | 4800 | 5134.05 | 7.3 |\n"


def test_a_revenues_name_is_no_budget_column():
    got = {f[:4] for f in figures(YEARS, FIELDS, meta=META) if f[4] == "high"}
    assert {("fiscal_revenue", 2019, "actual", 431.6), ("fiscal_revenue_growth", 2019, "actual", 7.9)} <= got
    assert not {f for f in got if f[2] == "target"}
