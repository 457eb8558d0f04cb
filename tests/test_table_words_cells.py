"""One-cell-per-line tables whose target column says a target in words (保持正增长, 与上级保持同步, 高于经济增长),
whose rows name the office in charge, or whose first column is a category before the indicator's name
(issue 23, tables): the rows after such a cell are still read, each value under its own header, and the
table's title above the header row still dates its columns. Made-up tables in this file's own wording."""

import pytest

from tests.extracting import figures

HEAD = ("关于城西市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n\n"
        "一、2022年计划执行情况\n\n")
FIELDS = ("indicator", "year", "period", "kind", "value")


def cells(*lines: str) -> str:
    return "\n\n".join(lines) + "\n\n"


def read(text: str) -> set[tuple]:
    return figures(HEAD + text, FIELDS, meta={"region": "罗湖区"})


WORDS_TARGET = cells("表2 2022年主要指标完成情况", "指标名称", "预期目标", "完成情况", "全省排名",
                     "地区生产总值增长(%)", "5.5%左右", "4.1%", "3",
                     "进出口总额增长(%)", "保持正增长", "2.6%", "9",
                     "一般公共预算收入增长(%)", "6%左右", "5.2%", "4",
                     "居民人均可支配收入增长(%)", "高于经济增长", "6.3%", "5",
                     "固定资产投资增长(%)", "8%", "7.4%", "11")


@pytest.mark.parametrize("expected", [
    ("trade_growth", 2022, "year", "actual", 2.6),               # the row whose target is in words
    ("fiscal_revenue_growth", 2022, "year", "target", 6.0),      # the rows after it
    ("fiscal_revenue_growth", 2022, "year", "actual", 5.2),
    ("disposable_income_growth", 2022, "year", "actual", 6.3),   # a second target in words
    ("fixed_investment_growth", 2022, "year", "target", 8.0),
    ("fixed_investment_growth", 2022, "year", "actual", 7.4),
])
def test_a_target_in_words_is_a_cell_of_its_row(expected):
    assert expected in read(WORDS_TARGET)


def test_a_target_in_words_gives_no_figure_and_the_ranks_none_either():
    got = read(WORDS_TARGET)
    assert not any(f[0] in ("trade_growth", "disposable_income_growth") and f[3] == "target" for f in got)
    assert not any(f[4] in (3.0, 9.0, 4.0, 5.0, 11.0) for f in got)


OFFICES = cells("表1:上半年主要指标完成情况", "类别", "指标名称", "年度目标", "完成情况", "责任部门",
                "经济发展", "1、地区生产总值增长率", "与全市保持同步", "6.2%", "区发改委",
                "2、一般公共预算收入增长率", "5%以上", "8.4%", "区财政局",
                "3、社会消费品零售总额增长率", "7%", "9.1%", "区商务局")


@pytest.mark.parametrize("expected", [
    # the title above the category column's header says the completion column is the first half's
    ("gdp_growth", 2022, "H1", "actual", 6.2),
    ("fiscal_revenue_growth", 2022, "H1", "actual", 8.4),
    ("retail_sales_growth", 2022, "H1", "actual", 9.1),
    # the year's target stays the whole year's
    ("fiscal_revenue_growth", 2022, "year", "target", 5.0),
    ("retail_sales_growth", 2022, "year", "target", 7.0),
])
def test_an_office_column_and_a_category_column_keep_the_rows_and_the_title(expected):
    assert expected in read(OFFICES)


def test_no_completion_of_the_half_is_read_as_the_whole_year():
    got = read(OFFICES)
    assert not any(f[2] == "year" and f[3] == "actual" for f in got)


NAMES = cells("表1:2022年主要预期目标完成情况", "指标名称", "2022年目标增长(%)", "2022年实际增长(%)", "指标属性",
              "地区生产总值", "6左右", "5.8", "预期性",
              "一般公共预算收入", "6.5", "7.1", "预期性",
              "全员劳动生产率", "稳步提高", "稳步提高", "预期性")


@pytest.mark.parametrize("expected", [
    ("gdp_growth", 2022, "year", "target", 6.0),
    ("gdp_growth", 2022, "year", "actual", 5.8),
    ("fiscal_revenue_growth", 2022, "year", "target", 6.5),
    ("fiscal_revenue_growth", 2022, "year", "actual", 7.1),
])
def test_an_indicator_name_is_never_taken_for_a_target_in_words(expected):
    assert expected in read(NAMES)
