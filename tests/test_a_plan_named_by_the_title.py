"""A mid-term review of a five-year plan (…第十四个五年规划纲要实施情况中期评估的报告) calls the plan by its kind alone in
the body: 《纲要》确定的地区生产总值年均增长7%的目标, 规划目标为…. Those are the plan's aims over its five years. Before,
with no plan named in the sentence, they were lost (issue 23, class 1: the year and span from the kind of document and
its title). Negatives: the same words under a title that names no plan, and a clause that names its own year, are
read as before. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
TITLE = "关于桐庐县国民经济和社会发展第十四个五年规划纲要实施情况中期评估的报告"
DATED = "2023年8月28日在桐庐县第十七届人民代表大会常务委员会第十三次会议上\n一、主要指标完成情况\n"


def read(line: str, title: str = TITLE) -> set[tuple]:
    return figures(f"{title}\n{DATED}{line}\n", FIELDS, meta={"region": "桐庐县"}, charted=True)


@pytest.mark.parametrize("line,key,aim", [
    ("《纲要》确定的地区生产总值年均增长7%的目标,2021-2022年实际年均增长5.8%。", "gdp_growth_avg_5yr", 7.0),
    ("《纲要》提出地区生产总值年均增长7%左右。", "gdp_growth_avg_5yr", 7.0),
    ("规划目标为地区生产总值年均增长7%。", "gdp_growth_avg_5yr", 7.0),
    ("规划确定一般公共预算收入年均增长6.5%左右,2021-2022年年均增长8.2%。", "fiscal_revenue_growth_avg_5yr", 6.5),
    ("《规划纲要》明确固定资产投资年均增长8%。", "fixed_investment_growth_avg_5yr", 8.0),
])
def test_the_titles_plan_spans_its_aims(line, key, aim):
    assert (key, 2025, "2021-2025", "target", aim) in read(line)


@pytest.mark.parametrize("title", ["关于桐庐县2023年上半年国民经济和社会发展计划执行情况的报告", "桐庐县人大常委会会议"])
def test_no_plan_in_the_title_no_span(title):
    assert not any(p == "2021-2025" for i, y, p, k, v in read("规划目标为地区生产总值年均增长7%。", title))


def test_a_plan_named_in_the_sentence_as_before():
    assert ("gdp_growth_avg_5yr", 2025, "2021-2025", "target", 7.0) in read("“十四五”规划确定的地区生产总值年均增长7%的目标。")
