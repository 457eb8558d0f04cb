"""A part of the year's outcome in one sentence, then the year's aim in the next (1-10月,…收入增长5.3%。对照年初确定的…
增长6%的目标,…), or in the same sentence after the part (上半年…增速与年初确定的…增长6.5%的目标基本相当): the aim is the
whole year's, not the part's. Before, the aim took the part of the year named before it, and was charted as an aim for
the ten months or the half (issue 23, class 1: time). Negatives: an aim its own sentence sets for a part (力争一季度…
增长6%) keeps the part, and the part's outcome keeps its part. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = "2023年1-10月桐城市经济运行情况\n桐城市统计局 2023-11-20\n"


def read(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "桐城市"}, charted=True)


@pytest.mark.parametrize("body,key,aim", [
    ("1-10月,全市财政收入平稳增长。全市一般公共预算收入同比增长5.3%。对照年初确定的一般公共预算收入增长6%的目标,"
     "仍需加力。", "fiscal_revenue_growth", 6.0),
    ("1-10月,全市投资有所放缓。全市固定资产投资同比增长4.6%。对照年初确定的固定资产投资增长8%的目标,差距较大。",
     "fixed_investment_growth", 8.0),
    ("总体看,上半年全市经济增速与年初确定的地区生产总值增长6.5%的目标基本相当。", "gdp_growth", 6.5),
    ("上半年,全市规上工业增加值增长7.1%,与年初制定的规上工业增加值增长8%的目标仍有差距。", "industrial_va_growth", 8.0),
    ("1-10月,全市消费市场回暖。全市社会消费品零售总额增长5.8%。对照社会消费品零售总额增长7%的全年目标,还差1.2个百分点。",
     "retail_sales_growth", 7.0),
])
def test_the_aim_is_the_years(body, key, aim):
    got = read(body)
    assert (key, 2023, "year", "target", aim) in got, got
    assert not any(k == "target" and p != "year" for i, y, p, k, v in got)


def test_a_parts_outcome_keeps_its_part():
    got = read("四、财政收入。1-10月,全市一般公共预算收入同比增长5.3%。")
    assert ("fiscal_revenue_growth", 2023, "M1-M10", "actual", 5.3) in got
