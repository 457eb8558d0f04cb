"""A word of aims decided (确定, 提出) right before the year they are for (市人大会议确定今年地区生产总值增长7.5%、…,
会议提出2023年…) makes the list the year's targets, not outcomes of the part of the year the report is about (issue 23,
class 2). Negatives: a figure done (今年以来,地区生产总值增长6.1%) stays an outcome. Made-up reports in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def read(sentence: str) -> set[tuple]:
    text = ("关于2022年1—9月国民经济和社会发展计划执行情况的报告\n——2022年10月27日在文山市第五届人大常委会第五次会议上\n"
            "二、存在的主要问题\n一是主要指标与年初目标仍有差距。" + sentence + "\n")
    return figures(text, FIELDS, meta={"region": "文山市"}, charted=True)


@pytest.mark.parametrize("sentence, fact", [
    ("市五届人大一次会议确定今年地区生产总值增长7.5%、规模以上工业增加值增长10%。", ("gdp_growth", 2022, "year", "target", 7.5)),
    ("年初确定今年规模以上工业增加值增长10%、固定资产投资增长12%。", ("industrial_va_growth", 2022, "year", "target", 10.0)),
    ("市人代会确定2022年社会消费品零售总额增长8%、一般公共预算收入增长5%。", ("retail_sales_growth", 2022, "year", "target", 8.0)),
    ("年初市政府工作报告提出今年固定资产投资增长12%。", ("fixed_investment_growth", 2022, "year", "target", 12.0)),
    ("市委全会确定今年一般公共预算收入增长5%、城镇登记失业率控制在4.5%以内。",
     ("fiscal_revenue_growth", 2022, "year", "target", 5.0)),
])
def test_the_decided_list_is_the_years_targets(sentence, fact):
    got = read(sentence)
    assert fact in got, got
    assert not any(f[3] == "actual" and f[4] == fact[4] for f in got), got


def test_a_figure_done_stays_an_outcome():
    got = read("今年以来,全市地区生产总值增长6.1%。")
    assert not any(f[3] == "target" for f in got), got
