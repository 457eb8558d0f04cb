"""A question that asks how this year compares with last year (今年一季度…与去年相比有什么变化?, 比去年快了多少?) asks
about this year: its answer's figures are this year's, not last year's. A question about last year itself
(去年全年完成得怎么样?) still makes its answer last year's (issue 23, class 1: time; made-up set it). Made-up
interviews in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "琼海市"}
HEAD = ("某市一季度经济运行情况新闻发布会\n\n2019-04-22\n\n主持人:请统计局负责同志介绍情况。\n\n"
        "海南日报记者:{question}\n")


@pytest.mark.parametrize("question", [
    "今年一季度全市经济增速与去年相比有什么变化?",
    "今年一季度经济增速同去年相比怎么样?",
    "一季度的增速和去年相比如何?",
    "今年一季度与去年比较有哪些亮点?",
    "一季度增速比去年快了多少?",
], ids=["yu", "tong", "he", "bijiao", "bi"])
def test_the_answer_to_a_comparing_question_is_this_years(question):
    page = HEAD.format(question=question) + "王某:一季度我市地区生产总值增长7.4%,规模以上工业增加值增长9.2%。\n"
    got = figures(page, FIELDS, meta=META)
    assert ("gdp_growth", 2019, "Q1", "actual", 7.4) in got
    assert ("industrial_va_growth", 2019, "Q1", "actual", 9.2) in got


def test_a_question_about_last_year_itself_keeps_its_year():
    page = HEAD.format(question="去年全年经济运行情况如何?") + "王某:全市地区生产总值增长6.9%。\n"
    assert ("gdp_growth", 2018, "year", "actual", 6.9) in figures(page, FIELDS, meta=META)
