"""In a work report, a numbered heading of a later year's work (二、2023年工作安排, 三、2023年重点工作, 二、今年工作的总体要求
和主要目标, 二、新的一年主要工作) after the review of the year before opens that year's section: the figures under it are the year's aims, not the reviewed year's
outcomes (a bare 增长5% there was charted as last year's outcome, and 确保增长6% as last year's target). Issue 23: the kind
and year from a report's structure. Negatives: a heading of the reviewed year's work (2022年主要工作 in a report of 2023)
stays a review, a heading of this year's review (今年以来经济运行情况) is none, and news, which has no such sections, reads
as before. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "铜山区"}
HEAD = ("某区政府工作报告\n\n——2023年1月16日在某区第七届人民代表大会第三次会议上\n\n各位代表:\n\n一、2022年工作回顾\n\n"
        "2022年,全区地区生产总值增长5.1%。\n\n")


def charted(body: str) -> set[tuple]:
    return figures(HEAD + body, FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("body,aim", [
    ("二、2023年工作安排\n\n全区地区生产总值增长6%左右,一般公共预算收入增长5%。\n", ("fiscal_revenue_growth", 2023, "target", 5.0)),
    ("二、2023年工作安排\n\n全区地区生产总值增长6%。\n", ("gdp_growth", 2023, "target", 6.0)),
    ("二、2023年重点工作\n\n(一)稳增长。确保全区地区生产总值增长6%。\n", ("gdp_growth", 2023, "target", 6.0)),
    ("三、关于2023年工作任务\n\n全区固定资产投资增长10%,社会消费品零售总额增长7%。\n", ("retail_sales_growth", 2023, "target", 7.0)),
    ("二、2023年全区工作思路\n\n全区规模以上工业增加值增长8%。\n", ("industrial_va_growth", 2023, "target", 8.0)),
    ("二、今年工作的总体要求和主要目标\n\n全区一般公共预算收入增长5%。\n", ("fiscal_revenue_growth", 2023, "target", 5.0)),
    ("二、新的一年主要工作\n\n全区一般公共预算收入增长5%。\n", ("fiscal_revenue_growth", 2023, "target", 5.0)),
    ("二、扎实做好2023年各项工作\n\n全区一般公共预算收入增长5%。\n", ("fiscal_revenue_growth", 2023, "target", 5.0)),
])
def test_figures_under_a_later_years_work_are_its_aims(body, aim):
    got = charted(body)
    assert aim in got and not any(f[0] == aim[0] and f[1] == 2022 and f[3] == aim[3] for f in got)


def test_a_heading_of_the_reviewed_years_work_stays_a_review():
    got = charted("二、2022年主要工作\n\n全区一般公共预算收入增长5%。\n")
    assert ("fiscal_revenue_growth", 2022, "actual", 5.0) in got


def test_news_naming_a_years_work_reads_as_before():
    text = ("某县两会开幕\n\n1月26日,某县第十八届人民代表大会第三次会议开幕。\n2019年政府工作总体要求:\n"
            "报告指出,过去的一年全县地区生产总值415亿元,增长8.5%。\n")
    got = figures(text, FIELDS, meta=META)
    assert not any(f[0] == "gdp_growth" and f[2] == "target" for f in got)


def test_a_heading_of_this_years_review_is_none():
    got = charted("二、2023年一季度经济运行情况\n\n全区一般公共预算收入增长5%。\n")
    assert not any(f[0] == "fiscal_revenue_growth" and f[2] == "target" for f in got)
