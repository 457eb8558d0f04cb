"""A scheduling speech or release of part of the year (issue 23, class 1): a sentence of its review that opens with 去年
(去年全县地区生产总值仅增长3.1%) is the whole year before the date's, not the part the release is of; and a 、-list of
aims closed by 的目标 (年初…确定了今年A增长x、B增长y(与市下达的目标持平)、…的目标) is aims throughout, an item's aside
in brackets notwithstanding. Negatives: 去年 followed by this year's figure (去年…11.5%,今年目标是增长9%) keeps the
later one this year's, and 去年 in the tasks of a plan stays the plan's rule. Made-up texts in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
SPEECH = ("在某县“时间过半、任务过半”推进会上的讲话\n(2023年6月15日)\n同志们:\n一、1—5月经济运行情况\n"
          "1—5月,全县规模以上工业增加值增长10.8%,固定资产投资增长3.6%。\n{s}\n")


def read(s: str) -> set[tuple]:
    return figures(SPEECH.format(s=s), FIELDS, meta={"region": "嵩明县"})


@pytest.mark.parametrize("s, fact", [
    ("同时也要清醒看到,去年全县地区生产总值仅增长3.1%,今年的恢复性增长有基数偏低的因素。", ("gdp_growth", 2022, "year", "actual", 3.1)),
    ("同时也要清醒看到,去年全县一般公共预算收入下降8.6%,基础还不稳固。", ("fiscal_revenue_growth", 2022, "year", "actual", -8.6)),
    ("要看到,去年全县社会消费品零售总额仅增长2.1%。", ("retail_sales_growth", 2022, "year", "actual", 2.1)),
    ("年初,县人代会确定了今年地区生产总值增长7.5%、规上工业增加值增长12%、固定资产投资增长12%(与市下达我县的目标持平)、"
     "一般公共预算收入增长6%的目标。", ("gdp_growth", 2023, "year", "target", 7.5)),
    ("年初,县人代会确定了今年地区生产总值增长7.5%、规上工业增加值增长12%、固定资产投资增长12%(与市下达我县的目标持平)、"
     "一般公共预算收入增长6%的目标。", ("fixed_investment_growth", 2023, "year", "target", 12.0)),
])
def test_last_years_review_and_a_list_of_aims(s, fact):
    assert fact in read(s)


def test_this_years_aim_after_last_years_outcome():
    got = read("去年全县规上工业增加值增长11.5%,今年目标是增长9%。")
    assert ("industrial_va_growth", 2023, "year", "target", 9.0) in got, got


def test_last_year_in_a_plans_tasks():
    text = ("某区政府工作报告\n——2024年1月10日在某区人民代表大会上\n二、2024年工作安排\n(一)稳住工业。去年全区规上工业增加值增长7.4%,"
            "今年要确保增长8%。\n")
    got = figures(text, FIELDS, meta={"region": "合川区"})
    assert ("industrial_va_growth", 2023, "year", "actual", 7.4) in got, got
