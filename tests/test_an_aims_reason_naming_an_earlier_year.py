"""In a list of the year's aims, a reason after an aim that names an earlier year, states no figure and turns to this year
(…增长10%。2020年消费受疫情抑制,今年有望较快反弹。) does not end the aims: the items after it are still the plan year's
aims. A sentence of the same paragraph naming an earlier year with a figure (2020年全区…增长4%), or one that never turns
to this year (2021年,全区经济运行持续恢复。: test_aims_announced_in_a_sentence_end_at_a_review.py), still ends them (issue 23, class 2: kind from
structure; made-up set iu). Made-up plans in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "临川区"}
PAGE = ("某区2020年计划执行情况与2021年计划草案的报告\n\n2021年1月10日在区人民代表大会上\n\n"
        "二、2021年经济社会发展主要目标\n\n2021年是“十四五”开局之年。建议2021年主要预期目标为:\n\n"
        "(一)地区生产总值增长8.5%左右。\n\n(二)社会消费品零售总额增长10%。{reason}\n\n"
        "(三)一般公共预算收入增长5%。\n\n(四)城镇登记失业率控制在4.5%以内。\n")


@pytest.mark.parametrize("reason", [
    "2020年消费受疫情抑制,今年有望较快反弹。",
    "2020年受疫情影响较大,今年将恢复增长。",
    "2020年餐饮消费受冲击,今年将逐步恢复。",
    "2019年以来消费持续升级。",
    "2020年线上消费占比明显提高,今年将继续扩大。",
    "2020年投资拉动减弱,今年将加快恢复。",
], ids=["yizhi", "yingxiang", "jichu", "yilai", "chengya", "xianshang"])
def test_the_items_after_the_reason_stay_aims(reason):
    got = figures(PAGE.format(reason=reason), FIELDS, meta=META)
    assert ("fiscal_revenue_growth", 2021, "target", 5.0) in got
    assert ("unemployment_rate", 2021, "target", 4.5) in got


def test_a_sentence_with_an_earlier_years_figure_still_ends_them():
    got = figures(PAGE.format(reason="2020年全区社会消费品零售总额增长4%。"), FIELDS, meta=META)
    assert ("retail_sales_growth", 2020, "actual", 4.0) in got
    assert ("retail_sales_growth", 2021, "target", 4.0) not in got
