"""In a review of five years, a growth right after a level said plainly (一般公共预算收入4261.6亿元,增长5.2%): the level
is the one the years ended at, and the growth is that level's over the year before, the last year's. Before, a growth
in a span's summary that said neither 年均 nor 累计 was dropped (issue 23, class 1: five-year spans; made-up set jt).
Negatives: an average growth (年均增长) is still the span's average, and a growth with no level before it is left as it
was. Made-up new-term reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "山西省"}
HEAD = ("2023年山西省政府工作报告\n2023年1月13日在山西省第十四届人民代表大会第一次会议上\n\n一、过去五年工作回顾\n\n"
        "省十三届人大一次会议以来的五年,极不寻常。五年来,我们经受住了多重考验。\n\n")


@pytest.mark.parametrize("sentence, want", [
    ("经济实力跃上新台阶。全省生产总值2022年达到25642.6亿元。一般公共预算收入3453.9亿元,增长17.4%。",
     ("fiscal_revenue_growth", 2022, "year", "actual", 17.4)),
    ("经济实力跃上新台阶。社会消费品零售总额7562.7亿元,增长2.5%。", ("retail_sales_growth", 2022, "year", "actual", 2.5)),
    ("经济实力跃上新台阶。固定资产投资8120.3亿元,增长6.3%。", ("fixed_investment_growth", 2022, "year", "actual", 6.3)),
    ("民生福祉持续改善。全体居民人均可支配收入29178元,增长5.3%。", ("disposable_income_growth", 2022, "year", "actual", 5.3)),
    ("民生福祉持续改善。城镇居民人均可支配收入39532元,比上年增长4.2%。",
     ("disposable_income_urban_growth", 2022, "year", "actual", 4.2)),
])
def test_the_growth_is_the_last_years(sentence, want):
    assert want in figures(HEAD + sentence + "\n", FIELDS, meta=META, charted=True)


def test_an_average_growth_is_still_the_spans():
    got = figures(HEAD + "经济实力跃上新台阶。一般公共预算收入3453.9亿元,年均增长9.8%。\n", FIELDS, meta=META, charted=True)
    assert not any(f[0] == "fiscal_revenue_growth" and f[4] == 9.8 for f in got)
