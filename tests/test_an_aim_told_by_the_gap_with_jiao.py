"""The gap between an outcome and its aim said with 较 as with 比 (增长5.2%,较预期目标低0.8个百分点): the aim is the
outcome less or plus the gap (6%), as for 比预期目标低. Before, 较 before the aim's word was not read and the aim was
lost (issue 23, class 2). Negatives: a gap against the year before or another place is no aim. Made-up reports in
this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
REPORT = "漳浦县2024年政府工作报告\n——2024年1月11日在漳浦县第十八届人民代表大会第四次会议上\n一、2023年工作回顾\n{s}\n"


def charted(sentence: str) -> set[tuple]:
    got = figures(REPORT.format(s=sentence), FIELDS, meta={"region": "漳浦县"}, charted=True)
    return {(i, y, k, round(v, 6)) for i, y, k, v in got if v is not None}


@pytest.mark.parametrize("sentence,want", [
    ("地区生产总值增长5.2%,较预期目标低0.8个百分点。", ("gdp_growth", 2023, "target", 6.0)),
    ("一般公共预算收入增长7.1%,较年度目标高出1.1个百分点。", ("fiscal_revenue_growth", 2023, "target", 6.0)),
    ("固定资产投资增长12%,较年初目标高2个百分点。", ("fixed_investment_growth", 2023, "target", 10.0)),
    ("社会消费品零售总额增长5.5%,较计划低1.5个百分点。", ("retail_sales_growth", 2023, "target", 7.0)),
    ("规上工业增加值增长9.3%,较目标快1.3个百分点。", ("industrial_va_growth", 2023, "target", 8.0)),
])
def test_the_aim_is_the_outcome_less_the_gap(sentence, want):
    got = charted(sentence)
    assert want in got and (want[0], 2023, "actual", want[3]) not in got


@pytest.mark.parametrize("sentence", [
    "地区生产总值增长5.2%,较上年高0.8个百分点。",
    "地区生产总值增长5.2%,较全市高1.2个百分点。",
    "地区生产总值增长5.2%,增速较上年回落0.8个百分点。",
])
def test_a_gap_against_no_aim_makes_none(sentence):
    assert not any(k == "target" for i, y, k, v in charted(sentence))
