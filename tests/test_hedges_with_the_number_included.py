"""及以上 and 及以下 after a number (增长6%及以上, 控制在4.5%及以下) are hedges, a floor and a ceiling that name the number
itself as met, read as 以上 and 以下 (data/hedges.csv) (issue 23, found by saying every development text's hedges with
other words: 完成3.3亿元及以上 among the year's aims was read as an outcome, its hedge unread). Negatives: 以上 and 以下 read
as before; 规模以上 in an indicator's name is no hedge. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "qualifier")


def read(sentence: str) -> set[tuple]:
    text = f"澄城县经济工作会议\n今年全县经济社会发展的主要预期目标是:{sentence}\n"
    return figures(text, FIELDS, meta={"region": "澄城县", "date": "2023-02-01"})


@pytest.mark.parametrize("sentence,figure", [
    ("地区生产总值增长6%及以上。", ("gdp_growth", 2023, "target", 6.0, "及以上")),
    ("一般公共预算收入完成3.3亿元及以上。", ("fiscal_revenue", 2023, "target", 3.3, "及以上")),
    ("社会消费品零售总额增长8%及以上。", ("retail_sales_growth", 2023, "target", 8.0, "及以上")),
    ("城镇登记失业率控制在4.5%及以下。", ("unemployment_rate", 2023, "target", 4.5, "及以下")),
    ("固定资产投资增长10%及以上。", ("fixed_investment_growth", 2023, "target", 10.0, "及以上")),
])
def test_a_hedge_with_the_number_included_is_read(sentence, figure):
    assert figure in read(sentence)


def test_the_plain_hedges_read_as_before():
    assert ("gdp_growth", 2023, "target", 6.0, "以上") in read("地区生产总值增长6%以上。")


def test_the_size_threshold_in_a_name_is_no_hedge():
    assert ("industrial_va_growth", 2023, "target", 7.0, None) in read("规模以上工业增加值增长7%。")
