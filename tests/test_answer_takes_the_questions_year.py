"""An interview or a Q&A page: the answer's paragraph is of the year its question asked about (问:报告对2023年经济发展是如何
总结的? / 答:…), and in an answer that opens with words of no figure, the first sentence naming a year leads the paragraph
(周市长:用八个字来概括…。去年全市…。规上工业…); a follow-up question that names no year (记者:消费和外贸方面呢?) goes on
with the year of the answers before it, and a second question in the same paragraph keeps the first one's. Before,
the answer's figures had no year stated near them and went to review (issue 23, class 1: time). Negatives: a question of no year gives the answer none. Made-up pages in this file's
own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "大丰区政府工作报告解读\n来源:大丰日报 发布时间:2024-02-06 16:20\n"


def read(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "大丰区"}, charted=True)


@pytest.mark.parametrize("qa", [
    "问一:报告对2023年经济发展是如何总结的?\n答:报告用八个字概括。全区完成地区生产总值812.6亿元。一般公共预算收入完成43.8亿元,增长8.1%。",
    "记者:刚刚过去的2023年,大丰经济交出了怎样的成绩单?\n区长:用八个字概括,就是稳中有进。全区地区生产总值812.6亿元。一般公共预算收入完成43.8亿元,增长8.1%。",
    "问:2023年全区财政收入情况怎么样?\n答:总体平稳。全区地区生产总值812.6亿元。一般公共预算收入完成43.8亿元,增长8.1%。",
    "主持人:请您介绍一下2023年的主要成绩?\n嘉宾:好的。我简单说几句。全区地区生产总值812.6亿元。一般公共预算收入完成43.8亿元,增长8.1%。",
    "区长:如果用八个字来概括,就是稳中有进。去年全区地区生产总值812.6亿元。一般公共预算收入完成43.8亿元,增长8.1%。",
])
def test_the_answer_is_of_the_year_asked(qa):
    got = read(qa)
    assert {("fiscal_revenue", 2023, "actual", 43.8), ("fiscal_revenue_growth", 2023, "actual", 8.1)} <= got, got


def test_a_question_of_no_year_gives_none():
    got = read("问:您怎么看待新质生产力?\n答:这是一个大课题。一般公共预算收入完成43.8亿元,增长8.1%。")
    assert not any(v == 43.8 for i, y, k, v in got), got


@pytest.mark.parametrize("follow_up", [
    "记者:消费和外贸方面呢?",
    "记者:几项主要指标表现如何?",
    "主持人:老百姓关心的财政呢?",
    "问:财政收入情况如何?民生支出能否保障?",
    "记者:那么财政方面呢?",
])
def test_a_follow_up_question_goes_on_with_the_answers_year(follow_up):
    got = read("记者:刚刚过去的2023年,大丰经济交出了怎样的成绩单?\n区长:全区地区生产总值812.6亿元,增长6.3%。\n"
               + follow_up + "\n区长:一般公共预算收入完成43.8亿元,增长8.1%。")
    assert ("fiscal_revenue", 2023, "actual", 43.8) in got, got


def test_a_second_question_of_a_paragraph_keeps_the_firsts_year():
    got = read("记者:刚刚过去的2023年,经济怎么样?\n区长:全区地区生产总值812.6亿元,增长6.3%。\n"
               "问:今年的预期目标是多少?会不会太保守?\n答:报告提出的主要预期目标是:地区生产总值增长5.5%左右。")
    assert ("gdp_growth", 2024, "target", 5.5) in got, got
