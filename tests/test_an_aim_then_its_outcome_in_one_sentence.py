"""A list of outcomes that gives each indicator's aim first and then what was done (一般公共预算收入:计划增长5%,完成67.1亿元,
增长6.2%; 地区生产总值:年度目标增长6.5%,预计完成2480亿元,增长5.6%): the aim's word sets the first number only; the
outcome word after it makes the later figures outcomes, and the second growth is read (issue 23 class 2, found by
writing a plan report's list of outcomes against aims: the aims were charted as outcomes, the outcome after them as an
aim or not at all). Negatives: an aim word that reaches over a list of aims (力争…增长8%,…增长6%) and a growth with no
outcome word after the aim keep their kind. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "confidence")
META = {"region": "雁塔区"}
PAGE = ("雁塔区2023年国民经济和社会发展计划执行情况与2024年计划(草案)的报告\n\n2023年12月28日\n\n一、2023年计划执行情况\n\n"
        "主要指标完成情况如下:\n\n{s}\n")


def charted(sentence: str) -> set[tuple]:
    return {f[:4] for f in figures(PAGE.format(s=sentence), FIELDS, meta=META) if f[4] == "high"}


@pytest.mark.parametrize("sentence,figure", [
    ("1.一般公共预算收入:计划增长5%,完成67.1亿元,增长6.2%。", ("fiscal_revenue_growth", 2023, "target", 5.0)),
    ("1.一般公共预算收入:计划增长5%,完成67.1亿元,增长6.2%。", ("fiscal_revenue", 2023, "actual", 67.1)),
    ("1.一般公共预算收入:计划增长5%,完成67.1亿元,增长6.2%。", ("fiscal_revenue_growth", 2023, "actual", 6.2)),
    ("2.地区生产总值:年度目标增长6.5%,预计完成2480亿元,增长5.6%。", ("gdp_growth", 2023, "actual", 5.6)),
    ("3.社会消费品零售总额:年度计划增长7%,预计增长4.1%。", ("retail_sales_growth", 2023, "target", 7.0)),
    ("3.社会消费品零售总额:年度计划增长7%,预计增长4.1%。", ("retail_sales_growth", 2023, "actual", 4.1)),
])
def test_the_aim_and_the_outcome_after_it_each_keep_their_kind(sentence, figure):
    assert figure in charted(sentence)


@pytest.mark.parametrize("sentence,wrong", [
    ("1.一般公共预算收入:计划增长5%,完成67.1亿元,增长6.2%。", ("fiscal_revenue_growth", 2023, "actual", 5.0)),
    ("1.一般公共预算收入:计划增长5%,完成67.1亿元,增长6.2%。", ("fiscal_revenue", 2023, "target", 67.1)),
    ("3.社会消费品零售总额:年度计划增长7%,预计增长4.1%。", ("retail_sales_growth", 2023, "actual", 7.0)),
])
def test_neither_is_charted_as_the_other(sentence, wrong):
    assert wrong not in charted(sentence)


def test_an_aim_word_over_a_list_of_aims_keeps_them_aims():
    text = ("雁塔区2024年政府工作报告\n\n二、2024年主要预期目标\n\n力争地区生产总值增长8%,一般公共预算收入增长6%。\n")
    got = {f[:4] for f in figures(text, FIELDS, meta=META) if f[4] == "high"}
    assert {("gdp_growth", 2024, "target", 8.0), ("fiscal_revenue_growth", 2024, "target", 6.0)} <= got
