"""On a page of questions and answers (an interview, a press conference's record), a speaker's turn runs on over the
paragraphs after its label until the next question or speaker: a later paragraph that names no year of its own is of
the year the turn named (市长:…2023年…增长7.1%。/ 具体来看,规上工业增加值增长9.6%), and an answer to a question that asked
for aims gives aims, in its first paragraph (also after a second question of the same paragraph, and after
…目标是5.5%左右,我们提出的是…) and in later ones that say nothing done, no estimate and no part of the year (issue 23,
class 2). Negatives: a later paragraph of such an answer that gives a part-year's outcome, or opens with 去年, is an
outcome. Made-up transcripts in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")

REVIEW = ("两会访谈:市长谈发展\n2024-01-25 18:40 记者 某某\n"
          "记者:2023年对全市来说很不平凡,能先盘点一下吗?\n"
          "市长:好的。2023年全市地区生产总值达到3822.6亿元,增长7.1%。\n"
          "具体来看,规模以上工业增加值增长9.6%,固定资产投资增长6.3%。\n")
AIMS = ("记者:今年的目标怎么定的?听说比全省高出不少?\n"
        "市长:是的。今年全省GDP目标是5.5%左右,我们提出的是地区生产总值增长8%左右。\n")
TWO_QUESTIONS = ("记者:今年的目标定了多少?和去年比是高了还是低了?\n"
                 "局长:今年的目标跟去年比略有提高。地区生产总值增长6%左右;规模以上工业增加值增长7%;一般公共预算收入增长4%。\n")
LATER = ("记者:请问今年的预期目标是怎么定的?\n局长:\n好的。今年全市提出的要求很高,我们目标定得也高一些。\n"
         "具体来说:地区生产总值增长6%以上;社会消费品零售总额增长6%;进出口总额增长5%。\n")


@pytest.mark.parametrize("text, fact", [
    (REVIEW, ("industrial_va_growth", 2023, "actual", 9.6)),
    (REVIEW, ("fixed_investment_growth", 2023, "actual", 6.3)),
    (REVIEW + AIMS, ("gdp_growth", 2024, "target", 8.0)),
    (REVIEW + TWO_QUESTIONS, ("industrial_va_growth", 2024, "target", 7.0)),
    (REVIEW + TWO_QUESTIONS, ("fiscal_revenue_growth", 2024, "target", 4.0)),
    (REVIEW + LATER, ("retail_sales_growth", 2024, "target", 6.0)),
])
def test_the_turn_gives_its_year_and_kind(text, fact):
    assert fact in figures(text, FIELDS, meta={"region": "宁德市"}, charted=True)


def test_a_part_years_outcome_in_a_later_paragraph_is_an_outcome():
    text = REVIEW + LATER + "一季度以来,全市地区生产总值增长6.3%,和全年目标相比还差一点。\n"
    got = figures(text, FIELDS, meta={"region": "宁德市"})
    assert not any(f[2] == "target" and f[3] == 6.3 for f in got), got


def test_a_paragraph_opening_with_last_year_is_an_outcome():
    text = REVIEW + LATER + "去年全市城镇登记失业率是2.1%。\n"
    got = figures(text, FIELDS, meta={"region": "宁德市"})
    assert not any(f[2] == "target" and f[3] == 2.1 for f in got), got


def test_a_page_of_one_question_has_no_turns():
    text = ("某市前三季度经济增长11.6%\n2013年10月29日 来源:综合报道\n转载自:某市新闻网 原文链接:略\n"
            "本网讯 今年前三季度,全市经济运行总体平稳。\n——经济总量稳步扩大。前三季度,全市地区生产总值同比增长11.6%。"
            "去年同期,全市地区生产总值增速为13.2%。\n——消费市场繁荣活跃。社会消费品零售总额完成21.4亿元,同比增长14.1%。\n"
            "网友 匿名:增长这么快,工资能不能涨点啊?\n")
    got = figures(text, FIELDS, meta={"region": "铁力市"})
    assert ("retail_sales", 2012, "actual", 21.4) not in got, got


def test_a_speaker_in_brackets_opening_with_this_year_gives_this_year():
    text = ("【在线访谈】县长谈上半年经济运行\n访谈时间:2021年7月23日\n[主持人] 这些增速都比较高,是不是和去年基数低有关?\n"
            "[局长] 确实有这个因素。去年上半年全县生产总值只增长了1.8%。\n[主持人] 年初确定的全年目标,完成得怎么样?\n"
            "[县长] 今年县政府工作报告确定的目标是:地区生产总值增长7%以上,固定资产投资增长10%。\n"
            "从上半年看,主要指标都实现了双过半,一般公共预算收入增长12.6%。\n")
    got = figures(text, FIELDS, meta={"region": "靖远县"})
    assert not any(f[1] == 2020 and f[3] in (7.0, 10.0, 12.6) for f in got), got
