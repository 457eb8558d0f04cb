"""A cell of words with a figure in a column of figures (五年累计4000 among 1800, 38000, 100; 与上年持平0 …) is a note: it
fits that column as a blank cell does, so the table goes on past its row and the rows below it are read. A row whose
label is not words still ends the table (issue 23, class 3: tables; made-up set jd). Made-up tables in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "绵阳市"}
PAGE = ("某市“十二五”规划纲要实施中期评估报告\n\n发布时间:2013-09-20\n\n"
        "指标 单位 2012年 2015年目标 属性\n"
        "地区生产总值 亿元 1346.4 1800 预期性\n"
        "全社会固定资产投资 亿元 920.5 {note} 预期性\n"
        "城镇居民人均可支配收入 元 21054 26000 预期性\n"
        "城镇登记失业率 % 3.9 4.5以内 约束性\n"
        "公共财政预算收入 亿元 82.6 100 预期性\n")


@pytest.mark.parametrize("note", ["五年累计4000", "累计4000以上", "年均增长15", "约1200", "五年合计4000"],
                         ids=["leiji", "yishang", "nianjun", "yue", "heji"])
def test_the_rows_below_the_note_are_read(note):
    got = figures(PAGE.format(note=note), FIELDS, meta=META)
    assert ("disposable_income_urban", 2015, "target", 2.6) in got
    assert ("unemployment_rate", 2015, "target", 4.5) in got
    assert ("fiscal_revenue", 2015, "target", 100.0) in got


def test_the_note_itself_is_no_figure():
    got = figures(PAGE.format(note="五年累计4000"), FIELDS, meta=META)
    assert not any(f[0] == "fixed_investment" and f[3] == 4000.0 for f in got)
