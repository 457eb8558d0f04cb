"""谈到2025年 (talking about, mentioning, coming to a year) names the year a reporter turns to, not the end a plan runs
to (到2025年): the aims listed after it are that year's own, not a five-year plan's (issue 23, class 2). Negatives: a
sentence that opens with 到 and a year still aims at that later year. Made-up news items in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def news(sentence: str) -> str:
    return ("市十届人大四次会议开幕\n来源:某市日报  发布时间:2025-01-09 08:41\n"
            "市长代表市人民政府作工作报告。报告回顾总结了2024年和过去五年的工作。\n" + sentence + "\n")


@pytest.mark.parametrize("sentence, fact", [
    ("谈到2025年,报告提出全市主要预期目标是:地区生产总值增长5.5%左右;规上工业增加值增长8%。",
     ("gdp_growth", 2025, "year", "target", 5.5)),
    ("谈到2025年,报告提出全市主要预期目标是:地区生产总值增长5.5%左右;规上工业增加值增长8%。",
     ("industrial_va_growth", 2025, "year", "target", 8.0)),
    ("说到2025年,报告确定的主要预期目标是:固定资产投资增长10%,社会消费品零售总额增长6%。",
     ("fixed_investment_growth", 2025, "year", "target", 10.0)),
    ("提到2025年,报告明确全市主要预期目标为:一般公共预算收入增长6%,社会消费品零售总额增长6%。",
     ("fiscal_revenue_growth", 2025, "year", "target", 6.0)),
    ("讲到2025年,报告提出的主要预期目标是:社会消费品零售总额增长6.5%,固定资产投资增长9%。",
     ("retail_sales_growth", 2025, "year", "target", 6.5)),
])
def test_the_aims_are_the_years_own(sentence, fact):
    assert fact in figures(news(sentence), FIELDS, meta={"region": "四平市"}, charted=True)


def test_a_year_opened_by_to_is_still_aimed_at():
    got = figures(news("报告提出,力争到2027年,全市地区生产总值突破700亿元。"), FIELDS, meta={"region": "四平市"})
    assert ("gdp", 2025, "year", "target", 700.0) not in got, got
