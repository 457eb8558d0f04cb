"""Growth against a base year declared once for the figures after it (比2012年(下同)), a total over a span
said before the name (5年累计一般公共预算收入), and a hard-wrapped line that runs wider than the wrap because
of a number joined onto it. Made-up reports in this file's own wording."""

from etl.extract.normalize import join_wrapped_lines
from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str, head: str) -> set[tuple]:
    return figures(head + text, FIELDS, meta={"region": "罗湖区"})


def test_growth_against_a_base_declared_for_what_follows_is_never_read_as_one_years():
    got = read("2016年,预计(下同)全县生产总值210亿元,比2012年(下同)增长41.5%;固定资产投资180.2亿元,增长98.3%;"
               "社会消费品零售总额66.1亿元,增长55.4%。", "城东县2016年政府工作报告\n一、本届政府工作回顾\n")
    assert not {f for f in got if f[4] in (41.5, 98.3, 55.4) and f[2] == "year"}
    assert {("gdp", 2016, "year", "actual", 210.0), ("retail_sales", 2016, "year", "actual", 66.1)} <= got


def test_a_total_over_the_span_said_before_the_name_is_not_the_end_years_level():
    got = read("经济实力日益增强。“十三五”期间全区生产总值年均增长6.5%。5年累计一般公共预算收入达250.5亿元。",
               "城东区2021年政府工作报告\n一、过去五年工作回顾\n")
    assert not {f for f in got if f[4] == 250.5 and f[0] == "fiscal_revenue" and f[2] == "year"}


LINE = "全县经济运行总体平稳,主要指标增速保持在合理区间,发展质量稳步提升了"


def test_a_wrapped_line_made_wider_by_a_joined_number_still_joins_its_next():
    body = [LINE] * 6 + ["固定资产投资增长9.1%,全年规模以上工业总产值1234亿元,增长6.6%,规模以上工业", "增加值增长5%。"]
    joined = join_wrapped_lines("\n".join(body))
    assert "规模以上工业增加值增长5%" in joined


import pytest  # noqa: E402


@pytest.mark.parametrize("sentence, expected", [
    # an adjusted basis said with the name covers its level and the growth after it
    ("一般公共预算收入(同口径)217亿元,同比下降2.9%;一般公共预算收入(自然口径)179.6亿元,同比下降16.7%。",
     {("fiscal_revenue", 217.0, "comparable"), ("fiscal_revenue_growth", -2.9, "comparable"),
      ("fiscal_revenue", 179.6, "reported"), ("fiscal_revenue_growth", -16.7, "reported")}),
    ("一般公共预算收入按可比口径30.5亿元,增长6%。",
     {("fiscal_revenue", 30.5, "comparable"), ("fiscal_revenue_growth", 6.0, "comparable")}),
    ("一般公共预算收入剔除留抵退税因素后68亿元,增长4.3%。",
     {("fiscal_revenue", 68.0, "comparable"), ("fiscal_revenue_growth", 4.3, "comparable")}),
    # negatives: the basis said after a reported growth is the second growth's alone; constant prices are no
    # adjusted basis of a level
    ("一般公共预算收入468.3亿元,下降11%,同口径增长4.6%。",
     {("fiscal_revenue", 468.3, "reported"), ("fiscal_revenue_growth", -11.0, "reported"),
      ("fiscal_revenue_growth", 4.6, "comparable")}),
    ("地区生产总值300亿元,按可比价格计算增长6%。", {("gdp", 300.0, "reported")}),
])
def test_a_basis_said_with_the_name(sentence, expected):
    got = {(f[0], f[1], f[2]) for f in figures("城东区2022年统计公报\n2022年," + sentence, ("indicator", "value", "basis"),
                                               meta={"region": "罗湖区"})}
    assert expected <= got


@pytest.mark.parametrize("sentence, high, review", [
    # a level on another basis beside the reported level goes to review; the reported one is the series'
    ("地方一般公共预算收入3.5亿元,自然增幅2%,同口径完成3.67亿元,增幅6.1%。",
     {("fiscal_revenue", 3.5), ("fiscal_revenue_growth", 2.0), ("fiscal_revenue_growth", 6.1)}, {("fiscal_revenue", 3.67)}),
    ("一般公共预算收入(同口径)217亿元,同比下降2.9%;一般公共预算收入(自然口径)179.6亿元,同比下降16.7%。",
     {("fiscal_revenue", 179.6), ("fiscal_revenue_growth", -16.7)}, {("fiscal_revenue", 217.0)}),
    ("一般公共预算收入(自然口径)20.1亿元,一般公共预算收入(剔除留抵退税因素后)22.4亿元。",
     {("fiscal_revenue", 20.1)}, {("fiscal_revenue", 22.4)}),
    # … and so does a growth with a named factor taken out beside the reported growth (since set AF: the collectors
    # record the reported one); negatives: a comparable level alone stays charted; a growth on a comparable scope is a
    # series of its own, labelled so
    ("一般公共预算收入49.12亿元,增长14%,剔除留抵退税影响后同口径增长6%。",
     {("fiscal_revenue", 49.12), ("fiscal_revenue_growth", 14.0)}, {("fiscal_revenue_growth", 6.0)}),
    ("一般公共预算收入按可比口径30.5亿元,增长6%。", {("fiscal_revenue", 30.5), ("fiscal_revenue_growth", 6.0)}, set()),
    ("社会消费品零售总额924亿元,增长10.7%(按可比口径增长15.5%)。",
     {("retail_sales", 924.0), ("retail_sales_growth", 10.7), ("retail_sales_growth", 15.5)}, set()),
])
def test_a_level_on_another_basis_beside_the_reported_level_goes_to_review(sentence, high, review):
    rows = figures("城东区2022年统计公报\n2022年," + sentence, ("indicator", "value", "confidence"), meta={"region": "罗湖区"})
    assert {(i, v) for i, v, c in rows if c == "high"} >= high
    assert not {(i, v) for i, v, c in rows if c == "high"} & review
    assert {(i, v) for i, v, c in rows if c == "low"} >= review
