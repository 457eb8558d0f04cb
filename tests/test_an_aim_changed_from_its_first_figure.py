"""An aim changed in the year's course, said from its first figure (一般公共预算收入预算由增长2%调整为下降12%, 固定资产投资
计划由增长8%调整为5%): the first figure is the aim set at the year's start, a target, not an outcome. Before, with 由 between
the aim's word and its figure, the figure was charted as the year's outcome (issue 23, class 2: kind; made-up set jr).
Negatives: an outcome said from last year's (由上年的…增加到…) reads as before. Made-up reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "大庆市"}
HEAD = ("大庆市2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n2021年1月\n\n一、2020年计划执行情况\n\n"
        "(一)关于年度计划调整\n\n经市人大常委会审议批准,")


@pytest.mark.parametrize("said, want", [
    ("一般公共预算收入预算由增长2%调整为下降12%。", ("fiscal_revenue_growth", 2020, "target", 2.0)),
    ("一般公共预算收入预算由增长3.5%调整为增长1%。", ("fiscal_revenue_growth", 2020, "target", 3.5)),
    ("固定资产投资计划由增长8%调整为增长5%。", ("fixed_investment_growth", 2020, "target", 8.0)),
    ("社会消费品零售总额计划由增长6%调整为持平。", ("retail_sales_growth", 2020, "target", 6.0)),
    ("规模以上工业增加值计划由增长3%调整为1%。", ("industrial_va_growth", 2020, "target", 3.0)),
])
def test_the_first_figure_is_the_aim(said, want):
    got = figures(HEAD + said + "\n", FIELDS, meta=META)
    assert want in got
    assert (*want[:2], "actual", want[3]) not in got


def test_an_outcome_from_last_years_reads_as_before():
    got = figures(HEAD + "一般公共预算收入由上年的50.2亿元增加到55.1亿元。\n", FIELDS, meta=META)
    assert ("fiscal_revenue", 2020, "actual", 55.1) in got
