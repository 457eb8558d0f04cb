"""News of a congress held in December, and a report delivered then: 明年 opening a sentence or after its speaker is the
year after the item's date (报告提出,明年全区地区生产总值增长6%左右), and a sentence that says it reviews (报告回顾了今年的
工作,…; 报告总结了过去一年的工作,…) ends the aims a sentence before it announced. Before, 明年's aims were read under the
date's year (in review, or as its outcomes in a report), and the review after the aims was charted as the date year's
aims, high and wrong (issue 23, class 1: December reports and congress news). Negatives: a sentence going on with the
aims (此外,…) still announces aims; 明年 inside a review sentence (为明年发展打下坚实基础,…) leaves its outcomes this
year's; 今年's outcomes stay outcomes. Made-up items of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "雁塔区十九届人大五次会议开幕\n2025-12-29 09:30 来源:西安日报\n12月28日,雁塔区第十九届人民代表大会第五次会议开幕。"


def charted(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "雁塔区"}, charted=True)


@pytest.mark.parametrize("body", [
    "报告提出,明年全区地区生产总值增长6%左右,一般公共预算收入增长5%。",
    "区长表示,明年全区地区生产总值增长6%左右,一般公共预算收入增长5%。",
    "明年,全区地区生产总值增长6%左右,一般公共预算收入增长5%。",
])
def test_next_years_aims(body):
    got = charted(body)
    assert {("gdp_growth", 2026, "target", 6.0), ("fiscal_revenue_growth", 2026, "target", 5.0)} <= got
    assert not {f for f in got if f[1] == 2025}


@pytest.mark.parametrize("review", [
    "报告回顾了今年的工作,全区地区生产总值增长5.6%,一般公共预算收入增长8.1%。",
    "报告总结了过去一年的工作,全区地区生产总值增长5.6%,一般公共预算收入增长8.1%。",
])
def test_a_review_after_the_aims(review):
    got = charted("报告提出,2026年全区经济社会发展的主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%。" + review)
    assert {("gdp_growth", 2026, "target", 6.0), ("gdp_growth", 2025, "actual", 5.6),
            ("fiscal_revenue_growth", 2025, "actual", 8.1)} <= got
    assert not {f for f in got if f[1] == 2025 and f[2] == "target"}


def test_aims_going_on():
    got = charted("报告提出,2026年全区经济社会发展的主要预期目标是:地区生产总值增长6%左右。此外,一般公共预算收入增长5%。")
    assert ("fiscal_revenue_growth", 2026, "target", 5.0) in got


def test_this_years_outcomes_before_the_aims():
    got = charted("报告指出,今年全区地区生产总值预计增长5.6%。")
    assert ("gdp_growth", 2025, "actual", 5.6) in got


@pytest.mark.parametrize("aims", [
    "明年,全区地区生产总值增长6%左右,一般公共预算收入增长5%。",
    "明年全区地区生产总值增长6%左右,一般公共预算收入增长5%。",
])
def test_next_years_aims_in_a_report_without_headings(aims):
    page = ("雁塔区政府工作报告\n——2025年12月29日在雁塔区第十九届人民代表大会第五次会议上\n各位代表:\n"
            f"过去一年,全区地区生产总值预计增长5.6%,一般公共预算收入增长8.1%。\n{aims}\n")
    got = figures(page, FIELDS, meta={"region": "雁塔区"}, charted=True)
    assert {("gdp_growth", 2026, "target", 6.0), ("gdp_growth", 2025, "actual", 5.6)} <= got
    assert not {f for f in got if f[1] == 2025 and f[3] in (6.0, 5.0)}


@pytest.mark.parametrize("said", [
    "为明年发展打下坚实基础,全区地区生产总值增长5.6%。",
    "着眼明年开局,全区地区生产总值增长5.6%。",
])
def test_next_year_inside_a_review_sentence(said):
    page = ("雁塔区政府工作报告\n——2025年1月9日在雁塔区第十九届人民代表大会第四次会议上\n各位代表:\n一、2024年工作回顾\n"
            f"{said}\n")
    got = figures(page, FIELDS, meta={"region": "雁塔区"}, charted=True)
    assert ("gdp_growth", 2024, "actual", 5.6) in got
    assert not {f for f in got if f[2] == "target"}
