"""A sentence on a five-year span's average set in the middle of a year's paragraph (…增长8.2%。“十四五”以来年均增长8.4%。
一般公共预算收入完成5.8亿元,增长11.4%;…) is an aside: the span holds for that sentence only, so the year's growths after it
stay the year's (issue 23, class 2: they were dropped as growths over the span said neither 年均 nor 累计). Negatives: a
paragraph that opens on the span keeps it for its sentences. Made-up reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
HEAD = "某县人民政府工作报告\n——2025年1月9日在某县第十八届人民代表大会第五次会议上\n各位代表:\n一、2024年工作回顾\n"


@pytest.mark.parametrize("aside, fact", [
    ("“十四五”以来年均增长8.4%。", ("fiscal_revenue_growth", 2024, "year", 11.4)),
    ("“十四五”以来年均增长8.4%。", ("fixed_investment_growth", 2024, "year", 23.5)),
    ("“十四五”以来年均增长8.4%;", ("fixed_investment_growth", 2024, "year", 23.5)),
    ("“十三五”以来年均增长7.9%。", ("fiscal_revenue_growth", 2024, "year", 11.4)),
    ("近五年年均增长8.1%。", ("fixed_investment_growth", 2024, "year", 23.5)),
])
def test_the_years_growths_after_the_aside(aside, fact):
    text = HEAD + f"全县实现地区生产总值78.6亿元,增长8.2%。{aside}一般公共预算收入完成5.8亿元,增长11.4%;固定资产投资增长23.5%。\n"
    got = figures(text, FIELDS, meta={"region": "木垒哈萨克自治县"}, charted=True)
    assert fact in got, got


def test_a_paragraph_opening_on_the_span_keeps_it():
    text = HEAD + "“十四五”以来,全县经济总量持续扩大。地区生产总值增长8.4%。\n"
    got = figures(text, FIELDS, meta={"region": "木垒哈萨克自治县"}, charted=True)
    assert ("gdp_growth", 2024, "year", 8.4) not in got, got
