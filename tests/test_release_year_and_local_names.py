"""A release about a part of the current year (今年前四个月 in a May item) is that year's; retail sales of the
enterprises above the threshold are a part of all retail sales; and a figure read by a local name whose scope
varies (地方财政收入) goes to review. Made-up items in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value", "confidence")


def release(head: str, body: str, date: str = "2021-05-28") -> set[tuple]:
    return figures(f"罗湖区统计局发布最新数据\n{head}\n{body}", FIELDS,
                   meta={"region": "罗湖区", "date": date, "source_url": "https://example.org/x.html"})


@pytest.mark.parametrize("head, body, expected", [
    ("今年前四个月,全区经济运行稳中向好。", "前4个月,全区社会消费品零售总额121.5亿元,同比增长8.1%。",
     ("retail_sales_growth", 2021, "M1-M4", "actual", 8.1, "high")),
    ("一季度,全区经济实现良好开局。", "一季度,全区地区生产总值增长9.2%。", ("gdp_growth", 2021, "Q1", "actual", 9.2, "high")),
    ("上半年全区主要经济指标持续向好。", "上半年,规模以上工业增加值增长11%。",
     ("industrial_va_growth", 2021, "H1", "actual", 11.0, "high")),
    ("1-5月,全区经济运行平稳。", "1-5月,全区固定资产投资增长6.6%。",
     ("fixed_investment_growth", 2021, "M1-M5", "actual", 6.6, "high")),
    ("今年以来,全区消费市场回暖。", "前4个月,全区社会消费品零售总额增长7%。",
     ("retail_sales_growth", 2021, "M1-M4", "actual", 7.0, "high")),
])
def test_a_release_about_a_part_of_this_year_is_this_years(head, body, expected):
    assert expected in release(head, body)


def test_a_spring_release_about_a_whole_year_is_still_the_years_before():
    got = release("全区经济运行情况", "全区地区生产总值增长6.1%。", date="2021-02-20")
    assert not any(f[1] == 2021 and f[3] == "actual" and f[5] == "high" for f in got)


@pytest.mark.parametrize("words", ["限额以上社会消费品零售总额", "限上社会消费品零售总额"])
def test_retail_sales_above_the_threshold_are_not_all_retail_sales(words):
    got = release("今年前四个月,全区经济运行稳中向好。", f"前4个月,{words}45.1亿元,同比增长15.4%。")
    assert not any(f[0].startswith("retail_sales") for f in got)


def test_a_figure_read_by_a_local_name_of_varying_scope_goes_to_review():
    text = "罗湖区2021年政府工作报告\n一、2020年工作回顾\n地方财政收入完成82亿元,增长5%。"
    got = figures(text, ("indicator", "value", "confidence", "confidence_reason"), meta={"region": "罗湖区"})
    assert {(i, v, c) for i, v, c, _ in got} == {("fiscal_revenue", 82.0, "low"), ("fiscal_revenue_growth", 5.0, "low")}
    assert all("scope varies" in r for *_, r in got)
