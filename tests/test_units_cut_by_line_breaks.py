"""A line break that cuts a unit right after its number (地区生产总值 385 亿\\n元 , 增长 9.8%) is joined: the growth after it
was cut off into a sentence of its own and lost (issue 23, found on set AP after it was measured once; a second on
the texts at hand). Made-up reports of this file's own wording. Negatives: a break after a unit's first character
whose next line does not finish that unit (12亿\n万众, 12亿\n美好), and one between two lines of prose, stay apart."""

import pytest

from etl.extract.normalize import join_broken_lines
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "kind", "value")
REPORT = "某区政府工作报告\n——2022年1月10日在某区人民代表大会上\n一、2021年工作回顾\n{s}\n"
META = {"region": "昆都仑区"}


@pytest.mark.parametrize("sentence, want", [
    ("预计全年实现地区生产总值 385 亿\n元 , 增长 9.8%;", ("gdp_growth", 2021, "actual", 9.8)),
    ("一般公共预算收入22.1亿\n元,增长9.1%;", ("fiscal_revenue_growth", 2021, "actual", 9.1)),
    ("外贸进出口总额4.2亿美\n元,增长18.98%;", ("trade_growth", 2021, "actual", 18.98)),
    ("地方一般公共预算收入41651万\n元,增长6.2%;", ("fiscal_revenue_growth", 2021, "actual", 6.2)),
    ("地区生产总值1.2万\n亿元,增长8.1%;", ("gdp_growth", 2021, "actual", 8.1)),
])
def test_a_unit_cut_after_its_number_is_joined(sentence, want):
    assert want in figures(REPORT.format(s=sentence), FIELDS, meta=META)


@pytest.mark.parametrize("text", [
    "筹集资金12亿\n万众一心推进项目",
    "全年实现增长\n元气恢复",
    "项目投资12亿\n美好生活",
])
def test_no_unit_across_the_break_keeps_it(text):
    assert join_broken_lines(text, K.grammar.units) == text
