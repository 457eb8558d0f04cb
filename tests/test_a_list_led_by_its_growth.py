"""A list led by the growth it gives, up to a colon (主要指标增速:地区生产总值5.3%,规上工业增加值6.8%…; 各项指标增长情况
如下:…;…): each bare rate of the list is its name's growth. Before, a rate with no growth word beside it was dropped
(issue 23, class 2: kind and measure from structure). Negatives: a lead that names no growth (主要经济指标:) leaves a bare
rate unread; a share or a rate said as such stays what it is. Made-up bulletins in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
BULLETIN = "南靖县2023年国民经济和社会发展统计公报\n南靖县统计局 2024年3月20日\n{s}\n"


def charted(s: str) -> set[tuple]:
    return figures(BULLETIN.format(s=s), FIELDS, meta={"region": "南靖县"}, charted=True)


@pytest.mark.parametrize("s,want", [
    ("主要指标增速:地区生产总值5.3%,规上工业增加值6.8%,固定资产投资-2.1%。", ("gdp_growth", 2023, "actual", 5.3)),
    ("主要指标增速:地区生产总值5.3%,规上工业增加值6.8%,固定资产投资-2.1%。", ("industrial_va_growth", 2023, "actual", 6.8)),
    ("主要指标增速:地区生产总值5.3%,规上工业增加值6.8%,固定资产投资-2.1%。",
     ("fixed_investment_growth", 2023, "actual", -2.1)),
    ("各项指标增长情况如下:地区生产总值增长5.3%;规上工业增加值6.8%;固定资产投资-2.1%。",
     ("industrial_va_growth", 2023, "actual", 6.8)),
    ("全年主要指标增幅:一般公共预算收入4.1%,社会消费品零售总额6.5%。", ("fiscal_revenue_growth", 2023, "actual", 4.1)),
])
def test_each_bare_rate_is_a_growth(s, want):
    assert want in charted(s)


@pytest.mark.parametrize("s", [
    "主要经济指标:地区生产总值5.3%;规上工业增加值6.8%。",
    "地区生产总值5.3%。",
])
def test_no_growth_without_the_lead(s):
    assert not any(i.endswith("_growth") for i, y, k, v in charted(s))


def test_a_share_or_a_rate_stays_what_it_is():
    got = charted("主要指标增速:服务业增加值占比52%,城镇登记失业率3.2%。")
    assert ("tertiary_share", 2023, "actual", 52.0) in got and ("unemployment_rate", 2023, "actual", 3.2) in got
    assert not any(i.endswith("_growth") for i, y, k, v in got)
