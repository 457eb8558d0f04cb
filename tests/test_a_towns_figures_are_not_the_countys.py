"""A county's bulletin gives its towns' and townships' figures too (沐溪镇规上工业增加值增长12.1%, 其中,永福乡完成…):
a figure whose name follows a town's name, or whose clause a town opens as its subject, is the town's, not the
county's. Before, the town's figure given before the county's own was charted as the county's, and the county's own
went to review as a second figure (issue 22, item 5: other places' figures). Negatives: names that begin with a word
ending so (城镇居民, 城镇登记失业率) and a county's own figures stay the county's. Made-up pages in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "沐川县2024年国民经济和社会发展统计公报\n沐川县统计局\n2025年3月28日\n"


def charted(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "沐川县"}, charted=True)


@pytest.mark.parametrize("town,ours", [
    ("沐溪镇规模以上工业增加值增长12.1%。", ("industrial_va_growth", 2024, "actual", 8.2)),
    ("永福乡地区生产总值增长4.0%。", ("gdp_growth", 2024, "actual", 5.3)),
    ("2024年,沐溪镇实现地区生产总值40.2亿元。", ("gdp", 2024, "actual", 120.5)),
    ("其中,永福乡完成固定资产投资增长15.0%。", ("fixed_investment_growth", 2024, "actual", 9.1)),
    ("黄丹镇社会消费品零售总额增长3.1%,舟坝镇增长4.2%。", ("retail_sales_growth", 2024, "actual", 7.1)),
])
def test_the_towns_figure_is_not_the_countys(town, ours):
    own = ("全县地区生产总值120.5亿元,增长5.3%。全县规模以上工业增加值增长8.2%。全县固定资产投资增长9.1%。"
           "全县社会消费品零售总额增长7.1%。")
    got = charted(town + own)
    assert ours in got
    assert not any(i == ours[0] and v != ours[3] for i, y, k, v in got)


def test_names_that_begin_with_such_a_word_stay_ours():
    got = charted("城镇居民人均可支配收入42310元,增长4.8%。城镇登记失业率为3.2%。")
    assert {("disposable_income_urban", 2024, "actual", 4.231), ("disposable_income_urban_growth", 2024, "actual", 4.8),
            ("unemployment_rate", 2024, "actual", 3.2)} <= got
