"""The investment completed by a group of projects named earlier in the sentence (亿元及以上项目464个,…,完成投资增长
40.8%) is not the place's fixed-asset investment, though its paragraph opens with it; and the year just past named only
as a comparison's base (较去年同期增加106个) does not make a news item's figures last year's (issue 23, classes of set
AD). Made-up texts of this file's own wording; negatives: a sentence of completed investment with no other subject,
and a sentence about last year itself."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
PROJECTS = ("上半年某省经济运行\n2024-07-24\n局长说,上半年全省固定资产投资同比增长25.7%。{g}464个,较上月增加10个,"
            "完成投资增长40.8%,拉动全部投资增长21.1个百分点。")


@pytest.mark.parametrize("group", ["亿元及以上有施工量的项目", "省重点项目", "在建产业项目", "新开工项目",
                                   "5000万元以上项目"])
def test_a_groups_completed_investment_is_not_the_places(group):
    got = {f for f in figures(PROJECTS.format(g=group), FIELDS) if f[0] == "fixed_investment_growth"}
    assert got == {("fixed_investment_growth", 2024, "H1", "actual", 25.7)}


def test_completed_investment_with_no_other_subject_is_the_places():
    text = "某县经济运行\n2024-12-20\n全县固定资产投资平稳。全年完成投资520亿元,增长9%。"
    assert ("fixed_investment", 2024, "year", "actual", 520.0) in figures(text, FIELDS)


COMPARED = "某省经济运行\n2024-07-24\n局长说,今年全省经济运行平稳。施工项目464个,{c}增加106个,固定资产投资增长40.8%。"


@pytest.mark.parametrize("base", ["较去年同期", "比去年同期", "同去年相比", "较去年", "与去年相比"])
def test_last_year_as_a_comparisons_base_dates_no_figure(base):
    got = {f[1] for f in figures(COMPARED.format(c=base), FIELDS) if f[0] == "fixed_investment_growth"}
    assert 2023 not in got


def test_a_sentence_about_last_year_is_last_years():
    text = "某省经济运行\n2024-07-24\n局长说,去年全省经济运行平稳,固定资产投资增长40.8%。"
    assert ("fixed_investment_growth", 2023, "year", "actual", 40.8) in figures(text, FIELDS)
