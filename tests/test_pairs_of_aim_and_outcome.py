"""A plan report's list under a lead that says each line gives the aim, then the outcome (…执行情况如下(计划目标/完成情况):
地区生产总值增长:8%/7.9%): the first number of each pair is the year's aim. Before, it was charted as the year's
outcome with high confidence (issue 23, class 2: kind from structure). Negatives: the same pairs under no such lead, and
a single figure under it, are not read as aims. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = ("关于盐池县2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n"
        "——2022年1月7日在盐池县第十八届人民代表大会第七次会议上\n一、2021年计划执行情况\n")


def read(lead: str, line: str) -> set[tuple]:
    return figures(HEAD + lead + "\n" + line + "\n", FIELDS, meta={"region": "盐池县"}, charted=True)


@pytest.mark.parametrize("lead", [
    "县人大会议批准的2021年计划主要指标执行情况如下(计划目标/完成情况):",
    "主要指标完成情况如下(目标/完成):",
    "2021年主要指标执行情况(年度目标/实际完成):",
    "主要预期指标执行情况如下(预期目标/完成值):",
    "主要指标执行情况(计划目标/执行情况)如下:",
])
def test_the_first_of_each_pair_is_the_aim(lead):
    got = read(lead, "地区生产总值增长:8%/7.9%\n固定资产投资增长:10%/6.2%")
    assert ("gdp_growth", 2021, "target", 8.0) in got and ("fixed_investment_growth", 2021, "target", 10.0) in got, got
    assert not any(k == "actual" and v in (8.0, 10.0) for i, y, k, v in got)


def test_pairs_under_no_lead_are_no_aims():
    got = read("主要指标执行情况如下:", "地区生产总值增长:8%/7.9%")
    assert not any(k == "target" for i, y, k, v in got)


def test_a_single_figure_under_the_lead_is_no_aim():
    got = read("主要指标执行情况如下(计划目标/完成情况):", "地区生产总值增长7.9%。")
    assert not any(k == "target" for i, y, k, v in got)
