"""An aim told by the gap to it (…,但低于年度目标5.8个百分点) after a rate set in brackets as an aside (增速比一季度(-5.8%)提高
7个百分点, 高于全市(0.8%)): the aim is the figure's own rate plus the gap, not the bracketed rate's. Before, the rate of the
first quarter in brackets was taken as the base, and an aim of 0% was charted where the page's aim was 7% (issue 23,
class 4: comparisons; made-up set jv). Negatives: with no aside, the aim is the rate stated plus the gap as before.
Made-up half-year analyses in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "永川区"}
HEAD = "永川区2020年上半年经济运行分析\n永川区统计局 2020年7月28日\n\n"


@pytest.mark.parametrize("sentence, indicator, aim", [
    ("上半年全区地区生产总值同比增长1.2%,增速比一季度(-5.8%)提高7个百分点,但低于年度目标5.8个百分点。", "gdp_growth", 7.0),
    ("上半年规模以上工业增加值增长3.4%,比一季度(-9.1%)加快12.5个百分点,低于年度目标4.6个百分点。", "industrial_va_growth", 8.0),
    ("上半年固定资产投资增长2.5%,较1—5月(1.1%)回升1.4个百分点,比年度目标低7.5个百分点。", "fixed_investment_growth", 10.0),
    ("上半年社会消费品零售总额下降4.0%,降幅比一季度(-15.2%)收窄11.2个百分点,低于年度目标13个百分点。",
     "retail_sales_growth", 9.0),
    ("上半年一般公共预算收入增长1.5%,高于全市(0.8%)0.7个百分点,低于年度目标4.5个百分点。", "fiscal_revenue_growth", 6.0),
    ("上半年城镇居民人均可支配收入增长5.1%,比一季度(4.2%)提高0.9个百分点,低于年度目标2.9个百分点。",
     "disposable_income_urban_growth", 8.0),
])
def test_the_aim_is_the_figures_own_rate_plus_the_gap(sentence, indicator, aim):
    got = figures(HEAD + sentence + "\n", FIELDS, meta=META, charted=True)
    assert (indicator, 2020, "target", aim) in got
    assert not any(f[0] == indicator and f[2] == "target" and f[3] != aim for f in got)


def test_with_no_aside_the_aim_is_the_rate_plus_the_gap():
    got = figures(HEAD + "上半年全区地区生产总值同比增长5.2%,低于年度目标1.3个百分点。\n", FIELDS, meta=META, charted=True)
    assert ("gdp_growth", 2020, "target", 6.5) in got
