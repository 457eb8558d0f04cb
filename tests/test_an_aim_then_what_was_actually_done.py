"""An aim with its number, then 实际 opening the next clause (预期增长6.5%,实际增长5.3%; 年初目标增长8%,实际下降2.1%): the
second number is the year's outcome, as after 完成. Before, the second number of the name was dropped whenever the clause
before it set an aim and no outcome word (完成, 实现) followed, so the outcome beside its target was lost (issue 23,
class 2: targets and outcomes in one sentence). Negatives: the aim keeps its number; 实际增长 inside a list of aims
(居民人均可支配收入实际增长6%) stays an aim. Made-up reports of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
PAGE = ("临朐县2024年国民经济和社会发展计划\n——2024年1月10日在临朐县第十八届人民代表大会第三次会议上\n一、2023年计划执行情况\n"
        "{s}\n")


def charted(sentence: str) -> set[tuple]:
    return figures(PAGE.format(s=sentence), FIELDS, meta={"region": "临朐县"}, charted=True)


@pytest.mark.parametrize("sentence,aim,done", [
    ("2023年地区生产总值预期增长6.5%,实际增长5.3%。", ("gdp_growth", 6.5), ("gdp_growth", 5.3)),
    ("全县固定资产投资年初目标增长8%,实际下降2.1%。", ("fixed_investment_growth", 8.0), ("fixed_investment_growth", -2.1)),
    ("全县社会消费品零售总额计划增长7%,实际增长7.4%。", ("retail_sales_growth", 7.0), ("retail_sales_growth", 7.4)),
    ("全县规模以上工业增加值预期目标为增长9%,实际增长7.2%。", ("industrial_va_growth", 9.0), ("industrial_va_growth", 7.2)),
    ("全县一般公共预算收入年度目标增长5%,实际增长6.2%。", ("fiscal_revenue_growth", 5.0), ("fiscal_revenue_growth", 6.2)),
])
def test_the_outcome_after_its_aim(sentence, aim, done):
    got = charted(sentence)
    assert {(aim[0], 2023, "target", aim[1]), (done[0], 2023, "actual", done[1])} <= got


def test_real_growth_in_a_list_of_aims():
    page = ("临朐县2024年国民经济和社会发展计划\n——2024年1月10日在临朐县第十八届人民代表大会第三次会议上\n二、2024年主要预期目标\n"
            "地区生产总值增长6%左右,居民人均可支配收入实际增长6%。\n")
    got = figures(page, FIELDS, meta={"region": "临朐县"}, charted=True)
    assert ("disposable_income_growth", 2024, "target", 6.0) in got
