"""In a sentence about a part of the year, an aim the congress set (上半年GDP增速…,但距区人大…会议确定的增长9%左右的目标
仍有差距) is the year's aim, not the part's (issue 23, class 2). Negatives: the part's own outcome in the same sentence
stays the part's. Made-up texts in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def read(sentence: str) -> set[tuple]:
    text = ("关于2024年上半年国民经济和社会发展计划执行情况的审议意见\n发布时间:2024-08-09\n一、存在的问题\n" + sentence + "\n")
    return figures(text, FIELDS, meta={"region": "达孜区"}, charted=True)


@pytest.mark.parametrize("sentence, fact", [
    ("2024年上半年GDP增速虽高于拉萨市,但距区三届人大四次会议确定的增长9%左右的目标仍有差距。", ("gdp_growth", 2024, "year", "target", 9.0)),
    ("2024年上半年,规上工业增加值增长5.1%,离区人民代表大会批准的增长8%的目标差距较大。",
     ("industrial_va_growth", 2024, "year", "target", 8.0)),
    ("2024年上半年固定资产投资增速偏低,与区人大审议通过的增长10%以上的目标相比差距明显。",
     ("fixed_investment_growth", 2024, "year", "target", 10.0)),
    ("2024年1-6月,社会消费品零售总额增速放缓,低于区人代会确定的增长10%的目标。", ("retail_sales_growth", 2024, "year", "target", 10.0)),
    ("2024年上半年一般公共预算收入进度偏慢,距区十届人大三次会议确定的增长8%的目标还有距离。",
     ("fiscal_revenue_growth", 2024, "year", "target", 8.0)),
])
def test_the_congress_aim_is_the_years(sentence, fact):
    got = read(sentence)
    assert fact in got, got


def test_the_parts_outcome_stays_the_parts():
    got = read("2024年上半年,规上工业增加值增长5.1%,离区人民代表大会批准的增长8%的目标差距较大。")
    assert ("industrial_va_growth", 2024, "H1", "actual", 5.1) in got, got
