"""In a list of the year's aims, a reason after an aim that names an earlier year and states no figure (…增长10%。2020年消费
受疫情抑制,今年有望较快反弹。) does not end the aims: the items after it are still the plan year's aims. A sentence of the
same paragraph naming an earlier year with a figure (2020年全区…增长4%) still ends them (issue 23, class 2: kind from
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
    "2020年基础较好。",
    "2019年以来消费持续升级。",
    "2020年线上消费占比明显提高。",
    "2020年消费市场承压,预计今年回暖。",
], ids=["yizhi", "yingxiang", "jichu", "yilai", "chengya", "xianshang"])
def test_the_items_after_the_reason_stay_aims(reason):
    got = figures(PAGE.format(reason=reason), FIELDS, meta=META)
    assert ("fiscal_revenue_growth", 2021, "target", 5.0) in got
    assert ("unemployment_rate", 2021, "target", 4.5) in got


def test_a_sentence_with_an_earlier_years_figure_still_ends_them():
    got = figures(PAGE.format(reason="2020年全区社会消费品零售总额增长4%。"), FIELDS, meta=META)
    assert ("retail_sales_growth", 2020, "actual", 4.0) in got
    assert ("retail_sales_growth", 2021, "target", 4.0) not in got
