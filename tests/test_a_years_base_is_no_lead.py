"""A year named as the base a change is measured from (主要考虑2019年基数较低, 2020年的基数偏高) is no year a sentence is
about: in a plan's list of aims, a reason naming last year's base does not end the aims, so the items after it stay
the plan year's aims (issue 23, class 1: time; made-up set iu). A sentence that opens with a year and says what was
done in it still leads as before. Made-up plans in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "乌兰察布市"}
PAGE = ("某市2019年计划执行情况及2020年计划草案的报告\n\n2020年1月7日在某市人民代表大会第四次会议上\n\n"
        "二、2020年国民经济和社会发展主要预期目标\n\n2020年是“十三五”规划收官之年。建议2020年主要预期目标为:\n\n"
        "(一)地区生产总值增长6%左右。\n\n(二)固定资产投资增长5%。{reason}\n\n"
        "(三)社会消费品零售总额增长6%。\n\n(四)一般公共预算收入增长3%。\n")


@pytest.mark.parametrize("reason", [
    "主要考虑2019年基数较低。",
    "主要考虑2019年的基数较低,有望止跌回升。",
    "考虑到2019年基数偏低,增速将有所回升。",
    "由于2019年基数较低,预计增速有所回升。",
    "这一目标考虑了2019年基数因素。",
    "主要是2019年基数较高,回落空间有限。",
], ids=["kaolv", "de-jishu", "kaolvdao", "youyu", "yinsu", "zhuyaoshi"])
def test_the_items_after_a_base_year_stay_aims(reason):
    got = figures(PAGE.format(reason=reason), FIELDS, meta=META)
    assert ("retail_sales_growth", 2020, "target", 6.0) in got
    assert ("fiscal_revenue_growth", 2020, "target", 3.0) in got


def test_a_year_said_as_what_was_done_still_ends_the_aims():
    page = PAGE.format(reason="") + "\n2019年,全市社会消费品零售总额增长4.2%。\n"
    assert ("retail_sales_growth", 2019, "actual", 4.2) in figures(page, FIELDS, meta=META)
