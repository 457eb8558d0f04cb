"""A sentence that opens by citing a work report by its year (某区2025年工作报告显示,…; 在2019年《政府工作报告》中,…)
reports that year's aims but the outcomes of the year the report looks back on, the one before: a news item quoting a
district's 2025 report had its estimates of 2024 charted as 2025's (issue 23, found on set AL after it was measured
once). Made-up items of this file's own wording. Negatives: the aims in such a sentence keep the report's year, a
bulletin cited by its year (2024年统计公报显示) reports that year, and a year that names no report leads as before."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
ITEM = "某区新闻\n发布时间:2025-07-07 21:36\n{s}\n"


@pytest.mark.parametrize("sentence, want", [
    ("某区2025年工作报告显示,该区预计实现地区生产总值800亿元、增长7%,完成一般公共预算收入38.6亿元、增长5.8%。",
     {("gdp_growth", 2024, "actual", 7.0), ("fiscal_revenue", 2024, "actual", 38.6)}),
    ("某县2023年政府工作报告显示,全县完成一般公共预算收入12.4亿元,同比增长6.1%。",
     {("fiscal_revenue", 2022, "actual", 12.4), ("fiscal_revenue_growth", 2022, "actual", 6.1)}),
    ("在2019年《政府工作报告》中,全县实现地区生产总值215亿元,比上年增长7.8%。",
     {("gdp", 2018, "actual", 215.0), ("gdp_growth", 2018, "actual", 7.8)}),
    ("某市2021年“政府工作报告”显示,全市社会消费品零售总额完成460亿元,增长4.2%。",
     {("retail_sales", 2020, "actual", 460.0), ("retail_sales_growth", 2020, "actual", 4.2)}),
    ("2024年工作报告显示,全区固定资产投资完成96亿元,同比增长9.3%。",
     {("fixed_investment_growth", 2023, "actual", 9.3)}),
])
def test_outcomes_cited_from_a_report_are_of_the_year_it_reviews(sentence, want):
    got = figures(ITEM.format(s=sentence), FIELDS, meta={"region": "某区"})
    assert want <= got
    assert not {f for f in got if f[2] == "actual" and f[1] == max(y for _, y, _, _ in want) + 1}


@pytest.mark.parametrize("sentence, want", [
    ("某县在2018年《政府工作报告》中明确了新一年的目标任务,地区生产总值增长7%左右,固定资产投资增长8%。",
     ("gdp_growth", 2018, "target", 7.0)),
    ("2024年统计公报显示,全市地区生产总值完成500亿元,比上年增长5.2%。", ("gdp_growth", 2024, "actual", 5.2)),
    ("2024年,全区实现地区生产总值500亿元,比上年增长5.2%。", ("gdp_growth", 2024, "actual", 5.2)),
])
def test_aims_bulletins_and_plain_years_keep_their_year(sentence, want):
    assert want in figures("某区新闻\n" + sentence + "\n", FIELDS, meta={"region": "某区"})
