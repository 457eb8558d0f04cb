"""A budget's revenue arranged for the coming year (2015年全省地方一般公共预算收入安排5504.25亿元,比上年增长9.5%) is a
target, though the clause compares with last year (比上年, otherwise a word of outcomes): 收入安排 is the budget's plan
(data/kind_words.csv). Before, it was charted as an outcome (issue 23, found on set AU after it was measured once).
Made-up budget news of this file's own wording. Negative: the year's revenue achieved (完成) stays an outcome."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
NEWS = "某省预算报告\n报告显示,2014年全省财政运行良好。{s}\n"
META = {"region": "山东省", "date": "2015-01-27"}


@pytest.mark.parametrize("s, want", [
    ("2015年全省地方一般公共预算收入安排5504.25亿元,比上年增长9.5%。", ("fiscal_revenue", 2015, "target", 5504.25)),
    ("2015年全省地方一般公共预算收入安排5504.25亿元,比上年增长9.5%。", ("fiscal_revenue_growth", 2015, "target", 9.5)),
    ("2015年一般公共预算收入安排320.6亿元,同比增长7%。", ("fiscal_revenue", 2015, "target", 320.6)),
    ("2015年一般公共预算收入安排320.6亿元,同比增长7%。", ("fiscal_revenue_growth", 2015, "target", 7.0)),
    ("2015年地方一般公共预算收入安排88.2亿元,较上年增长6.5%。", ("fiscal_revenue_growth", 2015, "target", 6.5)),
])
def test_revenue_arranged_in_a_budget_is_a_target(s, want):
    got = figures(NEWS.format(s=s), FIELDS, meta=META)
    assert want in got and (want[0], want[1], "actual", want[3]) not in got


def test_revenue_achieved_stays_an_outcome():
    got = figures(NEWS.format(s="2014年全省地方一般公共预算收入完成5026.71亿元,比上年增长10.2%。"), FIELDS, meta=META)
    assert ("fiscal_revenue", 2014, "actual", 5026.71) in got
