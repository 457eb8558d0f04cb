"""The first months of a year named in words (前两个月, 前四个月, 前十个月) are that part of the year, as 前2个月 already
was. Before, the words were no part, so the figures were taken for a whole year not over and sent to review (issue 23,
class 1: the period from the sentence). Negatives: 前三季度 and 前3个月 read as before; a count of months that is no
part of a year (近两个月来) stays none. Made-up items of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
ITEM = "邹城市经济运行情况\n邹城市统计局 2024年{m}月20日\n{s}\n"


def charted(month: int, sentence: str) -> set[tuple]:
    return figures(ITEM.format(m=month, s=sentence), FIELDS, meta={"region": "邹城市"}, charted=True)


@pytest.mark.parametrize("month,sentence,figure", [
    (3, "今年前两个月,全市规模以上工业增加值同比增长9%。", ("industrial_va_growth", 2024, "M1-M2", "actual", 9.0)),
    (5, "今年前四个月,全市固定资产投资同比增长5.1%。", ("fixed_investment_growth", 2024, "M1-M4", "actual", 5.1)),
    (11, "今年前十个月,全市社会消费品零售总额增长6.3%。", ("retail_sales_growth", 2024, "M1-M10", "actual", 6.3)),
    (8, "今年前七个月,全市一般公共预算收入完成15.2亿元。", ("fiscal_revenue", 2024, "M1-M7", "actual", 15.2)),
    (12, "今年前十一个月,全市规模以上工业增加值增长7.7%。", ("industrial_va_growth", 2024, "M1-M11", "actual", 7.7)),
])
def test_the_first_months_in_words(month, sentence, figure):
    assert figure in charted(month, sentence)


@pytest.mark.parametrize("sentence,period", [
    ("今年前三季度,全市规模以上工业增加值增长8%。", "Q1-Q3"),
    ("今年前3个月,全市规模以上工业增加值增长8%。", "Q1"),
])
def test_parts_already_known(sentence, period):
    assert ("industrial_va_growth", 2024, period, "actual", 8.0) in charted(10, sentence)


def test_a_count_of_recent_months_is_no_part():
    got = charted(10, "近两个月来,全市规模以上工业增加值增长8%。")
    assert not {f for f in got if f[2].startswith("M1-")}
