"""Three shapes of plan and budget reports and of a bureau's page. A share planned and then done (第三产业增加值占比:计划
提高到50.5%,实际为50.2%) is the plan's aim and the year's outcome: before, the planned rise was charted as the outcome
and the outcome was lost. A budget's growth over last year (一般公共预算收入预算为13.6亿元,比上年增长6.6%) is the budget's aim,
not an outcome. And a page whose first line is a path of arrows (X县人民政府 → 政务公开 → 统计信息) takes its title from the
line below, so that a release of 1—4月 reports January to April, not the quarter an earlier paragraph recalled.
(Issue 23, classes 1 and 2.) Negatives: the outcome measured against the budget (实际完成…,为年初预算的96.3%,比上年下降2.4%)
stays the outcome; a planned rise of a growth keeps its kind. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str, region: str) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": region})


PLAN = ("关于滁州市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n——2025年1月14日在滁州市第八届人民代表大会第五次会议上\n"
        "一、2024年计划执行情况\n{}\n")


@pytest.mark.parametrize("sentence, aim, done", [
    ("第三产业增加值占比:计划提高到50.5%,实际为50.2%。", 50.5, 50.2),
    ("第三产业增加值占比计划提高到46.8%,实际为47.1%。", 46.8, 47.1),
    ("第三产业增加值比重:计划提高到41%,实际为40.6%。", 41.0, 40.6),
    ("第三产业增加值占地区生产总值比重:计划提高到52%,实际为51.7%。", 52.0, 51.7),
    ("服务业增加值占比:计划提高到49.5%,实际为49.9%。", 49.5, 49.9),
])
def test_a_planned_share_and_its_outcome(sentence, aim, done):
    got = read(PLAN.format(sentence), "滁州市")
    assert ("tertiary_share", 2024, "year", "target", aim) in got, got
    assert ("tertiary_share", 2024, "year", "actual", done) in got, got
    assert ("tertiary_share", 2024, "year", "actual", aim) not in got, got


def test_a_planned_growth_keeps_its_kind():
    got = read(PLAN.format("规模以上工业增加值:计划增长9%,实际增长9.6%。"), "滁州市")
    assert ("industrial_va_growth", 2024, "year", "target", 9.0) in got, got
    assert ("industrial_va_growth", 2024, "year", "actual", 9.6) in got, got


BUDGET = ("关于于都县2016年预算执行情况和2017年预算草案的报告\n——2017年1月9日在于都县第十七届人民代表大会第一次会议上\n"
          "一、2016年预算执行情况\n{}\n")


@pytest.mark.parametrize("sentence, value", [
    ("年初县人代会批准的一般公共预算收入预算为13.6亿元,比上年增长6.6%。", 6.6),
    ("一般公共预算收入预算为21.2亿元,比上年增长8%。", 8.0),
    ("一般公共预算收入预算为9.8亿元,较上年增长5.5%。", 5.5),
    ("全年一般公共预算收入预算为30.4亿元,同比增长7.2%。", 7.2),
    ("经县人大批准,一般公共预算收入预算为15亿元,比上年增长10%。", 10.0),
])
def test_a_budgets_growth_over_last_year_is_the_budgets_aim(sentence, value):
    got = read(BUDGET.format(sentence), "于都县")
    assert ("fiscal_revenue_growth", 2016, "year", "target", value) in got, got
    assert not any(i == "fiscal_revenue_growth" and k == "actual" and v == value for i, y, p, k, v in got), got


@pytest.mark.parametrize("sentence, value", [
    ("一般公共预算收入年初预算为14.29亿元,实际完成13.76亿元,为年初预算的96.3%,比上年下降2.4%。", -2.4),
    ("一般公共预算收入年初预算11亿元,实际完成11.36亿元,完成年初预算的103.3%,比上年增长9.7%。", 9.7),
])
def test_the_outcome_measured_against_the_budget_stays_the_outcome(sentence, value):
    got = read(BUDGET.format(sentence), "于都县")
    assert ("fiscal_revenue_growth", 2016, "year", "actual", value) in got, got


RELEASE = ("{crumb}\n\n1—4月全县主要经济指标运行情况\n时间:2025-05-22 10:06 来源:县统计局\n"
           "一季度回顾:一季度全县实现地区生产总值54.37亿元,同比增长6.1%。\n一、投资\n{}\n")


@pytest.mark.parametrize("crumb, sentence, key, value", [
    ("旺苍县人民政府 → 政务公开 → 统计信息", "全县固定资产投资同比增长6.4%。", "fixed_investment_growth", 6.4),
    ("旺苍县人民政府 → 统计信息", "全县社会消费品零售总额31.42亿元,同比增长6.8%。", "retail_sales", 31.42),
    ("旺苍县人民政府→政务公开→统计信息", "全县一般公共预算收入2.91亿元,同比增长5.3%。", "fiscal_revenue_growth", 5.3),
    ("旺苍县人民政府 → 政务公开 → 统计信息", "全县进出口总额增长12.1%。", "trade_growth", 12.1),
    ("旺苍县统计局 → 统计数据 → 月度数据", "全县规模以上工业增加值增长7.9%。", "industrial_va_growth", 7.9),
    ("当前位置:旺苍县人民政府 → 数据发布", "全县一般公共预算收入2.91亿元,同比增长5.3%。", "fiscal_revenue", 2.91),
])
def test_a_breadcrumb_of_arrows_is_no_title(crumb, sentence, key, value):
    got = read(RELEASE.format(sentence, crumb=crumb), "旺苍县")
    assert (key, 2025, "M1-M4", "actual", value) in got, got
