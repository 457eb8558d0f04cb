"""The rest of a year as a mid-year report plans it (二、下半年工作安排): an aim that names the year's aim before its figure
(下半年,全市将紧扣年度目标任务,确保地区生产总值增长6%左右) is the year's aim, not the half's; and what such a section says
in an outcome's words (完成全年任务,…增长6%左右; 推动…增长6%左右) is no outcome of a year or a half not over at the report's
date: it goes to review. Before, the first was charted as the second half's aim and the others as outcomes of the second
half or of the whole year, all high (issue 23, class 1: part-years and dates handled in one place). Negatives: an aim
of a part itself (力争一季度…增长5.5%) keeps its part; an outcome of the half just ended, and of a year ended, are
charted. Made-up reports of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
PAGE = ("关于兴化市2024年上半年国民经济和社会发展计划执行情况的报告\n——2024年8月26日在兴化市第十七届人民代表大会常务委员会"
        "第二十次会议上\n一、上半年计划执行情况\n上半年,全市地区生产总值同比增长6.1%。\n二、下半年工作安排\n{s}\n")


def charted(sentence: str) -> set[tuple]:
    return figures(PAGE.format(s=sentence), FIELDS, meta={"region": "兴化市"}, charted=True)


@pytest.mark.parametrize("sentence", [
    "下半年,全市将紧扣年度目标任务,确保地区生产总值增长6%左右。",
    "下半年,全市将围绕年度目标任务,确保地区生产总值增长6%左右。",
    "下半年,要对标年度目标,确保地区生产总值增长6%左右。",
])
def test_the_years_aim(sentence):
    got = charted(sentence)
    assert ("gdp_growth", 2024, "year", "target", 6.0) in got
    assert not {f for f in got if f[4] == 6.0 and f[2] != "year"}


@pytest.mark.parametrize("sentence", [
    "下半年,全市要对照年度计划,推动地区生产总值增长6%左右。",
    "下半年,全力以赴完成全年任务,地区生产总值增长6%左右。",
])
def test_no_outcome_of_what_is_not_over(sentence):
    assert not {f for f in charted(sentence) if f[3] == "actual" and f[4] == 6.0}


def test_the_half_just_ended_is_charted():
    assert ("gdp_growth", 2024, "H1", "actual", 6.1) in charted("下半年,全市将紧扣年度目标任务,确保地区生产总值增长6%左右。")


def test_an_aim_of_the_part_itself():
    got = figures("柳州市2026年一季度工作部署\n2026-01-05 柳州日报\n会议要求,力争一季度地区生产总值增长5.5%。\n",
                  FIELDS, meta={"region": "柳州市"})
    assert ("gdp_growth", 2026, "Q1", "target", 5.5) in got


def test_a_years_outcome_after_its_end():
    page = "兴化市2024年经济运行情况\n2024-12-30 兴化日报\n预计全年地区生产总值增长6%左右。\n"
    assert ("gdp_growth", 2024, "year", "actual", 6.0) in figures(page, FIELDS, meta={"region": "兴化市"}, charted=True)
