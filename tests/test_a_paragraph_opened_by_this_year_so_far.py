"""In a report that reviews the year before (a party congress's report of August, read as a report of that year's
outcomes), a paragraph that opens with 今年以来 and no figure (今年以来,全市经济持续恢复向好。上半年,…) is of the date's
year: its part-year figures are this year's, not the reviewed year's (issue 23, class 2). Negatives: a paragraph that
opens otherwise keeps the reviewed year. Made-up reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")


def report(paragraph: str) -> str:
    return ("中国共产党某市第十三次代表大会上的报告\n(2021年8月30日)\n同志们:\n现在,我代表市委向大会报告工作,请予审议。\n"
            "一、过去五年的主要成就\n(一)综合实力跃上新台阶。全市地区生产总值从2015年的140.6亿元增长到2020年的218.5亿元。"
            "2020年,全市一般公共预算收入12.4亿元。\n" + paragraph + "\n二、今后五年的奋斗目标\n")


@pytest.mark.parametrize("paragraph, fact", [
    ("今年以来,全市经济持续恢复向好。上半年,全市地区生产总值增长13.6%。", ("gdp_growth", 2021, "H1", 13.6)),
    ("今年以来,全市经济持续恢复向好。上半年,规模以上工业增加值增长16.2%。", ("industrial_va_growth", 2021, "H1", 16.2)),
    ("今年以来,我们统筹推进各项工作。1-7月,全市固定资产投资增长11.2%。", ("fixed_investment_growth", 2021, "M1-M7", 11.2)),
    ("今年以来,经济运行稳中加固。上半年,社会消费品零售总额增长21.4%。", ("retail_sales_growth", 2021, "H1", 21.4)),
    ("今年以来,全市上下攻坚克难。上半年,一般公共预算收入增长9.8%。", ("fiscal_revenue_growth", 2021, "H1", 9.8)),
])
def test_the_paragraph_is_of_the_dates_year(paragraph, fact):
    got = figures(report(paragraph), FIELDS, meta={"region": "武冈市"}, charted=True)
    assert fact in got, got


def test_a_paragraph_opened_otherwise_keeps_the_reviewed_year():
    got = figures(report("面对疫情冲击,全市经济稳住了基本盘。全年地区生产总值增长3.8%。"), FIELDS, meta={"region": "武冈市"})
    assert ("gdp_growth", 2021, "year", 3.8) not in got, got


def test_this_year_inside_a_sentence_does_not_date_the_paragraph():
    got = figures(report("全市上下认真落实今年政府工作报告的部署。2020年,全市地区生产总值增长3.8%。预计一般公共预算收入增长4.1%。"),
                  FIELDS, meta={"region": "武冈市"})
    assert not any(f[1] == 2021 and f[3] == 4.1 for f in got), got
