"""A gap to the year's aim said with the growth between (低于年度增长目标0.2个百分点, 比全年增速目标高0.5个百分点): the aim
is the growth just stated plus or minus the gap, as for 低于年度目标. Before, 增长 between 年度 and 目标 hid the aim (issue
23, class 4: comparisons; made-up set jv). Negatives: a gap to no aim (比一季度回落0.3个百分点) gives no aim. Made-up
analyses in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "凤阳县"}
HEAD = "凤阳县2019年上半年经济运行分析\n凤阳县统计局 2019年7月22日\n\n"


@pytest.mark.parametrize("sentence, want", [
    ("上半年全县社会消费品零售总额75.2亿元,同比增长10.3%,低于年度增长目标0.2个百分点。", ("retail_sales_growth", 2019, "target", 10.5)),
    ("上半年全县地区生产总值增长7.1%,比全年增速目标低0.4个百分点。", ("gdp_growth", 2019, "target", 7.5)),
    ("上半年全县固定资产投资增长11.2%,高于年度增长目标1.2个百分点。", ("fixed_investment_growth", 2019, "target", 10.0)),
    ("上半年全县一般公共预算收入增长6.5%,高于年度增长目标0.5个百分点。", ("fiscal_revenue_growth", 2019, "target", 6.0)),
    ("上半年全县规模以上工业增加值增长7.6%,低于年初增长目标0.9个百分点。", ("industrial_va_growth", 2019, "target", 8.5)),
])
def test_the_aim_is_the_growth_and_the_gap(sentence, want):
    assert want in figures(HEAD + sentence + "\n", FIELDS, meta=META, charted=True)


def test_a_gap_to_no_aim_gives_no_aim():
    got = figures(HEAD + "上半年全县地区生产总值增长7.1%,比一季度回落0.3个百分点。\n", FIELDS, meta=META, charted=True)
    assert not any(f[2] == "target" for f in got)
