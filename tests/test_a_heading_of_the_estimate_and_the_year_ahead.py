"""A heading that names both the year's estimate and the next year's work (五、全年预计及2025年打算, 六、全年展望与明年
安排) is not the next year's aims' section: what stands under it is read by its own words, the estimate (初步预计,
全年…预计完成…) as the year's outcome and the aims (2025年…主要预期目标为:…) as the next year's. Before, the heading's year
was taken for the whole section, so the estimate was charted as next year's aim and the real aim went to review as a
restatement (issue 23, class 1: time; made-up set jo). Negatives: a heading of the year ahead alone still opens its aims.
Made-up year-end reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "顺义区"}
HEAD = "顺义区2024年1—11月经济运行情况\n北京市顺义区统计局 2024年12月26日\n\n一、总体情况\n前三季度,全区地区生产总值增长5.1%。\n\n"
AIMS = "2025年,全区初步考虑主要预期目标为:地区生产总值增长5.5%左右,一般公共预算收入增长4%。\n"


@pytest.mark.parametrize("heading, estimate, want", [
    ("七、全年预计与2025年安排", "综合研判,初步预计全年地区生产总值增长5.3%左右。",
     ("gdp_growth", 2024, "actual", 5.3)),
    ("五、全年预计及2025年打算", "初步预计,全年一般公共预算收入完成88亿元左右。",
     ("fiscal_revenue", 2024, "actual", 88.0)),
    ("六、全年预计和2025年工作考虑", "预计全年社会消费品零售总额增长2.6%。",
     ("retail_sales_growth", 2024, "actual", 2.6)),
    ("三、全年预计与2025年重点工作", "经初步测算,全年固定资产投资预计增长4.4%。",
     ("fixed_investment_growth", 2024, "actual", 4.4)),
    ("八、全年预计暨2025年工作安排", "综合各方面情况预计,全年规模以上工业增加值增长7.1%左右。",
     ("industrial_va_growth", 2024, "actual", 7.1)),
])
def test_the_estimate_is_the_years_outcome_and_the_aims_are_next_years(heading, estimate, want):
    got = figures(HEAD + heading + "\n" + estimate + "\n\n" + AIMS, FIELDS, meta=META)
    assert want in got
    assert ("gdp_growth", 2025, "target", 5.5) in got
    assert (want[0], 2025, "target", want[3]) not in got


@pytest.mark.parametrize("heading", ["七、2025年工作安排", "五、2025年主要目标和工作打算"])
def test_a_heading_of_the_year_ahead_alone_still_opens_its_aims(heading):
    got = figures(HEAD + heading + "\n地区生产总值增长5.5%左右,一般公共预算收入增长4%。\n", FIELDS, meta=META)
    assert ("gdp_growth", 2025, "target", 5.5) in got
