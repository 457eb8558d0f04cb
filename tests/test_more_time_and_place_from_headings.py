"""Three shapes from made-up press conferences, speeches and annex tables, each read wrong before (issue 23, class 1
and class 3; issue 22):
- a press conference titled with the year's work report (——解读《2021年滕州市政府工作报告》, held in January 2021) speaks of
  the year that report reviews: its quarter-by-quarter figures are 2020's, not 2021's;
- the level above opening a clause with a year after its whole word (市委经济工作会议明确,全市2024年地区生产总值增长6%以上、
  …) sets the level above's aims, not the county's;
- a table's row that names its part of the year in brackets (地区生产总值(前三季度) | 亿元 | 551.36) is of that part, not
  of the months the page's title names.
Negatives: a press conference on a statistics release of its own year, the county's own aims, and a row with a unit in
brackets, read as before. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


@pytest.mark.parametrize("answer,expected", [
    ("一季度全市GDP下降4.1%,全年增长3.9%。", ("gdp_growth", 2020, "year", "actual", 3.9)),
    ("全年规模以上工业增加值增长5.2%。", ("industrial_va_growth", 2020, "year", "actual", 5.2)),
    ("全年一般公共预算收入78.6亿元,增长1.2%。", ("fiscal_revenue", 2020, "year", "actual", 78.6)),
    ("全年社会消费品零售总额下降3.1%。", ("retail_sales_growth", 2020, "year", "actual", -3.1)),
    ("全年固定资产投资增长4.4%。", ("fixed_investment_growth", 2020, "year", "actual", 4.4)),
])
def test_a_press_conference_on_the_report_speaks_of_the_year_before(answer, expected):
    text = ("滕州市人民政府新闻办公室新闻发布会\n——解读《2021年滕州市政府工作报告》\n时间:2021年1月28日上午9:30\n"
            "地点:市政务服务中心新闻发布厅\n主持人:各位媒体朋友,上午好!\n【发布环节】\n"
            "市政府办公室副主任:过去一年,全市经济稳中向好。\n【答问环节】\n记者:滕州经济如何回升?\n"
            f"市统计局局长:答:{answer}\n")
    got = figures(text, FIELDS, meta={"region": "滕州市"})
    assert expected in got, got
    assert not any(y == 2021 for i, y, p, k, v in got)


@pytest.mark.parametrize("lead", [
    "市委经济工作会议明确,全市2024年地区生产总值增长6%以上、一般公共预算收入增长5%。",
    "市里确定,全市2024年地区生产总值增长6%以上、一般公共预算收入增长5%。",
    "全市2024年地区生产总值增长6%以上、一般公共预算收入增长5%。",
    "按照部署,全市2024年地区生产总值增长6%以上、一般公共预算收入增长5%。",
    "据悉,全市2024年地区生产总值预期增长6%以上、一般公共预算收入增长5%。",
])
def test_the_level_aboves_aims_with_a_year(lead):
    text = ("在全县经济工作会议上的讲话\n(2024年1月5日)\n县委书记 ×××\n" + lead +
            "2024年全县经济社会发展的主要预期目标建议为:地区生产总值增长7%左右,一般公共预算收入增长6%。\n")
    got = figures(text, FIELDS, meta={"region": "新昌县"}, charted=True)
    assert ("gdp_growth", 2024, "year", "target", 7.0) in got, got
    assert not any(v in (5.0,) or (i == "gdp_growth" and v == 6.0) for i, y, p, k, v in got), got


@pytest.mark.parametrize("label,period", [
    ("地区生产总值(前三季度)", "Q1-Q3"), ("地区生产总值(上半年)", "H1"), ("地区生产总值(一季度)", "Q1"),
    ("地区生产总值(1-9月)", "Q1-Q3"), ("地区生产总值(前三季度数据)", "Q1-Q3"),
])
def test_a_rows_own_part_of_the_year(label, period):
    text = ("西昌市2023年1—11月主要经济指标\n发布时间:2023-12-21 来源:西昌市统计局\n指标 | 单位 | 绝对值 | 同比增长%\n"
            f"{label} | 亿元 | 551.36 | 5.9\n规模以上工业增加值 | 亿元 | — | 6.1\n")
    got = figures(text, FIELDS, meta={"region": "西昌市"}, charted=True)
    assert ("gdp", 2023, period, "actual", 551.36) in got and ("industrial_va_growth", 2023, "M1-M11", "actual", 6.1) in got, got
