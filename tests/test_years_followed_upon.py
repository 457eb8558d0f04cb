"""A year after 继 (这是继2021年突破100亿元之后,又跃上新台阶) names an earlier milestone the figure follows upon, not the
figure's year: a bulletin's growth of 2022 was charted as 2021's (issue 23, found on set AL after it was measured
once). Made-up bulletins of this file's own wording. Negatives: a year that leads its own clause dates it, and 继续
(continue) is no such word."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
BULLETIN = "某县2022年国民经济和社会发展统计公报\n一、综合\n初步核算,2022年,{s}\n"


@pytest.mark.parametrize("sentence, want", [
    ("全县地区生产总值达到115.77亿元,这是继2021年突破100亿元之后又一新台阶,按可比价计算比上年增长4.8%。", ("gdp_growth", 2022, "actual", 4.8)),
    ("全县一般公共预算收入12.5亿元,是继2020年突破10亿元后的又一跨越,比上年增长6.2%。", ("fiscal_revenue_growth", 2022, "actual", 6.2)),
    ("全县社会消费品零售总额56亿元,继2019年之后再创新高,同比增长3.9%。", ("retail_sales_growth", 2022, "actual", 3.9)),
    ("全县固定资产投资继2021年高速增长之后,比上年增长11.2%。", ("fixed_investment_growth", 2022, "actual", 11.2)),
    ("全县规模以上工业增加值继2018年首次突破30亿元之后,比上年增长8.1%。", ("industrial_va_growth", 2022, "actual", 8.1)),
])
def test_a_year_followed_upon_is_not_the_figure_year(sentence, want):
    got = figures(BULLETIN.format(s=sentence), FIELDS, meta={"region": "金溪县"})
    assert want in got
    assert not {f for f in got if f[0] == want[0] and f[1] != 2022}


@pytest.mark.parametrize("sentence, want", [
    ("全县地区生产总值115.77亿元;2021年,全县地区生产总值比上年增长8.2%。", ("gdp_growth", 2021, "actual", 8.2)),
    ("全县继续保持良好势头,地区生产总值比上年增长4.8%。", ("gdp_growth", 2022, "actual", 4.8)),
])
def test_a_year_of_its_own_clause_still_dates_it(sentence, want):
    assert want in figures(BULLETIN.format(s=sentence), FIELDS, meta={"region": "金溪县"})
