"""An explainer of a work report in questions and answers (问:…? / 答:…): a question that asks for aims and names no past
year (其他主要指标的目标是多少?, 就业方面有什么指标?) makes its answer the aims of the item's year, and a follow-up that
names nothing new (规上工业增加值呢?) goes on asking for them; an answer that names no indicator and opens with its figure
(答:增长6%。) is about the one its question named. (Issue 23, class 1.) Negatives: a question about what was done, or
about last year's aims, makes no aim of its answer; a question about a five-year plan's aims gives its answer no year.
Made-up explainers in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "十问2024年某县政府工作报告\n发布日期:2024年1月26日\n\n问:2023年全县经济运行如何?\n答:2023年,全县地区生产总值增长5.6%。\n\n"


def read(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "浦城县"}, charted=True)


@pytest.mark.parametrize("body, fact", [
    ("问:其他主要指标的目标是多少?\n答:一般公共预算收入增长5%,固定资产投资增长8%。", ("fiscal_revenue_growth", 2024, "target", 5.0)),
    ("问:其他主要指标的目标是多少?\n答:一般公共预算收入增长5%,固定资产投资增长8%。", ("fixed_investment_growth", 2024, "target", 8.0)),
    ("问:就业方面有什么指标?\n答:城镇登记失业率控制在4%以内。", ("unemployment_rate", 2024, "target", 4.0)),
    ("问:今年的目标怎么定?\n答:地区生产总值增长6%。\n\n问:规上工业增加值呢?\n答:增长7.5%。", ("industrial_va_growth", 2024, "target", 7.5)),
    ("问:规上工业增加值的目标是多少?\n答:增长7.5%。", ("industrial_va_growth", 2024, "target", 7.5)),
    ("问:社会消费品零售总额的预期目标是多少?\n答:增长6.5%左右。", ("retail_sales_growth", 2024, "target", 6.5)),
])
def test_an_answer_to_a_question_for_aims(body, fact):
    assert fact in read(body)


@pytest.mark.parametrize("body, value", [
    ("问:去年的目标完成了吗?\n答:一般公共预算收入增长4.6%,固定资产投资增长7.1%。", 4.6),
    ("问:2023年定的指标实际完成得怎么样?\n答:一般公共预算收入增长4.6%。", 4.6),
])
def test_a_question_about_what_was_done_makes_no_aim(body, value):
    assert not any(k == "target" and v == value for _, _, k, v in read(body)), read(body)


def test_a_question_about_a_plans_aims_gives_no_year_of_the_item():
    got = read("问:“十五五”的目标有哪些考虑?\n答:到2030年,地区生产总值力争达到300亿元;一般公共预算收入达到20亿元。")
    assert not any(y == 2024 for _, y, _, _ in got), got
