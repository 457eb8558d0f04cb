"""A sentence that lists parts of the year with 分别 and says they grew or fell, naming no indicator (一季度、上半年、前三季度
和全年分别增长4.1%、…), after one that named it: its figures are the last named indicator's, each of its part (a bare
分别为 in a new sentence still names nothing: test_parts_listed_severally_after_a_semicolon.py). Before, only a piece after a
semicolon took the name; after a full stop the list was lost (issue 23, class 4: subjects; made-up set jo). Negatives:
such a sentence opening its paragraph takes no name from the paragraph before; one after a lead-in (从运行走势看,…) is
left as it was. Made-up bulletins in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
META = {"region": "海淀区"}
HEAD = "海淀区2023年经济运行情况\n海淀区统计局 2024年1月25日\n\n"


@pytest.mark.parametrize("named, listed, want", [
    ("全年实现地区生产总值11245.3亿元,比上年增长6.0%。", "一季度、上半年、前三季度和全年分别增长4.1%、6.6%、6.2%和6.0%。",
     {("gdp_growth", 2023, "Q1", 4.1), ("gdp_growth", 2023, "H1", 6.6), ("gdp_growth", 2023, "Q1-Q3", 6.2)}),
    ("全年实现地区生产总值11245.3亿元,比上年增长6.0%,高于全市0.8个百分点。", "一季度、上半年和前三季度分别增长4.1%、6.6%和6.2%。",
     {("gdp_growth", 2023, "Q1", 4.1), ("gdp_growth", 2023, "Q1-Q3", 6.2)}),
    ("全年规模以上工业增加值增长8.2%。", "一季度、上半年分别增长7.5%和7.9%。",
     {("industrial_va_growth", 2023, "Q1", 7.5), ("industrial_va_growth", 2023, "H1", 7.9)}),
    ("全年社会消费品零售总额增长9.1%。", "1—4月、上半年和前三季度分别增长12.3%、10.4%和9.6%。",
     {("retail_sales_growth", 2023, "M1-M4", 12.3), ("retail_sales_growth", 2023, "Q1-Q3", 9.6)}),
    ("全年固定资产投资增长4.2%。", "上半年、前三季度分别增长3.1%和3.8%。",
     {("fixed_investment_growth", 2023, "H1", 3.1), ("fixed_investment_growth", 2023, "Q1-Q3", 3.8)}),
])
def test_the_list_takes_the_last_named_indicator(named, listed, want):
    assert want <= figures(HEAD + named + listed + "\n", FIELDS, meta=META)


def test_a_list_opening_its_paragraph_takes_no_name():
    got = figures(HEAD + "全年固定资产投资增长4.2%。\n\n上半年、前三季度分别增长3.1%和3.8%。\n", FIELDS, meta=META)
    assert ("fixed_investment_growth", 2023, "H1", 3.1) not in got
