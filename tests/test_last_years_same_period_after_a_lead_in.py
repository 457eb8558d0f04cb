"""Last year's same period named after a short lead-in clause of its own (需要说明的是,去年同期…, 回头看,上年同期…) makes
the figure of its sentence the same part of last year, as it does opening the sentence. A lead-in naming a figure, or
a comparison with last year's same period (与去年同期相比), does not (issue 23, class 1: time; made-up set it).
Made-up sentences in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "儋州市"}
HEAD = "某市前三季度经济运行情况新闻发布会\n\n2021-10-25\n\n前三季度,全市地区生产总值增长9.6%。"


@pytest.mark.parametrize("sentence", [
    "需要说明的是,去年同期受疫情冲击,我市前三季度地区生产总值下降1.8%。",
    "回头看,去年同期我市前三季度地区生产总值下降1.8%。",
    "应当看到,上年同期全市前三季度地区生产总值下降1.8%。",
    "同时,去年同期基数较低,前三季度地区生产总值下降1.8%。",
    "从基数看,去年同期全市前三季度地区生产总值下降1.8%。",
], ids=["shuoming", "huitou", "shangnian", "tongshi", "jishu"])
def test_the_figure_is_last_years_same_part(sentence):
    assert ("gdp_growth", 2020, "Q1-Q3", "actual", -1.8) in figures(HEAD + sentence + "\n", FIELDS, meta=META)


@pytest.mark.parametrize("sentence", [
    "与去年同期相比,前三季度地区生产总值增长9.6%。",
    "增长9.6%,去年同期地区生产总值下降1.8%。",
], ids=["compared", "lead-with-figure"])
def test_no_lead_in_leaves_this_years(sentence):
    got = figures(HEAD + sentence + "\n", FIELDS, meta=META)
    assert ("gdp_growth", 2020, "Q1-Q3", "actual", 9.6) not in got
