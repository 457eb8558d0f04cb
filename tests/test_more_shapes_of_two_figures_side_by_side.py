"""More shapes of a page that sets last year's result beside this year's aim (issue 23): a box-barred table whose header
names the two (主要指标 │ 2023年 完成 │ 2024年 预期), its aim column blank where none was set (——); a legend of marks
(○ = 2024年实绩  ● = 2025年预期目标) over cards named in brackets; labels with two-digit years after the card's name
(地区生产总值  24年实绩 176.4亿元/+3.2% ▸ 25年预期 +5%左右); numbered rows with leaders and a growth in brackets
(01 地区生产总值 …… 146.8亿元(+5.1%) → +6%左右) under a reading note (指标名称 / 2023年实际完成 → 2024年奋斗目标); a
legend naming the right side a task book (竖线左边是2024年“成绩单”,右边是2025年“任务书”). Also a table's sub-row of
growth (其中:增长) under its level's row, and a column's year written straight before its part (2024一季度). Negatives:
a plan's table with a unit column under a header of aims and results is read as a table, not as pairs. Made-up pages in
this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = "一图读懂|2024年某区政府工作报告主要指标\n发布时间:2024-01-19 16:05 来源:区发展和改革局\n\n"
HEAD25 = HEAD.replace("2024年某区", "2025年某区").replace("2024-01-19", "2025-01-14")

BOXED = HEAD + (" 主要指标     │ 2023年 完成         │ 2024年 预期\n 地区生产总值 │ 281.4亿元,增长6.8%  │ 增长6.5%左右\n"
                " 一般公共预算收入 │ 14.06亿元,增长8.1% │ 增长6%\n 三产占GDP比重 │ 39.8%              │ ——\n")
MARKED = HEAD25 + ("图例:○ = 2024年实绩    ● = 2025年预期目标\n\n【地区生产总值】\n  ○ 171.5亿元,增长5.3%\n  ● 增长5.5%\n"
                   "【第三产业】\n  ○ 三产增加值占GDP比重48.2%\n  ● ——\n【城镇登记失业率】\n  ○ 2.1%\n  ● 控制在4%以内\n")
TWO_DIGIT = HEAD25 + ("注:前为2024年实绩,后为2025年预期。\n\n【01】地区生产总值  24年实绩 176.4亿元/+3.2% ▸ 25年预期 +5%左右\n"
                      "【02】一般公共预算收入  24年实绩 12.8亿元/-6.3% ▸ 25年预期 +3%\n")
LEADERS = HEAD + ("阅读提示:每行依次为 指标名称 / 2023年实际完成 → 2024年奋斗目标。\n\n01 地区生产总值 .......... 146.8亿元(+5.1%) → +6%左右\n"
                  "03 固定资产投资 .......... -5.6% → +4%\n")
TASKS = HEAD25 + ("📅 竖线左边是2025年\"成绩单\"(完成),右边是2025年\"任务书\"(目标)\n".replace("2025年\"成绩单", "2024年\"成绩单") +
                  "1️⃣ GDP:1036.8亿元、增长4.1% | 增长5%左右\n4️⃣ 社零总额:342.5亿元、增长3.8% | 增长5%\n")
SUB_ROWS = ("某市2024年政府工作报告主要指标对照表\n发布时间:2024-01-12 11:40\n\n序号|指标名称|单位|2023年计划|2023年完成|2024年计划\n"
            "1|一般公共预算收入|亿元|9.3|9.36|9.73\n2|  其中:增长|%|5|5.8|4\n3|社会消费品零售总额|亿元|71.6|72.1|77.9\n"
            "4|  其中:增长|%|8|8.9|8\n")
QUARTER = ("某市2024年一季度主要指标进展\n发布时间:2024-04-25 17:02 来源:某市统计局\n\n"
           "| 指标 | 2024一季度 |\n| 地区生产总值增速 | 4.2% |\n| 规上工业增加值增速 | 3.8% |\n")


@pytest.mark.parametrize("page,fact", [
    (BOXED, ("gdp", 2023, "year", "actual", 281.4)),
    (BOXED, ("fiscal_revenue_growth", 2023, "year", "actual", 8.1)),
    (MARKED, ("gdp", 2024, "year", "actual", 171.5)),
    (MARKED, ("tertiary_share", 2024, "year", "actual", 48.2)),
    (MARKED, ("unemployment_rate", 2025, "year", "target", 4.0)),
    (TWO_DIGIT, ("gdp", 2024, "year", "actual", 176.4)),
    (TWO_DIGIT, ("fiscal_revenue_growth", 2024, "year", "actual", -6.3)),
    (TWO_DIGIT, ("gdp_growth", 2025, "year", "target", 5.0)),
    (LEADERS, ("gdp", 2023, "year", "actual", 146.8)),
    (LEADERS, ("fixed_investment_growth", 2023, "year", "actual", -5.6)),
    (TASKS, ("gdp_growth", 2025, "year", "target", 5.0)),
    (TASKS, ("retail_sales", 2024, "year", "actual", 342.5)),
    (SUB_ROWS, ("fiscal_revenue_growth", 2023, "year", "actual", 5.8)),
    (SUB_ROWS, ("retail_sales_growth", 2024, "year", "target", 8.0)),
    (QUARTER, ("gdp_growth", 2024, "Q1", "actual", 4.2)),
])
def test_each_figure_has_its_own_year_and_kind(page, fact):
    assert fact in figures(page, FIELDS, meta={"region": "某区"})


@pytest.mark.parametrize("page", [BOXED, MARKED, TWO_DIGIT, LEADERS, TASKS])
def test_no_aim_is_read_as_last_years_result(page):
    got = figures(page, FIELDS, meta={"region": "某区"})
    aims = {(i, v) for i, y, p, k, v in got if k == "target"}
    assert not any(k == "actual" and (i, v) in aims for i, y, p, k, v in got), got


def test_a_plan_table_with_a_unit_column_stays_a_table():
    text = ("表1 2022年某市国民经济和社会发展计划完成情况\n序号 | 指标名称 | 单位 | 2022年 计划目标 | 2022年实绩\n"
            "1 | 地区生产总值 | 亿元 | 增长7%左右 | 8029.8\n规上工业增加值 | 亿元 | 增长9%左\n")
    got = figures(text, FIELDS, meta={"region": "某市"})
    assert not any(i == "industrial_va_growth" and k == "actual" for i, y, p, k, v in got), got


def test_a_tables_two_rows_of_one_name_stay_a_table():
    text = ("某县2022年主要经济指标完成情况\n发布时间:2023-01-10\n指标 | 2022年目标 | 2022年完成 | 完成目标情况\n"
            "地区生产总值增速 | 7% | 5.3% | 未完成\n一般公共预算收入 | 16.5亿元 | 16.85亿元 | 完成\n"
            "一般公共预算收入增速 | 6.5% | 8.9% | 超额完成\n")
    got = figures(text, FIELDS, meta={"region": "某县"})
    assert ("fiscal_revenue_growth", 2022, "year", "target", 6.5) in got and ("fiscal_revenue", 2022, "year", "actual", 16.85) in got, got
