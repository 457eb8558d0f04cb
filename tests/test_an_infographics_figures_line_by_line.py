"""An infographic's text sets each figure out line by line: a name and its level on one line and the growth alone on the
next (一般公共预算收入21.3亿元 / 增长7.1%), or a name alone over its growth (固定资产投资 / 增长8%以上); and after the aims
a heading of the year before (2023年主要指标) opens that year's outcomes. Before, the growth on its own line had no
name and was lost, and the outcomes under such a heading were read as the next year's aims (issue 23, classes 1 and
6: the year from structure, lines joined before reading). Negatives: a one-cell-per-line table keeps its cells; a
line of an earlier year that is no heading of it (以2023年为基数, a span, a sentence) keeps the aims. Made-up pages of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
TITLE = "一图读懂2024年沂水县政府工作报告\n"


def charted(body: str) -> set[tuple]:
    return figures(TITLE + body, FIELDS, meta={"region": "沂水县"}, charted=True)


@pytest.mark.parametrize("lines,figure", [
    ("2023年成绩单\n地区生产总值412.6亿元\n增长5.9%\n", ("gdp_growth", 2023, "actual", 5.9)),
    ("2023年成绩单\n一般公共预算收入21.3亿元\n增长7.1%\n", ("fiscal_revenue_growth", 2023, "actual", 7.1)),
    ("2023年成绩单\n社会消费品零售总额150亿元\n同比增长6.8%\n", ("retail_sales_growth", 2023, "actual", 6.8)),
    ("2024年主要预期目标\n固定资产投资\n增长8%以上\n", ("fixed_investment_growth", 2024, "target", 8.0)),
    ("2024年主要预期目标\n地区生产总值\n增长6%左右\n", ("gdp_growth", 2024, "target", 6.0)),
    ("2024年主要预期目标\n地区生产总值增长6%\n2023年主要指标\n规模以上工业增加值\n增长7.3%\n",
     ("industrial_va_growth", 2023, "actual", 7.3)),
    ("2024年主要预期目标\n地区生产总值增长6%\n二、2023年成绩单\n地区生产总值412.6亿元\n", ("gdp", 2023, "actual", 412.6)),
])
def test_a_figure_set_out_line_by_line(lines, figure):
    assert figure in charted(lines)


def test_the_outcomes_under_an_earlier_years_heading_are_no_aims():
    got = charted("2024年主要预期目标\n地区生产总值增长6%\n2023年主要指标\n地区生产总值412.6亿元\n增长5.9%\n")
    assert not {f for f in got if f[1] == 2024 and f[3] in (412.6, 5.9)}


def test_a_one_cell_per_line_table_keeps_its_cells():
    page = ("沂水县2023年主要经济指标完成情况\n指标\n单位\n绝对值\n增长(%)\n地区生产总值\n亿元\n412.6\n5.9\n"
            "一般公共预算收入\n亿元\n21.3\n7.1\n")
    got = figures(page, FIELDS, meta={"region": "沂水县"}, charted=True)
    assert {("gdp", 2023, "actual", 412.6), ("fiscal_revenue", 2023, "actual", 21.3)} <= got


@pytest.mark.parametrize("line", ["以2023年为基数", "2021-2025年规划衔接", "2023年预期增长5%,实际增长5.9%"])
def test_a_line_of_an_earlier_year_that_is_no_heading_of_it_keeps_the_aims(line):
    got = charted(f"2024年主要预期目标\n{line}\n一般公共预算收入增长5%\n")
    assert ("fiscal_revenue_growth", 2024, "target", 5.0) in got
