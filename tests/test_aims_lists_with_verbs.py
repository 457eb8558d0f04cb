"""A hedged figure with a verb of outcome (…;一般公共预算收入完成3.3亿元以上) in a sentence that opened by declaring the
year's aims (2023年,X县发展的预期目标是,…) is one of the aims, as the list's other items are (issue 23, class of set AE).
Made-up texts of this file's own wording; negatives: a review that measures the year against its aims (完成年度目标), a
figure of a year already past, and an exact figure."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
AIMS = ("某县县委全会召开\n{d}\n会议指出,2023年,某县发展的{w}是,全县生产总值增长6%以上;固定资产投资增长10%左右;"
        "一般公共预算收入{v}3.3亿元{h}。")


@pytest.mark.parametrize("words, verb, hedge", [("预期目标", "完成", "以上"), ("预期目标", "完成", "左右"),
                                                ("预期目标", "达到", "左右"), ("发展目标", "完成", "左右"),
                                                ("发展目标", "达到", "以上")])
def test_a_hedged_figure_in_a_list_of_aims_is_an_aim(words, verb, hedge):
    got = {f for f in figures(AIMS.format(d="2023-02-01", w=words, v=verb, h=hedge), FIELDS, meta={"region": "澄城县"})
           if f[0] == "fiscal_revenue"}
    assert got == {("fiscal_revenue", 2023, "year", "target", 3.3)}


def test_a_review_measured_against_its_aims_stays_an_outcome():
    text = ("某县经济运行\n2023-12-28\n2023年,全县圆满完成年度目标任务,全县生产总值增长6%以上;"
            "一般公共预算收入完成3.3亿元以上。")
    got = {f[3] for f in figures(text, FIELDS, meta={"region": "澄城县"}) if f[0] == "fiscal_revenue"}
    assert "target" not in got


def test_an_exact_figure_in_the_list_keeps_its_verb():
    got = {f[3] for f in figures(AIMS.format(d="2023-02-01", w="预期目标", v="完成", h=""), FIELDS, meta={"region": "澄城县"})
           if f[0] == "fiscal_revenue"}
    assert got == {"actual"}
