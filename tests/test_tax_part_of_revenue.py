"""A revenue followed by its tax part (一般公共预算收入204.83亿元,增长7.3%,其中地方税收收入123.11亿元) is the place's budget
revenue: only a local budget revenue after 其中 (其中地方一般公共预算收入13.01亿元) makes the name before it a total (issue 23,
class of set AH). Made-up texts of this file's own wording; negative: the total before a local budget revenue."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
BULLETIN = "某市国民经济和社会发展统计公报\n2023年,全市实现一般公共预算收入204.83亿元,增长7.3%,{tail}。\n"


@pytest.mark.parametrize("tail", ["其中地方税收收入123.11亿元,增长9.2%", "其中:地方税收收入123.11亿元",
                                  "其中,地方税收收入占一般公共预算收入的比重为60.1%", "其中地方税收123.11亿元",
                                  "其中地方税收收入增长9.2%"])
def test_a_revenue_before_its_tax_part_is_the_places(tail):
    got = figures(BULLETIN.format(tail=tail), FIELDS, meta={"region": "吉安市"}, charted=True)
    assert {("fiscal_revenue", 2023, 204.83), ("fiscal_revenue_growth", 2023, 7.3)} <= got


def test_a_revenue_before_a_local_budget_revenue_is_a_total():
    text = "某县统计公报\n2016年,全县公共财政收入19.84亿元,增长1.8%,其中地方一般公共预算收入13.01亿元,增长3%。\n"
    got = figures(text, FIELDS, meta={"region": "吉安市"})
    assert ("fiscal_revenue", 2016, 13.01) in got and ("fiscal_revenue", 2016, 19.84) not in got
