"""Two ways a figure was charted wrong on reports never seen, each with texts written for this test.

1. A part of the place (区本级, 主城区: data/part_scopes.csv) named before an indicator makes that
   figure, and every later one of its sentence, the part's: never charted as the place's own. A
   ranking among such parts (增速居中心城区第一) is not one.
2. A plan word that an outcome is measured against (完成年计划…的90%, 未达预期目标, in brackets or not)
   does not make the outcome a target.
"""

import pytest

from etl.documents import documents_from_text
from etl.extract.classify import extract_document
from etl.knowledge import load_knowledge

CAT = load_knowledge()
HEAD = "2022年石湖区国民经济和社会发展统计公报\n石湖区统计局 2023-03-20\n"


def charted(text):
    out = set()
    for doc in documents_from_text(CAT, HEAD + text, "case.txt", meta={"region": "罗湖区"}):
        out |= {(r["indicator"], r["kind"], r["value"]) for r in extract_document(doc, CAT) if r["confidence"] == "high"}
    return out


PART_CASES = [
    # the whole's figures are charted, the part's never
    ("全区地区生产总值300.5亿元,增长6.1%。区本级地区生产总值210.2亿元,增长6.8%。",
     {("gdp", "actual", 300.5), ("gdp_growth", "actual", 6.1)}, {("gdp", "actual", 210.2), ("gdp_growth", "actual", 6.8)}),
    # a later clause of the part's sentence is the part's too, a structure ratio included
    ("全区地区生产总值300.5亿元。区本级地区生产总值210.2亿元,增长6.8%;三次产业结构为10.0:30.0:60.0。",
     {("gdp", "actual", 300.5)}, {("gdp", "actual", 210.2), ("tertiary_share", "actual", 60.0)}),
    ("主城区地区生产总值120.4亿元,增长5.5%。", set(), {("gdp", "actual", 120.4), ("gdp_growth", "actual", 5.5)}),
    ("中心城区的一般公共预算收入18.2亿元,增长3.3%。", set(),
     {("fiscal_revenue", "actual", 18.2), ("fiscal_revenue_growth", "actual", 3.3)}),
    # the whole named again after the part: the whole's
    ("区本级完成投资12亿元,全区地区生产总值300.5亿元,增长6.1%。",
     {("gdp", "actual", 300.5), ("gdp_growth", "actual", 6.1)}, set()),
    # a ranking among the central districts is not a part of the place
    ("全区地区生产总值300.5亿元,增长6.1%,增速居中心城区第一;一般公共预算收入40.1亿元,增长9.2%。",
     {("gdp", "actual", 300.5), ("fiscal_revenue", "actual", 40.1), ("fiscal_revenue_growth", "actual", 9.2)}, set()),
]


@pytest.mark.parametrize("text, must, never", PART_CASES)
def test_a_part_of_the_place_is_not_the_place(text, must, never):
    got = charted(text)
    assert must <= got and not (never & got), got


PLAN_CASES = [
    ("全区地区生产总值635亿元,完成年计划710亿元的89.4%(主要是工业未达预期目标),增长2.0%。",
     {("gdp_growth", "actual", 2.0)}, {("gdp_growth", "target", 2.0)}),
    ("全区固定资产投资增长5.1%(低于年初目标),社会消费品零售总额增长7.2%。",
     {("fixed_investment_growth", "actual", 5.1)}, {("fixed_investment_growth", "target", 5.1)}),
    ("全区一般公共预算收入40.1亿元,未达预期目标,增长1.2%。",
     {("fiscal_revenue_growth", "actual", 1.2)}, {("fiscal_revenue_growth", "target", 1.2)}),
    ("全区社会消费品零售总额完成年度目标,增长7.5%。",
     {("retail_sales_growth", "actual", 7.5)}, {("retail_sales_growth", "target", 7.5)}),
    # negatives: a plan word that states the target still makes a target
    ("全区地区生产总值增长6.5%,超过预期目标6%。", {("gdp_growth", "actual", 6.5)}, {("gdp_growth", "target", 6.5)}),
    ("全区计划实现地区生产总值增长7%。", {("gdp_growth", "target", 7.0)}, {("gdp_growth", "actual", 7.0)}),
]


@pytest.mark.parametrize("text, must, never", PLAN_CASES)
def test_a_plan_word_an_outcome_is_measured_against_is_not_a_target(text, must, never):
    got = charted(text)
    assert must <= got and not (never & got), got
