"""A table whose rows are parted into groups by headings on lines of their own (一、工业 / 二、消费 / 六、季度指标(1—6月))
goes on past each heading: the rows under a heading are read under the table's header, and a part of the year the
heading names is the part of its rows. A heading that names a year, or one that no row of figures follows, ends the
table as before (issue 23, class 3: tables). Made-up tables in this file's own wording."""

import pytest

from etl.extract.columns import single_spaced_tables, spaced_columns
from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "兴庆区"}
TOP = "某区统计局\n\n2023年1—10月某区主要经济指标\n\n"

PIPED = TOP + ("项目 | 单位 | 本月 | 1—10月累计 | 累计增长(%)\n"
               "一、工业\n"
               "规上工业增加值 | % | — | — | 6.6\n"
               "二、消费\n"
               "社会消费品零售总额 | 亿元 | 20.4 | 198.7 | 7.1\n"
               "三、季度指标(1—9月)\n"
               "地区生产总值 | 亿元 | — | 655.3 | 5.9\n")

SINGLE = TOP + ("指标 单位 本月 累计 累计增长(%)\n"
                "(一)工业\n"
                "规上工业增加值 % — — 6.6\n"
                "工业用电量 亿千瓦时 3.1 30.2 4.4\n"
                "(二)季度指标(1—9月)\n"
                "地区生产总值 亿元 — 655.3 5.9\n"
                "居民人均可支配收入 元 — 30126 5.2\n")

DOUBLE = TOP + ("指标名称    单位    本月    累计    累计增长(%)\n"
                "一、财政\n"
                "一般公共预算收入    亿元    4.2    51.3    8.8\n"
                "  其中:税收收入    亿元    3.3    40.6    9.9\n"
                "二、投资\n"
                "固定资产投资    %    —    —    -3.2\n"
                "民间投资    %    —    —    -8.1\n")


@pytest.mark.parametrize("page, fact", [
    (PIPED, ("industrial_va_growth", 2023, "M1-M10", "actual", 6.6)),
    (PIPED, ("retail_sales", 2023, "M1-M10", "actual", 198.7)),
    (PIPED, ("gdp", 2023, "Q1-Q3", "actual", 655.3)),
    (PIPED, ("gdp_growth", 2023, "Q1-Q3", "actual", 5.9)),
    (SINGLE, ("industrial_va_growth", 2023, "M1-M10", "actual", 6.6)),
    (SINGLE, ("gdp", 2023, "Q1-Q3", "actual", 655.3)),
    (SINGLE, ("disposable_income", 2023, "Q1-Q3", "actual", 3.0126)),
    (DOUBLE, ("fiscal_revenue", 2023, "M1-M10", "actual", 51.3)),
    (DOUBLE, ("fixed_investment_growth", 2023, "M1-M10", "actual", -3.2)),
], ids=["piped-industry", "piped-retail", "piped-gdp", "piped-gdp-growth", "single-industry", "single-gdp",
        "single-income", "double-revenue", "double-investment"])
def test_rows_past_a_group_heading_are_read(page, fact):
    assert fact in figures(page, FIELDS, meta=META)


def test_a_heading_naming_a_year_starts_a_table_of_its_own():
    page = TOP + ("指标 | 单位 | 1—10月累计 | 增长(%)\n"
                  "一般公共预算收入 | 亿元 | 51.3 | 8.8\n"
                  "二、2024年主要目标\n"
                  "指标 | 目标\n"
                  "地区生产总值增长(%) | 6\n")
    got = figures(page, FIELDS, meta=META)
    assert ("gdp_growth", 2023, "M1-M10", "actual", 6.0) not in got


@pytest.mark.parametrize("line", ["一、工业", "(三)季度指标(1—9月)", "七、消费品市场"])
def test_short_ordinal_lines_head_groups(line):
    from etl.extract.table_groups import group_heading
    assert group_heading(line)


@pytest.mark.parametrize("line", ["一、全年经济运行稳中有进,主要指标好于预期。", "工业", "1.工业", "三、增长6%",
                                  "二、2024年主要目标"])
def test_prose_and_unnumbered_lines_head_no_group(line):
    from etl.extract.table_groups import group_heading
    assert not group_heading(line)


def test_a_heading_with_no_rows_below_is_left_as_it_is():
    text = "指标 单位 本月 累计 增长\n规上工业增加值 % — — 6.6\n工业用电量 亿千瓦时 3.1 30.2 4.4\n二、下一步工作\n"
    assert single_spaced_tables(text).endswith("\n二、下一步工作\n")
    spaced = "指标    单位    本月    累计\n收入    亿元    4.2    51.3\n支出    亿元    5.1    60.2\n二、说明\n"
    assert spaced_columns(spaced).endswith("\n二、说明\n")
