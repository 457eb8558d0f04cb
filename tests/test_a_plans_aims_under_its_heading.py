"""A section headed by a five-year plan's aims (二、“十四五”时期主要目标, 今后五年的主要目标) holds the plan's targets for its
last year: a level in it (一般公共预算收入达到80亿元) is the plan's target, not an outcome of the year reviewed before it
nor a target of the coming year, also after a semicolon (issue 23, found by writing a work report that opens a new plan
in a few common shapes: the level was charted as the year before's outcome). Negatives: the next section of the
coming year's aims, and the review before, keep their own years. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "confidence")
META = {"region": "雁塔区"}
PAGE = ("雁塔区2021年政府工作报告\n\n——2021年1月12日在雁塔区第十八届人民代表大会第一次会议上\n\n一、2020年工作回顾\n\n"
        "2020年,全区地区生产总值增长3.1%。\n\n{h}\n\n{s}\n\n三、2021年主要预期目标\n\n一般公共预算收入增长6%。\n")


def charted(heading: str, sentence: str) -> set[tuple]:
    return {f[:4] for f in figures(PAGE.format(h=heading, s=sentence), FIELDS, meta=META) if f[4] == "high"}


@pytest.mark.parametrize("heading,sentence,aim", [
    ("二、“十四五”时期主要目标", "到2025年,全区地区生产总值突破3000亿元;一般公共预算收入达到80亿元。", ("fiscal_revenue", 2025, "target", 80.0)),
    ("二、“十四五”时期主要目标", "全区一般公共预算收入达到80亿元。", ("fiscal_revenue", 2025, "target", 80.0)),
    ("二、今后五年的主要目标", "社会消费品零售总额达到1200亿元。", ("retail_sales", 2025, "target", 1200.0)),
    ("(二)“十四五”规划主要目标", "全区地区生产总值达到3000亿元。", ("gdp", 2025, "target", 3000.0)),
    ("二、“十四五”期间经济社会发展主要目标", "一般公共预算收入达到80亿元。", ("fiscal_revenue", 2025, "target", 80.0)),
])
def test_a_level_under_a_plans_aims_is_the_plans_target(heading, sentence, aim):
    got = charted(heading, sentence)
    assert aim in got
    assert not any(f[0] == aim[0] and f[3] == aim[3] and f[1:3] != aim[1:3] for f in got), got


def test_the_sections_around_keep_their_years():
    got = charted("二、“十四五”时期主要目标", "全区一般公共预算收入达到80亿元。")
    assert ("gdp_growth", 2020, "actual", 3.1) in got and ("fiscal_revenue_growth", 2021, "target", 6.0) in got
