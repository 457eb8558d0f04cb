"""A part's heading run straight into its first item, with no break and no mark between (二、经济社会发展预期目标地区
生产总值增长6%左右,…), as a page whose breaks were lost or a PDF's lines joined give it, still opens its section: the
items after it are that section's (here the plan year's aims). Before, the heading was read as the opening words of a
sentence, so a plan report's aims were read under the year it reviews, charted high and wrong (issue 23, class 1/2:
run-on pages). Negatives: a heading followed by a clause (…完成情况较好,…) and one followed by words that name no
indicator and no year are left as they are. Made-up reports of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
PAGE = ("临朐县2024年国民经济和社会发展计划\n一、2023年计划执行情况\n2023年,全县地区生产总值增长5.1%,"
        "固定资产投资增长4.6%。\n{heading}地区生产总值增长6%左右,固定资产投资增长7%,社会消费品零售总额增长6.5%。\n")


def charted(heading: str) -> set[tuple]:
    return figures(PAGE.format(heading=heading), FIELDS, meta={"region": "临朐县"}, charted=True)


@pytest.mark.parametrize("heading", [
    "二、经济社会发展预期目标",
    "二、全县经济社会发展主要目标",
    "二、经济社会发展的主要预期目标",
    "三、今年经济社会发展的预期目标",
    "二、国民经济和社会发展主要目标",
])
def test_the_heading_opens_the_aims(heading):
    got = charted(heading)
    assert {("gdp_growth", 2024, "target", 6.0), ("fixed_investment_growth", 2024, "target", 7.0),
            ("retail_sales_growth", 2024, "target", 6.5)} <= got
    assert not {f for f in got if f[1] == 2023 and f[3] in (6.0, 7.0, 6.5)}
    assert ("gdp_growth", 2023, "actual", 5.1) in got


def test_a_heading_followed_by_a_clause():
    page = ("临朐县2023年国民经济和社会发展统计公报\n一、主要指标完成情况较好,全县地区生产总值增长5.1%。\n")
    assert ("gdp_growth", 2023, "actual", 5.1) in figures(page, FIELDS, meta={"region": "临朐县"}, charted=True)


def test_a_heading_followed_by_no_indicator():
    page = ("临朐县2023年国民经济和社会发展统计公报\n一、主要指标完成情况良好全县上下团结一心,全县地区生产总值增长5.1%。\n")
    assert ("gdp_growth", 2023, "actual", 5.1) in figures(page, FIELDS, meta={"region": "临朐县"}, charted=True)
