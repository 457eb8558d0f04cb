"""A sentence that goes on with the aims the sentence before it announced (报告提出了2024年的预期目标,其中包括地区生产总值
增长6%左右。此外,地方一般公共预算收入增长6%,…) holds targets too. Before, its figures were read as outcomes and left for
review (issue 23, class 2: congress news). Negatives: a sentence going on after one of outcomes holds outcomes; one
after an announcement that opens otherwise is read by its own words. Made-up items of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "湖南省"}
HEAD = "湖南省十四届人大二次会议开幕\n2024-01-24 14:26:44\n1月24日,湖南省十四届人大二次会议开幕。\n"


def charted(page: str) -> set[tuple]:
    return figures(HEAD + page + "\n", FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("goes_on", ["此外,", "另外,", "除此之外,", "与此同时,", "同时,"])
def test_aims_going_on(goes_on):
    page = ("政府工作报告提出了2024年新的预期目标,其中包括地区生产总值增长6%左右。"
            f"{goes_on}地方一般公共预算收入增长6%,规模工业增加值增长7%。")
    got = charted(page)
    assert {("fiscal_revenue_growth", 2024, "target", 6.0), ("industrial_va_growth", 2024, "target", 7.0)} <= got


def test_going_on_after_outcomes_stays_outcomes():
    page = "2023年,全省地区生产总值增长4.6%。此外,地方一般公共预算收入增长6.5%,规模工业增加值增长5.2%。"
    got = charted(page)
    assert ("fiscal_revenue_growth", 2023, "actual", 6.5) in got and not {f for f in got if f[2] == "target"}
