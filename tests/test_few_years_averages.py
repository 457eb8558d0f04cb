"""An average over two to four years (地区生产总值412.24亿元,两年平均增长5.6%) is neither the year's growth nor a five-year
average: it was charted as the year's own growth (issue 23, found on set AQ after it was measured once; reports of
2021 and 2022 gave two-year averages beside or instead of the year's). It is not read. Made-up reports of this file's
own wording. Negatives: the year's growth beside it, and a five-year 年均 average, are read as before."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
REPORT = "某市政府工作报告\n——2023年1月8日在某市人民代表大会上\n一、2022年工作回顾\n{s}\n"
META = {"region": "昆都仑区"}


@pytest.mark.parametrize("sentence, value", [
    ("实现地区生产总值412.24亿元,两年平均增长5.6%。", 5.6),
    ("地区生产总值两年平均增长4.8%。", 4.8),
    ("固定资产投资两年平均增长8.8%,一般公共预算收入增长12.4%。", 8.8),
    ("社会消费品零售总额210亿元,三年平均增长3.1%。", 3.1),
    ("规模以上工业增加值二年平均增长6.3%。", 6.3),
])
def test_a_few_years_average_is_not_the_years_growth(sentence, value):
    got = figures(REPORT.format(s=sentence), FIELDS, meta=META)
    assert not {f for f in got if f[3] == value}


@pytest.mark.parametrize("sentence, want", [
    ("实现地区生产总值412.24亿元,同比增长8.2%,两年平均增长5.6%。", ("gdp_growth", 2022, "year", 8.2)),
    ("固定资产投资两年平均增长8.8%,一般公共预算收入增长12.4%。", ("fiscal_revenue_growth", 2022, "year", 12.4)),
])
def test_the_years_growth_beside_it_is_read(sentence, want):
    assert want in figures(REPORT.format(s=sentence), FIELDS, meta=META)
