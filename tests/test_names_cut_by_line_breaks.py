"""A line break that cuts an indicator's name (城镇常住\\n居民人均可支配收入, 一般公共预算\\n收入) in a text wrapped at no steady
width is joined before reading: the half after the break read as a name of its own (居民人均可支配收入: all residents'
income) or as nothing, and a town's income was charted as all residents' (issue 23, class 6, found on the corpus
where the wrap-width rule could not see the wrap). Made-up texts of this file's own wording. Negatives: a break after
a whole name, between a heading and its text, or between two sentences stays."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "kind", "value")
REPORT = "某县政府工作报告\n——2016年1月13日在某县第十五届人民代表大会第五次会议上\n各位代表:\n据统计,2015年,全县{body}\n"


@pytest.mark.parametrize("body, key, value", [
    ("实现生产总值208亿元,增长8.2%;城镇常住\n居民人均可支配收入33432元,增长9.4%。", "disposable_income_urban", 3.3432),
    ("实现生产总值208亿元,增长8.2%;一般公共预算\n收入17.1亿元,增长8.7%。", "fiscal_revenue", 17.1),
    ("实现生产总值208亿元,增长8.2%;规模以上工业\n增加值增长7.5%。", "industrial_va_growth", 7.5),
    ("实现生产总值208亿元,增长8.2%;社会消费品零\n售总额96.4亿元,增长11%。", "retail_sales", 96.4),
    ("实现生产总值208亿元,增长8.2%;完成固定资\n产投资165.8亿元,增长14.3%。", "fixed_investment", 165.8),
])
def test_a_name_cut_by_a_line_break_is_read_whole(body, key, value):
    got = figures(REPORT.format(body=body), FIELDS, meta={"region": "淳安县"})
    assert (key, 2015, "actual", value) in got
    assert not {f for f in got if f[3] == value and f[0] != key}


@pytest.mark.parametrize("lines", [
    "全县实现地区生产总值\n增长情况良好",
    "一、经济运行情况\n地区生产总值增长8%",
    "全县经济平稳运行\n一般公共预算收入17.1亿元",
    "财政收入稳步增长。\n居民人均可支配收入33432元",
])
def test_other_breaks_stay(lines):
    text = REPORT.format(body="实现生产总值208亿元,增长8.2%。") + lines + "。\n"
    assert lines in documents_from_text(K, text, "case.txt")[0].text
