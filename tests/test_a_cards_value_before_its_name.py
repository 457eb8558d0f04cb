"""An illustrated summary that sets each figure before its name: the value on a line of its own and the name below it,
the name's line going on with more words (5.5% / 地区生产总值增长,高于全省0.3个百分点), or both on one line, the value in
brackets or before a bar (【780.2亿元】地区生产总值,…; 615.3亿元 ▏地区生产总值,…), after a card's mark or none. Each is read
with its own name. Before, such cards went unread (a made-up set of them scored 16% charted) or, where the name line
had no more words, a value could be read with the name of the card below (issue 23, class 2: kind from structure, made-up
set jk). Negatives: cards set name first are read as before. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "巩义市"}
HEAD = "数读2016年巩义市政府工作报告\n巩义市人民政府网 2016-03-02\n\n◆ 2015年回顾\n\n"


def page(cards: str) -> str:
    return HEAD + cards + "\n\n报告强调,全市上下要确保完成全年目标任务。\n"


@pytest.mark.parametrize("cards, want", [
    ("615.3亿元\n地区生产总值,增长8.6%,总量居全省县市前列", {("gdp", 2015, "actual", 615.3), ("gdp_growth", 2015, "actual", 8.6)}),
    ("8.6%\n地区生产总值增长,高于郑州市0.3个百分点", {("gdp_growth", 2015, "actual", 8.6)}),
    ("33.6亿元\n一般公共预算收入,增长7.2%\n\n9.8%\n规模以上工业增加值增长",
     {("fiscal_revenue", 2015, "actual", 33.6), ("fiscal_revenue_growth", 2015, "actual", 7.2),
      ("industrial_va_growth", 2015, "actual", 9.8)}),
    ("【615.3亿元】地区生产总值,按可比价格计算增长8.6%", {("gdp", 2015, "actual", 615.3), ("gdp_growth", 2015, "actual", 8.6)}),
    ("【 201.7亿元 】社会消费品零售总额,增长11.9%", {("retail_sales", 2015, "actual", 201.7), ("retail_sales_growth", 2015, "actual", 11.9)}),
    ("615.3亿元 ▏地区生产总值,增长8.6%\n9.8% ▏规模以上工业增加值增长",
     {("gdp", 2015, "actual", 615.3), ("gdp_growth", 2015, "actual", 8.6), ("industrial_va_growth", 2015, "actual", 9.8)}),
    ("▌532.0亿元\n固定资产投资,增长15.2%\n\n▌27458元\n城镇居民人均可支配收入,增长7.5%",
     {("fixed_investment", 2015, "actual", 532.0), ("fixed_investment_growth", 2015, "actual", 15.2),
      ("disposable_income_urban", 2015, "actual", 2.7458), ("disposable_income_urban_growth", 2015, "actual", 7.5)}),
    ("615.3亿元\n全市地区生产总值,增长8.6%\n33.6亿元\n一般公共预算收入,增长7.2%",
     {("gdp", 2015, "actual", 615.3), ("fiscal_revenue", 2015, "actual", 33.6), ("fiscal_revenue_growth", 2015, "actual", 7.2)}),
])
def test_each_value_is_read_with_the_name_below_it(cards, want):
    got = figures(page(cards), FIELDS, meta=META, charted=True)
    assert want <= got


def test_a_fall_keeps_its_sign():
    got = figures(page("-2.1%\n一般公共预算收入增长,主要受减税降费影响"), FIELDS, meta=META)
    assert ("fiscal_revenue_growth", 2015, "actual", -2.1) in got


@pytest.mark.parametrize("cards, want", [
    ("地区生产总值\n615.3亿元\n\n地区生产总值增长\n8.6%", {("gdp", 2015, "actual", 615.3), ("gdp_growth", 2015, "actual", 8.6)}),
    ("地区生产总值\n615.3亿元,增长8.6%", {("gdp", 2015, "actual", 615.3), ("gdp_growth", 2015, "actual", 8.6)}),
])
def test_cards_set_name_first_are_read_as_before(cards, want):
    got = figures(page(cards), FIELDS, meta=META)
    assert want <= got
    assert not any(v in (8.6,) and i == "gdp" for i, _, _, v in got)


def test_a_value_whose_name_line_states_it_again_is_left_as_it_is():
    got = figures(page("-4.6%\n一季度地区生产总值下降4.6%,降幅逐月收窄"), ("indicator", "period", "value"), meta=META)
    assert ("gdp_growth", "Q1", -4.6) in got
