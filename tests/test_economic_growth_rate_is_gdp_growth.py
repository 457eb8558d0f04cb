"""经济增速 (and 经济增长速度), the economy's growth rate, is the growth of the place's product: 经济增速由一季度的下降7.6%,回升至
前三季度增长3.0% gives the product's growth of each part. Before, the words named no indicator and the course of the
quarters was lost (issue 23, data/indicators.csv; made-up set jo). Negatives: another place's (全市经济增速) is not the
place's. Made-up bulletins in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
META = {"region": "万州区"}
HEAD = "万州区2020年国民经济和社会发展统计公报\n2021年3月20日\n\n初步核算,全年实现地区生产总值945.03亿元,比上年增长4.3%。"


@pytest.mark.parametrize("said, want", [
    ("经济增速由一季度的下降7.6%,回升至上半年增长0.8%、前三季度增长3.0%。", ("gdp_growth", 2020, "Q1", -7.6)),
    ("经济增速由一季度的下降7.6%,回升至上半年增长0.8%、前三季度增长3.0%。", ("gdp_growth", 2020, "Q1-Q3", 3.0)),
    ("经济增长速度由一季度的下降7.6%,回升至上半年增长0.8%、前三季度增长3.0%。", ("gdp_growth", 2020, "Q1", -7.6)),
    ("全区经济增速一季度下降7.6%,前三季度增长3.0%。", ("gdp_growth", 2020, "Q1", -7.6)),
    ("经济增速一季度增长2.1%,前三季度增长3.0%。", ("gdp_growth", 2020, "Q1", 2.1)),
])
def test_the_economys_growth_rate_is_the_products(said, want):
    assert want in figures(HEAD + said + "\n", FIELDS, meta=META)


def test_another_places_rate_is_not():
    got = figures(HEAD + "前三季度,全市经济增速为3.9%。\n", FIELDS, meta=META)
    assert ("gdp_growth", 2020, "Q1-Q3", 3.9) not in got
