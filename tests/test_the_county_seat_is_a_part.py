"""The county seat (县城) and a city's urban districts (市区) are parts of the place: their figures (县城社会消费品零售总额
增长7.5%, 市区地区生产总值增长6.1%) are not the county's or the city's. Before, they were charted as the place's own with
high confidence (issue 22, other places' figures: a part of the place). Negatives: the whole place's figure beside
them (全县, 全市, no scope) is charted as before. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
COUNTY = "2025年沐川县人民政府工作报告\n——2025年1月10日在沐川县第十八届人民代表大会第五次会议上\n一、2024年工作回顾\n"
CITY = "2025年张掖市人民政府工作报告\n——2025年1月6日在张掖市第五届人民代表大会第五次会议上\n一、2024年工作回顾\n"


def charted(head: str, line: str, region: str) -> set[tuple]:
    return figures(head + line + "\n", FIELDS, meta={"region": region}, charted=True)


@pytest.mark.parametrize("head,line,region,part", [
    (COUNTY, "全县地区生产总值增长5.3%。县城社会消费品零售总额增长7.5%。", "沐川县", 7.5),
    (COUNTY, "全县地区生产总值增长5.3%。县城固定资产投资增长12.4%。", "沐川县", 12.4),
    (CITY, "全市地区生产总值增长5.9%。市区固定资产投资增长10.2%。", "张掖市", 10.2),
    (CITY, "全市地区生产总值增长5.9%。市区社会消费品零售总额达到150.2亿元。", "张掖市", 150.2),
    (CITY, "全市地区生产总值增长5.9%。市区一般公共预算收入增长8.6%。", "张掖市", 8.6),
])
def test_a_parts_figure_is_not_the_places(head, line, region, part):
    got = charted(head, line, region)
    assert not any(v == part for i, y, k, v in got), got
    assert any(i == "gdp_growth" for i, y, k, v in got)


@pytest.mark.parametrize("head,line,region,whole", [
    (COUNTY, "全县社会消费品零售总额增长7.5%。", "沐川县", ("retail_sales_growth", 2024, "actual", 7.5)),
    (CITY, "全市社会消费品零售总额达到150.2亿元。", "张掖市", ("retail_sales", 2024, "actual", 150.2)),
    (CITY, "一般公共预算收入增长8.6%。", "张掖市", ("fiscal_revenue_growth", 2024, "actual", 8.6)),
])
def test_the_whole_as_before(head, line, region, whole):
    assert whole in charted(head, line, region)
