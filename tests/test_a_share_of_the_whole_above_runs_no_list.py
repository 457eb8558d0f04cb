"""A share of the whole above closing a piece (…增长14.8%,占全州经济总量的27.9%;公共财政预算收入17.28亿元,…): the whole is
what the share is of, not a subject whose figures run on past the semicolon; the next items are the place's own. Before,
every item after such a share was taken for the prefecture's and lost (issue 22, class 5: other places; made-up set kb).
Negatives: a run of the whole above's own figures past a semicolon (全州地区生产总值…增长6%;规上工业增加值…) is still the
whole's. Made-up work reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
META = {"region": "都匀市"}
HEAD = "都匀市政府工作报告\n2015年1月9日在都匀市第十二届人民代表大会第四次会议上\n\n"


@pytest.mark.parametrize("share, want", [
    ("占全州经济总量的27.9%", ("fiscal_revenue", 2014, 17.28)),
    ("占全州地区生产总值的27.9%", ("fiscal_revenue", 2014, 17.28)),
    ("占全州经济总量的比重达27.9%", ("fiscal_revenue_growth", 2014, 12.5)),
    ("占全州经济总量的27.9%", ("fixed_investment", 2014, 386.2)),
    ("占全州生产总值的27.9%", ("fixed_investment_growth", 2014, 32.6)),
])
def test_the_items_after_the_share_are_ours(share, want):
    text = HEAD + (f"全年完成地区生产总值205.6亿元,增长14.8%,{share};公共财政预算收入17.28亿元,增长12.5%;"
                   "全社会固定资产投资386.2亿元,增长32.6%。\n")
    assert want in figures(text, FIELDS, meta=META, charted=True)


def test_a_run_of_the_wholes_own_figures_is_still_the_wholes():
    text = HEAD + "报告说,全州地区生产总值完成1016.9亿元,增长10.9%;规模以上工业增加值增长12.1%。\n"
    got = figures(text, FIELDS, meta=META, charted=True)
    assert not any(f[2] == 12.1 for f in got)
