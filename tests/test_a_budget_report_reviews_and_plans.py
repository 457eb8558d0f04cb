"""A budget report (X区2023年预算执行情况和2024年预算草案的报告) is built as a plan report is: its execution part
reviews last year, its draft part sets the coming year's figures. The draft's revenue (预计, 安排) is the year's budget,
a target, not an outcome, also when the page is undated (issue 23, found by writing a budget report in a few common
shapes: the draft's figures were charted as the coming year's outcomes). Negatives: the execution part's figures stay
last year's outcomes; a work report is still a work report. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "confidence")
META = {"region": "雁塔区"}


def read(text: str) -> set[tuple]:
    return {f[:4] for f in figures(text, FIELDS, meta=META) if f[4] == "high"}


def report(title: str, review: str, draft: str, plan: str) -> str:
    return f"{title}\n\n一、{review}\n\n全区一般公共预算收入完成65.3亿元,增长6.8%。\n\n二、{draft}\n\n{plan}\n"


@pytest.mark.parametrize("text,budget", [
    (report("关于雁塔区2023年预算执行情况和2024年预算草案的报告", "2023年预算执行情况", "2024年预算草案",
            "2024年全区一般公共预算收入预计70亿元,增长7%。"), ("fiscal_revenue", 2024, "target", 70.0)),
    (report("关于雁塔区2023年预算执行情况和2024年预算草案的报告", "2023年预算执行情况", "2024年预算草案",
            "2024年全区一般公共预算收入预计70亿元,增长7%。"), ("fiscal_revenue_growth", 2024, "target", 7.0)),
    (report("雁塔区2023年财政预算执行情况及2024年财政预算(草案)", "2023年财政预算执行情况", "2024年财政预算(草案)",
            "全区一般公共预算收入预计72亿元。"), ("fiscal_revenue", 2024, "target", 72.0)),
    (report("关于雁塔区2023年区级预算执行情况和2024年区级预算草案的报告", "2023年区级预算执行情况", "2024年区级预算草案",
            "一般公共预算收入预计增长6.5%。"), ("fiscal_revenue_growth", 2024, "target", 6.5)),
    (report("关于雁塔区2023年全区预算执行情况与2024年全区预算草案的报告", "2023年全区预算执行情况", "2024年全区预算草案",
            "全区一般公共预算收入预计71亿元。"), ("fiscal_revenue", 2024, "target", 71.0)),
])
def test_a_budget_drafts_figures_are_the_years_targets(text, budget):
    got = read(text)
    assert budget in got
    assert (budget[0], budget[1], "actual", budget[3]) not in got


def test_the_execution_part_stays_last_years_outcome():
    text = report("关于雁塔区2023年预算执行情况和2024年预算草案的报告", "2023年预算执行情况", "2024年预算草案",
                  "2024年全区一般公共预算收入预计70亿元。")
    assert ("fiscal_revenue", 2023, "actual", 65.3) in read(text)


def test_a_work_report_is_still_read_as_one():
    text = ("雁塔区2024年政府工作报告\n\n一、2023年工作回顾\n\n全区地区生产总值完成2480亿元,增长5.2%。\n\n"
            "二、2024年主要预期目标\n\n地区生产总值增长6%左右。\n")
    got = read(text)
    assert ("gdp", 2023, "actual", 2480.0) in got and ("gdp_growth", 2024, "target", 6.0) in got
