"""A sum written as measured, not set, is an outcome where a text does not say whether a figure of the year it is dated in
is an aim or an outcome, as one written to hundredths already was: a sum that in 亿 of its currency has hundredths or
finer, whatever its unit (557700万元 as much as 55.77亿元), and a sum of four significant digits or more (1964亿元) where
no aim (计划, 目标, 预期) is spoken of from the lead of its list to its sentence's end (issue 23, found by reading the
development texts with their sums in 万元: outcomes so written, 41651万元 among them, had gone to review, and 26 right
outcomes of four significant digits of the texts as they are). Negatives: a round sum (300亿元, 1.2万亿元, 20000万元) is
still not said to be either and goes to review, and so does a sum of four digits under a lead of aims
(主要指标计划安排如下:). Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


def charted(text: str) -> set[tuple]:
    return figures(f"峡江县经济简讯\n{text}\n", FIELDS, meta={"region": "峡江县", "date": "2021-12-01"}, charted=True)


@pytest.mark.parametrize("sentence,figure", [
    ("2021年,全县地区生产总值557700万元。", ("gdp", 2021, "actual", 55.77)),
    ("2021年,全县地区生产总值3242500万元。", ("gdp", 2021, "actual", 324.25)),
    ("2021年,全县一般公共预算收入41651万元。", ("fiscal_revenue", 2021, "actual", 4.1651)),
    ("2021年,全县进出口总额12345万美元。", ("trade", 2021, "actual", 1.2345)),
    ("2021年,全县社会消费品零售总额1235万元。", ("retail_sales", 2021, "actual", 0.1235)),
    ("2021年,全县地区生产总值1964亿元。", ("gdp", 2021, "actual", 1964.0)),
])
def test_a_sum_written_as_measured_is_an_outcome(sentence, figure):
    assert figure in charted(sentence)


@pytest.mark.parametrize("sentence", ["2021年,全县地区生产总值300亿元。", "2021年,全县地区生产总值1.2万亿元。",
                                      "2021年,全县地区生产总值20000万元。"])
def test_a_round_sum_is_not_charted_as_either(sentence):
    assert not charted(sentence)


@pytest.mark.parametrize("lead", ["主要指标计划安排如下:", "主要指标预期目标如下:", "今年目标如下:"])
def test_a_sum_of_four_digits_under_a_lead_of_aims_is_not_charted_as_an_outcome(lead):
    text = ("一、2021年国民经济和社会发展基本情况\n全县经济社会平稳发展。" + lead + "\n——地区生产总值1252.4亿元,增长7.0%;\n"
            "——一般公共预算收入89.9亿元,增长6.4%;\n——社会消费品零售总额170.7亿元,增长12.0%。\n")
    rows = figures(text, FIELDS, meta={"region": "峡江县", "source_url": "http://news.example.cn/t/2022/0323/81.html"}, charted=True)
    assert not {f for f in rows if f[0] in ("gdp", "retail_sales") and f[2] == "actual"}
