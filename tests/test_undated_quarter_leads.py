"""An undated item whose head leads with a year's part (记者从某市统计局获悉,2021年一季度,某市实现地区生产总值…) reports that
part: its later figures that name no part are the part's, not the whole year's (issue 23, found on set AS after it was
measured once). A dated item still needs its date to fall just after the part. Made-up items of this file's own
wording. Negatives: a year's part that names a meeting (2026年一季度全区经济发展调度会) leads nothing, and a head with no
part keeps the year."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
ITEM = "记者从某市统计局获悉,{lead}某市实现地区生产总值493.1亿元,同比增长13.2%。\n第二产业实现增加值183.1亿元,其中规上工业增加值增长14.0%。全社会固定资产投资增长19.9%,社会消费品零售总额增长25.3%。\n"
META = {"region": "达州市"}


@pytest.mark.parametrize("lead, want", [
    ("2021年一季度,", ("industrial_va_growth", 2021, "Q1", 14.0)),
    ("2021年一季度,", ("fixed_investment_growth", 2021, "Q1", 19.9)),
    ("2021年上半年,", ("retail_sales_growth", 2021, "H1", 25.3)),
    ("2019年前三季度,", ("industrial_va_growth", 2019, "Q1-Q3", 14.0)),
    ("2022年1-5月,", ("fixed_investment_growth", 2022, "M1-M5", 19.9)),
    ("2020年第一季度,", ("retail_sales_growth", 2020, "Q1", 25.3)),
    ("2023年上半年,", ("fixed_investment_growth", 2023, "H1", 19.9)),
])
def test_an_undated_items_leading_part_holds_for_its_later_figures(lead, want):
    assert want in figures(ITEM.format(lead=lead), FIELDS, meta=META)


def test_a_meetings_part_leads_nothing():
    text = ("1月26日,2026年一季度全区经济发展调度会召开。会议通报了2025年全区经济运行情况。\n"
            "2025年,某市地区生产总值同比增长6.2%,规上工业增加值增长10.3%,固定资产投资增长4.6%。\n")
    got = figures(text, FIELDS, meta=META)
    assert ("industrial_va_growth", 2025, "Q1", 10.3) not in got
