"""A report delivered late in a year (29 December 2025) for the next one, in its section of that year's work (二、2026年
工作安排), says 今年 of the year the section names, written as if delivered in it: its aims there are 2026's. Before,
a formal report's 今年 was always its date's year, so the aims were charted as 2025's, high and wrong (issue 23, class
1: a "2026" report of 29 Dec 2025). Negatives: 今年以来 in the same report's review is 2025's; a January report's 今年 is
its date's year. Made-up reports of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
PAGE = ("2026年雁塔区政府工作报告\n——{day}在雁塔区第十九届人民代表大会第五次会议上\n各位代表:\n一、2025年工作回顾\n"
        "今年以来,全区地区生产总值增长5.6%。\n{heading}\n{aims}\n")


@pytest.mark.parametrize("day,heading,aims", [
    ("2025年12月29日", "二、2026年工作安排", "今年全区经济社会发展主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%。"),
    ("2025年12月29日", "二、2026年工作安排", "今年经济社会发展的主要目标是:地区生产总值增长6%左右,一般公共预算收入增长5%。"),
    ("2025年12月28日", "二、2026年重点工作", "今年全区经济社会发展主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%。"),
    ("2025年12月30日", "二、2026年工作安排", "今年的主要预期目标:地区生产总值增长6%左右,一般公共预算收入增长5%。"),
    ("2025年11月28日", "二、2026年工作安排", "今年全区经济社会发展主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%。"),
])
def test_the_aims_are_the_next_years(day, heading, aims):
    got = figures(PAGE.format(day=day, heading=heading, aims=aims), FIELDS, meta={"region": "雁塔区"}, charted=True)
    assert {("gdp_growth", 2026, "target", 6.0), ("fiscal_revenue_growth", 2026, "target", 5.0)} <= got
    assert not {f for f in got if f[1] == 2025 and f[2] == "target"}


def test_the_reviews_this_year_is_the_date_year():
    page = PAGE.format(day="2025年12月29日", heading="二、2026年工作安排", aims="今年全区经济社会发展主要预期目标是:地区生产总值增长6%左右。")
    assert ("gdp_growth", 2025, "actual", 5.6) in figures(page, FIELDS, meta={"region": "雁塔区"}, charted=True)


def test_a_january_reports_this_year():
    page = ("2026年雁塔区政府工作报告\n——2026年1月9日在雁塔区第十九届人民代表大会第五次会议上\n各位代表:\n一、2025年工作回顾\n"
            "全区地区生产总值增长5.6%。\n二、2026年工作安排\n今年全区经济社会发展主要预期目标是:地区生产总值增长6%左右。\n")
    assert ("gdp_growth", 2026, "target", 6.0) in figures(page, FIELDS, meta={"region": "雁塔区"}, charted=True)
