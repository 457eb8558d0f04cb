"""A clause about a part of the place (经济开发区, 区本级) that compares it with the whole (高于全区平均水平, 快于全县,
比全市平均高) does not hand the next clause back to the place: the whole there is what the part is measured against,
not the subject named again, so a figure after it is still the part's (issue 23, class 4: comparisons; made-up set
ii). Negatives: the whole opening a clause of its own (全区固定资产投资…) makes its figure the place's again. Made-up
sentences in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "武清区"}
HEAD = "武清区2020年经济运行情况\n\n发布时间:2021-01-25\n\n2020年,全区地区生产总值增长3.1%。"


@pytest.mark.parametrize("clause", [
    "经济开发区规上工业增加值增长7.8%,高于全区平均水平,固定资产投资完成72.4亿元。",
    "经济开发区规上工业增加值增长7.8%,快于全区2个百分点,固定资产投资完成72.4亿元。",
    "经济开发区规上工业增加值增长7.8%,比全区平均水平高2个百分点,固定资产投资完成72.4亿元。",
    "经济开发区规上工业增加值增长7.8%,超过全区平均水平,固定资产投资完成72.4亿元。",
    "区本级一般公共预算收入增长6.1%,低于全区0.9个百分点,固定资产投资完成72.4亿元。",
], ids=["gaoyu", "kuaiyu", "bi", "chaoguo", "diyu"])
def test_the_parts_next_figure_stays_the_parts(clause):
    got = figures(HEAD + clause + "\n", FIELDS, meta=META)
    assert ("fixed_investment", 2020, "actual", 72.4) not in got
    assert ("gdp_growth", 2020, "actual", 3.1) in got


@pytest.mark.parametrize("clause", [
    "经济开发区规上工业增加值增长7.8%,全区固定资产投资完成72.4亿元。",
    "经济开发区规上工业增加值增长7.8%。全区固定资产投资完成72.4亿元。",
    "经济开发区规上工业增加值增长7.8%,高于全区平均水平;全区固定资产投资完成72.4亿元。",
], ids=["whole-after-comma", "whole-new-sentence", "whole-after-comparison"])
def test_the_whole_opening_its_own_clause_is_the_places(clause):
    assert ("fixed_investment", 2020, "actual", 72.4) in figures(HEAD + clause + "\n", FIELDS, meta=META)
