"""In a paper of November or December that proposes the next year's aims, the year ending's own estimate said with
预计 (今年全市预计地区生产总值增长5%左右,为完成…目标,后两年需…) is that year's estimated outcome, not an aim, though 今年
and 目标 stand in one sentence (issue 23, class 2). Negatives: the same words in an item of the year's first months
are no outcome; the next year's aims stay aims. Made-up papers in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


def paper(date: str, sentence: str) -> str:
    return (f"某市“十四五”规划纲要实施情况中期评估报告\n{date}\n四、推进后半程规划实施的建议\n" + sentence +
            "建议2024年全市主要预期目标为:地区生产总值增长6%左右,固定资产投资增长5%。\n")


@pytest.mark.parametrize("date, sentence, fact", [
    ("2023年12月20日", "今年全市预计地区生产总值增长5%左右,为完成《纲要》目标,后两年需年均增长7.5%以上。",
     ("gdp_growth", 2023, "actual", 5.0)),
    ("2023年11月28日", "今年全市预计规模以上工业增加值增长6.8%,距完成规划目标仍有差距。", ("industrial_va_growth", 2023, "actual", 6.8)),
    ("2023年12月5日", "今年全市预计一般公共预算收入增长4.2%,完成目标有一定压力。", ("fiscal_revenue_growth", 2023, "actual", 4.2)),
    ("2023年12月12日", "今年全市预计社会消费品零售总额增长7.1%左右,好于年初目标。", ("retail_sales_growth", 2023, "actual", 7.1)),
    ("2023年11月15日", "今年全市预计固定资产投资增长3.4%,低于规划目标要求。", ("fixed_investment_growth", 2023, "actual", 3.4)),
])
def test_the_estimate_is_the_years_outcome(date, sentence, fact):
    assert fact in figures(paper(date, sentence), FIELDS, meta={"region": "赣州市"})


def test_in_the_years_first_months_it_is_no_outcome():
    got = figures(paper("2023年3月20日", "今年全市预计地区生产总值增长5%左右,为完成《纲要》目标,后两年需年均增长7.5%以上。"),
                  FIELDS, meta={"region": "赣州市"})
    assert ("gdp_growth", 2023, "actual", 5.0) not in got, got


def test_the_next_years_aims_stay_aims():
    got = figures(paper("2023年12月20日", "今年全市预计地区生产总值增长5%左右。"), FIELDS, meta={"region": "赣州市"})
    assert ("gdp_growth", 2024, "target", 6.0) in got, got
