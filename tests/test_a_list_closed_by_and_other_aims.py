"""A list of figures closed by 等目标 (对照年初县人代会确定的地区生产总值增长12%、固定资产投资增长20%等目标) is a list of
aims: its first figure too, not only its last (issue 23, class 2). Negatives: a list closed by nothing of aims keeps its
outcomes. Made-up notices in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "kind", "value")


def read(sentence: str) -> set[tuple]:
    text = "某县1-11月主要经济指标完成情况\n某县发展和改革委员会 2014年12月16日\n" + sentence + "\n"
    return figures(text, FIELDS, meta={"region": "秀山土家族苗族自治县"})


@pytest.mark.parametrize("sentence, fact", [
    ("各乡镇要对照年初县人代会确定的地区生产总值增长12%、固定资产投资增长20%等目标,倒排工期。", ("gdp_growth", "target", 12.0)),
    ("对照地区生产总值增长12%、规上工业增加值增长13%等目标,加压奋进。", ("gdp_growth", "target", 12.0)),
    ("要围绕社会消费品零售总额增长14%、一般公共预算收入增长15%等目标,抓好落实。", ("retail_sales_growth", "target", 14.0)),
    ("对照固定资产投资增长20%、社会消费品零售总额增长14%等目标,加快进度。", ("fixed_investment_growth", "target", 20.0)),
    ("紧扣规上工业增加值增长13%、地区生产总值增长12%等目标,强化调度。", ("industrial_va_growth", "target", 13.0)),
])
def test_the_first_figure_of_the_list_is_an_aim(sentence, fact):
    got = read(sentence)
    assert fact in got and (fact[0], "actual", fact[2]) not in got, got


def test_a_list_of_outcomes_stays_outcomes():
    got = read("1-11月,全县地区生产总值增长11.6%、固定资产投资增长21.5%等,运行平稳。")
    assert not any(f[1] == "target" for f in got), got
