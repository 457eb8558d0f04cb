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
