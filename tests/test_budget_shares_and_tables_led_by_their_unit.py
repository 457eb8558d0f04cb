"""Three shapes of plan and budget reports. A table whose unit is said in brackets at the end of the line leading to it
(主要指标计划与执行对照如下(单位:%):) gives its cells that unit: before, a table of bare numbers under it was not read at
all. An outcome's share of a budget named with its sum (为年初预算20.98亿元的101.8%) is progress, so the growth after it
is an outcome, not an aim. And a part-year table's column of the budget set at the year's start (年初预算) is the whole
year's, not the part's. (Issue 23, class 3: layout, and class 2: kind and time.) Negatives: a lead line naming no unit
leaves a table of bare numbers unread; the budget's sum itself stays the year's aim. Made-up pages in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str, **kw) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "泾阳县"}, **kw)


PLAN = ("关于泾阳县2024年计划执行情况及2025年计划草案的报告\n——2025年1月14日在泾阳县第十八届人民代表大会第五次会议上\n"
        "一、2024年计划执行情况\n{lead}\n| 指标 | 年初计划 | 执行情况 |\n| {name} | 6 | 5.4 |\n| 社会消费品零售总额增速 | 7 | 6.1 |\n")


@pytest.mark.parametrize("lead, name, key", [
    ("主要指标计划与执行对照如下(单位:%):", "地区生产总值增速", "gdp_growth"),
    ("主要指标完成情况见下表(单位:%)", "规模以上工业增加值增速", "industrial_va_growth"),
    ("2024年主要经济指标计划执行情况(单位:%):", "固定资产投资增速", "fixed_investment_growth"),
    ("主要指标计划与执行对照(单位:%):", "一般公共预算收入增速", "fiscal_revenue_growth"),
    ("主要指标对照表(计量单位:%)", "地区生产总值增速", "gdp_growth"),
])
def test_a_unit_in_brackets_on_the_lead_line_is_the_tables(lead, name, key):
    got = read(PLAN.format(lead=lead, name=name))
    assert (key, 2024, "year", "target", 6.0) in got, got
    assert (key, 2024, "year", "actual", 5.4) in got, got


def test_a_lead_line_naming_no_unit_leaves_bare_numbers_unread():
    got = read(PLAN.format(lead="主要指标计划与执行对照如下:", name="地区生产总值增速"))
    assert not any(v in (6.0, 5.4) for i, y, p, k, v in got), got


BUDGET = "湘乡市2024年预算执行情况和2025年预算草案的报告\n——2025年1月9日在湘乡市第十八届人民代表大会第五次会议上\n一、2024年预算执行情况\n{}\n"


@pytest.mark.parametrize("clause, growth", [
    ("2024年,地方一般公共预算收入完成21.36亿元,为年初预算20.98亿元的101.8%,同口径增长5.2%。", 5.2),
    ("2024年,一般公共预算收入完成21.36亿元,为调整预算20.5亿元的104.2%,增长3.1%。", 3.1),
    ("2024年,一般公共预算收入完成21.36亿元,为全年预算20.98亿元的101.8%,增长4.1%。", 4.1),
    ("2024年,一般公共预算收入21.36亿元,为年度预算20.98亿元的101.8%,增长2.2%。", 2.2),
    ("2024年,一般公共预算收入完成21.36亿元,达到调整预算21.1亿元的101.2%,同比增长3.3%。", 3.3),
    ("2024年,地方一般公共预算收入完成21.36亿元,为调整预算20.5亿元的104.2%,增长3.9%。", 3.9),
])
def test_a_growth_after_a_budgets_sum_and_its_share_is_an_outcome(clause, growth):
    got = read(BUDGET.format(clause))
    assert ("fiscal_revenue_growth", 2024, "year", "actual", growth) in got, got
    assert not any(i == "fiscal_revenue_growth" and k == "target" for i, y, p, k, v in got), got


def test_the_budgets_sum_stays_the_years_aim():
    got = read(BUDGET.format("2024年,地方一般公共预算收入完成21.36亿元,为年初预算20.98亿元的101.8%,同口径增长5.2%。"))
    assert ("fiscal_revenue", 2024, "year", "target", 20.98) in got, got


HALF = ("安福县2025年上半年财政收支情况\n发布时间:2025-07-22\n\n1—6月,全县财政收支运行平稳。\n"
        "附:2025年1—6月一般公共预算收入完成情况表(单位:万元)\n项目 {col} 1-6月完成 完成预算% 同比增减%\n"
        "一般公共预算收入 123000 69200 56.3 2.8\n其中:税收收入 78000 43100 55.3 1.2\n非税收入 45000 26100 58.0 5.7\n")


@pytest.mark.parametrize("col", ["年初预算", "年初预算数", "年初计划", "年初预算安排", "年初目标"])
def test_a_budget_column_set_at_the_years_start_is_the_whole_years(col):
    got = read(HALF.format(col=col))
    assert ("fiscal_revenue", 2025, "year", "target", 12.3) in got, got
    assert not any(p == "H1" and k == "target" for i, y, p, k, v in got), got
