"""A new term's report sets its aims under a heading of the years ahead (二、今后五年的奋斗目标), then a sentence of aims
(主要目标是:到2026年,地区生产总值达到1300亿元左右,…;一般公共预算收入年均增长6%以上、达到140亿元;…): every aim of the
list is the term's, over its five years, to the year it names. Before, the heading was not read as the aims' section,
the first clause went to review as "a later year outside a five-year plan", and the clauses after the first semicolon
were charted as aims of the report's own year (issue 23, class 1: time; a wrong figure charted high). A plan named with
plain quotation marks ("十四五"以来,…年均增长5.6%) is the years gone by, not an aim. Negatives: the aims of the report's
own year after the term's read as before. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = ("寿光市人民政府工作报告\n——2022年1月11日在寿光市第十九届人民代表大会第一次会议上\n一、过去五年工作回顾\n"
        "五年来,全市经济持续健康发展。\n")


def read(heading: str, aims: str) -> set[tuple]:
    text = HEAD + heading + "\n" + aims + "\n三、2022年工作安排\n今年主要预期目标是:地区生产总值增长6.5%左右。\n"
    return figures(text, FIELDS, meta={"region": "寿光市"}, charted=True)


AIMS = "主要目标是:到2026年,地区生产总值达到1300亿元左右;一般公共预算收入年均增长6%以上、达到140亿元;服务业增加值占比达到50%。"


@pytest.mark.parametrize("heading", ["二、今后五年的奋斗目标", "二、未来五年的奋斗目标", "二、今后五年奋斗目标",
                                     "(二)今后五年的奋斗目标", "二、今后五年的主要奋斗目标"])
def test_the_terms_aims_are_its_five_years(heading):
    got = read(heading, AIMS)
    assert {("gdp", 2026, "2022-2026", "target", 1300.0), ("fiscal_revenue", 2026, "2022-2026", "target", 140.0),
            ("tertiary_share", 2026, "2022-2026", "target", 50.0)} <= got, got
    assert ("gdp_growth", 2022, "year", "target", 6.5) in got
    assert not any(y == 2022 and v in (140.0, 50.0) for i, y, p, k, v in got)


@pytest.mark.parametrize("date,reviewed,line", [
    ("2025年2月10日", "2024", "\"十四五\"以来,地区生产总值年均增长5.6%。"),
    ("2025年2月10日", "2024", "\"十四五\"以来,一般公共预算收入年均增长7.1%。"),
    ("2025年2月10日", "2024", "\"十四五\"以来,固定资产投资年均增长8.3%。"),
    ("2019年1月15日", "2018", "\"十三五\"以来,地区生产总值年均增长7.2%。"),
    ("2019年1月15日", "2018", "\"十三五\"以来,社会消费品零售总额年均增长9.4%。"),
])
def test_a_plan_in_plain_quotes_is_the_years_gone_by(date, reviewed, line):
    text = f"孝义市人民政府工作报告\n——{date}在孝义市第十七届人民代表大会第五次会议上\n一、{reviewed}年工作回顾\n{line}\n"
    got = figures(text, FIELDS, meta={"region": "孝义市"}, charted=True)
    assert not any(k == "target" for i, y, p, k, v in got), got
