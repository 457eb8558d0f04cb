"""An aim with its number, a semicolon, then 实际 and an outcome's verb with no name of its own (预期增长9%;实际增长7.2%):
the outcome is the named indicator's, beside its aim. Before, the semicolon ended the sentence and the outcome, having
no name in its sentence, was lost (issue 23, class 2: targets and outcomes in one statement). Negatives: an indicator
whose name opens with 实际 (实际利用外资) after a semicolon is its own; a semicolon still ends the clause before it.
Made-up reports of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
PAGE = ("莒南县2024年国民经济和社会发展计划\n——2024年1月9日在莒南县第十九届人民代表大会第三次会议上\n一、2023年计划执行情况\n"
        "{s}\n")


def charted(sentence: str) -> set[tuple]:
    return figures(PAGE.format(s=sentence), FIELDS, meta={"region": "莒南县"}, charted=True)


@pytest.mark.parametrize("sentence,aim,done", [
    ("全县地区生产总值预期增长9%;实际增长7.2%。", ("gdp_growth", 9.0), ("gdp_growth", 7.2)),
    ("规模以上工业增加值年初计划增长10%;实际完成增长8.1%。", ("industrial_va_growth", 10.0), ("industrial_va_growth", 8.1)),
    ("固定资产投资预期增长12%;实际下降3.4%。", ("fixed_investment_growth", 12.0), ("fixed_investment_growth", -3.4)),
    ("社会消费品零售总额计划增长7%;实际实现增长7.5%。", ("retail_sales_growth", 7.0), ("retail_sales_growth", 7.5)),
    ("一般公共预算收入年度目标增长5%;实际增长5.6%。", ("fiscal_revenue_growth", 5.0), ("fiscal_revenue_growth", 5.6)),
])
def test_the_outcome_after_a_semicolon(sentence, aim, done):
    got = charted(sentence)
    assert {(aim[0], 2023, "target", aim[1]), (done[0], 2023, "actual", done[1])} <= got


def test_a_name_opening_with_shiji_after_a_semicolon():
    got = charted("进出口总额增长8%;实际利用外资2.5亿美元,增长3%。")
    assert ("trade_growth", 2023, "actual", 8.0) in got
    assert ("fdi", 2023, "actual", 2.5) in got
    assert ("trade_growth", 2023, "actual", 3.0) not in got


def test_a_semicolon_still_ends_its_clause():
    got = charted("地区生产总值增长6%;一般公共预算收入增长4.2%。")
    assert {("gdp_growth", 2023, "actual", 6.0), ("fiscal_revenue_growth", 2023, "actual", 4.2)} <= got
