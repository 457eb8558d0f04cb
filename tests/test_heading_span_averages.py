"""A heading that reviews a term (过去五年工作回顾, “十三五”时期工作回顾) holds for the numbered parts below it (一、经济实力
迈上新台阶): an annual average (年均增长8.5%) in a part's sentence that states the term's last year, or none, is the
average over the term the heading names (issue 23: 25 such averages of the corpus were not read, because a span held
only for its own paragraph). Made-up reports of this file's own wording. Negatives: a heading that names a year (二、2016年
工作回顾) or a plan ends the term's span; an average said of the last three years keeps its own; an average under a
heading that names no term is not read; a sentence that states another year is not the term's."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
REPORT = ("某区政府工作报告\n——2016年12月26日在某区第十七届人民代表大会第一次会议上\n各位代表:\n"
          "{heading}\n过去五年,区政府团结带领全区人民,攻坚克难,圆满完成了各项目标任务。\n"
          "{part}\n综合实力显著提升。{sentence}\n")


@pytest.mark.parametrize("heading, part, sentence, avg, lo", [
    ("过去五年工作回顾", "一、经济发展迈上新台阶", "预计2016年,实现地区生产总值648亿元,年均增长8.5%。", "gdp_growth_avg_5yr", 2012),
    ("过去五年工作回顾", "(一)经济实力持续增强", "2016年一般公共预算收入达到70.8亿元,年均增长17.2%。",
     "fiscal_revenue_growth_avg_5yr", 2012),
    ("五年来工作回顾", "一、综合实力稳步提升", "预计全年地区生产总值648亿元;固定资产投资完成194亿元,年均增长15.3%。",
     "fixed_investment_growth_avg_5yr", 2012),
    ("过去五年工作回顾", "二、产业结构持续优化", "社会消费品零售总额达到210亿元,年均增长11.6%。",
     "retail_sales_growth_avg_5yr", 2012),
    ("过去五年工作回顾", "(三)民生福祉不断增进", "城乡居民人均可支配收入达到3.2万元,年均增长9.1%。",
     "disposable_income_growth_avg_5yr", 2012),
])
def test_a_part_of_a_term_review_averages_over_the_term(heading, part, sentence, avg, lo):
    got = figures(REPORT.format(heading=heading, part=part, sentence=sentence), FIELDS, meta={"region": "南开区"})
    value = float(sentence.split("年均增长")[1].split("%")[0])
    assert (avg, lo + 4, f"{lo}-{lo + 4}", "actual", value) in got


@pytest.mark.parametrize("heading, part, sentence", [
    ("过去五年工作回顾", "二、2016年工作回顾", "预计全年实现地区生产总值648亿元,年均增长8.5%。"),
    ("过去五年工作回顾", "今后五年的主要目标", "实现地区生产总值648亿元,年均增长8.5%。"),
    ("过去五年工作回顾", "一、经济发展迈上新台阶", "近三年,地区生产总值年均增长8.5%。"),
    ("主要工作回顾", "一、经济发展迈上新台阶", "预计2016年,实现地区生产总值648亿元,年均增长8.5%。"),
    ("过去五年工作回顾", "一、经济发展迈上新台阶", "2014年,实现地区生产总值548亿元,年均增长8.5%。"),
])
def test_no_term_no_average_over_it(heading, part, sentence):
    got = figures(REPORT.format(heading=heading, part=part, sentence=sentence), FIELDS, meta={"region": "南开区"})
    assert not {f for f in got if f[2] == "2012-2016"}
