"""In an interview, a question that asks about a part of the year (现在一季度已经过去,开局情况如何? 上半年怎么样?) makes
its answer's figures that part's, of the year the talk is about, even after an answer about the year's aims; a question
that names no part leaves the answer as before (issue 23, class 1: time). Made-up interviews in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def _talk(date: str, question: str, answer: str) -> str:
    return (f"县长谈发展\n\n访谈时间:{date} 15:00\n\n【主持人】今年全县确定了哪些预期目标?\n\n"
            "【县长】2017年全县地区生产总值增长8%左右,一般公共预算收入增长10%以上。\n\n"
            f"【主持人】{question}\n\n【县长】{answer}\n")


@pytest.mark.parametrize("date, question, answer, fact", [
    ("2017-04-26", "现在一季度已经过去,开局情况如何?", "开局良好。全县地区生产总值完成58.7亿元,同比增长7.9%。",
     ("gdp_growth", 2017, "Q1", "actual", 7.9)),
    ("2017-07-20", "上半年全县经济运行怎么样?", "总体平稳。全县规模以上工业增加值增长8.2%。",
     ("industrial_va_growth", 2017, "H1", "actual", 8.2)),
    ("2017-10-25", "前三季度主要指标完成得如何?", "好于预期。全县固定资产投资增长14.6%。",
     ("fixed_investment_growth", 2017, "Q1-Q3", "actual", 14.6)),
    ("2017-06-15", "1—5月份的情况怎么样?", "稳中有进。全县一般公共预算收入增长18.3%。",
     ("fiscal_revenue_growth", 2017, "M1-M5", "actual", 18.3)),
    ("2017-04-26", "一季度各项指标完成得怎么样?", "实现了开门红。全县社会消费品零售总额增长11.2%。",
     ("retail_sales_growth", 2017, "Q1", "actual", 11.2)),
], ids=["first-quarter", "half", "three-quarters", "months", "quarter-indicators"])
def test_the_answer_is_of_the_part_asked(date, question, answer, fact):
    got = figures(_talk(date, question, answer), FIELDS, meta={"region": "正定县"})
    assert fact in got and (*fact[:2], "year", *fact[3:]) not in got, got


def test_the_aims_answer_stays_the_years():
    got = figures(_talk("2017-04-26", "现在一季度已经过去,开局情况如何?", "开局良好。全县地区生产总值同比增长7.9%。"),
                  FIELDS, meta={"region": "正定县"})
    assert ("gdp_growth", 2017, "year", "target", 8.0) in got, got


def test_a_question_naming_no_part_leaves_the_answer_as_before():
    got = figures(_talk("2017-04-26", "全县如何确保完成目标?", "全县规模以上工业增加值力争增长8.5%。"),
                  FIELDS, meta={"region": "正定县"})
    assert not any(p != "year" for _, _, p, _, _ in got), got
