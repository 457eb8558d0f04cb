"""A table pasted with runs of spaces whose first header cell is letter-spaced across a gap (指    标), whose unit line
names the levels' unit and the percent (单位:亿元、%), and whose column of progress is split over two header rows
(完成全年 / 目标%): the columns stay in place, the levels take 亿元, and the progress column is no figure (issue 23,
class 3). Negatives: a row of two separate one-character words is not joined when more cells follow apart. Made-up
notices in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def notice(unit: str = "单位:亿元、%", first: str = "指    标") -> str:
    return ("某县2014年1-11月主要经济指标完成情况\n某县发展和改革委员会 2014年12月16日\n某县2014年1-11月主要经济指标完成情况表\n"
            f"                                                单位{unit[2:]}\n"
            f" {first}                  1-11月                  全年目标              完成全年    增速全市\n"
            "                       绝对值     增长%          绝对值     增长%        目标%       排位\n"
            " 固定资产投资           118.70     21.5          135.00       20          87.9         9\n"
            " 社会消费品零售总额      36.42     13.9           40.50       14          89.9        12\n"
            " 公共财政预算收入         9.21     18.4           10.00       15          92.1         6\n")


@pytest.mark.parametrize("fact", [
    ("retail_sales", 2014, "M1-M11", "actual", 36.42),
    ("retail_sales", 2014, "year", "target", 40.5),
    ("fiscal_revenue", 2014, "M1-M11", "actual", 9.21),
    ("fiscal_revenue", 2014, "year", "target", 10.0),
    ("fixed_investment_growth", 2014, "year", "target", 20.0),
])
def test_the_columns_and_the_levels_unit(fact):
    got = figures(notice(), FIELDS, meta={"region": "秀山土家族苗族自治县"}, charted=True)
    assert fact in got, got


@pytest.mark.parametrize("row, value", [
    ("| 外贸进出口总额 | 4.86 | -8.5 | 6.00 | — | 81.0 |", 81.0),
    ("| 社会消费品零售总额 | 36.42 | 13.9 | 40.50 | — | 89.9 |", 89.9),
    ("| 一般公共预算收入 | 9.21 | 18.4 | 10.00 | — | 92.1 |", 92.1),
    ("| 地区生产总值 | 97.3 | 11.6 | 110 | — | 88.5 |", 88.5),
    ("| 规模以上工业增加值 | 28.6 | 12.8 | 31 | — | 92.3 |", 92.3),
])
def test_the_progress_column_over_two_header_rows_is_no_figure(row, value):
    text = ("某县2014年1-11月主要经济指标完成情况\n某县发展和改革委员会 2014年12月16日\n主要经济指标完成情况表\n单位:亿元\n"
            "| 指标 | 1-11月 | | 全年目标 | | 完成全年 |\n| | 绝对值 | 增长% | 绝对值 | 增长% | 目标% |\n" + row + "\n")
    got = figures(text, FIELDS, meta={"region": "秀山土家族苗族自治县"})
    assert not any(f[4] == value for f in got), got


def test_a_unit_line_of_one_unit_still_reads():
    got = figures(notice(unit="单位:亿元"), FIELDS, meta={"region": "秀山土家族苗族自治县"}, charted=True)
    assert ("retail_sales", 2014, "M1-M11", "actual", 36.42) in got, got


@pytest.mark.parametrize("unit", ["单位:亿元、%", "单位:亿元,%", "单位:亿元/%", "单位:亿元、%、元", "单位:亿元,%"])
def test_a_unit_line_of_levels_and_percents(unit):
    text = ("某县2014年1-11月主要经济指标完成情况\n某县发展和改革委员会 2014年12月16日\n主要经济指标完成情况表\n" + unit + "\n"
            "| 指标 | 1-11月 | 增长% |\n| 社会消费品零售总额 | 36.42 | 13.9 |\n| 一般公共预算收入 | 9.21 | 18.4 |\n")
    got = figures(text, FIELDS, meta={"region": "秀山土家族苗族自治县"}, charted=True)
    assert {("retail_sales", 2014, "M1-M11", "actual", 36.42), ("fiscal_revenue", 2014, "M1-M11", "actual", 9.21)} <= got, got
