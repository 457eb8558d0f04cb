"""A target with no year of its own, in a paragraph whose lead year the paragraph has just given outcomes of (2022年,
全州实现…增长2.7%。报告提出,地区生产总值增长3%…), is not charted as that year's: the target is most likely the next
year's, which the text does not state; the reason is said (issue 23, class 1; found in a congress news item run into
one paragraph, whose next year's targets were charted as the reviewed year's). Negatives: a target whose own sentence
states its year, and a paragraph led by the year it aims at, are charted. Made-up items of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "果洛藏族自治州"}
ITEM = "果洛州政府工作报告解读\n报告指出,2022年,全州实现地区生产总值53.62亿元,同比增长2.7%。{lead}地区生产总值增长3%;固定资产投资增长7%。\n"


def charted(page: str) -> set[tuple]:
    return figures(page, FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("lead", ["报告提出,", "会议明确,", "全州力争", "全州确保", "州政府提出,"])
def test_no_target_charted_as_the_year_just_reviewed(lead):
    got = charted(ITEM.format(lead=lead))
    assert ("gdp_growth", 2022, "actual", 2.7) in got
    assert not {f for f in got if f[2] == "target"}


def test_the_reason_is_said():
    rows = figures(ITEM.format(lead="报告提出,"), ("kind", "confidence_reason"), meta=META)
    assert any(k == "target" and "own year is not stated" in (r or "") for k, r in rows)


@pytest.mark.parametrize("lead", ["报告提出,2023年,", "2023年,全州力争"])
def test_a_target_stating_its_year_is_charted(lead):
    assert ("gdp_growth", 2023, "target", 3.0) in charted(ITEM.format(lead=lead))


def test_a_paragraph_led_by_the_year_it_aims_at():
    page = "果洛州政府工作报告解读\n2023年,全州力争地区生产总值增长3%,固定资产投资增长7%。\n"
    assert ("gdp_growth", 2023, "target", 3.0) in charted(page)
