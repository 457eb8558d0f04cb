"""A heading of a year's development aims that ends in a colon (2023年发展目标:), and a sentence that opens with the
aims of the place's development (经济社会发展的预期目标是:…), make the figures under them targets (issue 23, a class
of set AA). Made-up texts of this file's own wording; negatives: aims said to have been met, and an outcome before."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEADED = ("某市人代会开幕\n2月15日上午,某市十六届人大三次会议开幕,市长作政府工作报告。\n{h}\n地区生产总值增长6%左右;\n"
          "固定资产投资总额增长7.5%;\n")


@pytest.mark.parametrize("heading, year", [("2023年发展目标:", 2023), ("2021年发展目标:", 2021),
                                           ("2020年经济社会发展目标:", 2020), ("2018年发展目标:", 2018),
                                           ("2016年发展目标:", 2016)])
def test_a_headings_colon_still_makes_its_list_targets(heading, year):
    assert figures(HEADED.format(h=heading), FIELDS) == {("gdp_growth", year, "target", 6.0),
                                                         ("fixed_investment_growth", year, "target", 7.5)}


OPENED = ("某区人代会开幕\n1月7日,某区六届人大二次会议开幕,区长作政府工作报告。{y}年全区生产总值增长4.5%。\n{n}年,全区将加快"
          "建设现代化新城区。\n{p}:地区生产总值增长6%,全社会固定资产投资增长10%。")


@pytest.mark.parametrize("year, opening", [(2022, "经济社会发展的预期目标是"), (2020, "全区经济社会发展的预期目标为"),
                                           (2016, "国民经济和社会发展的预期目标是"), (2018, "经济社会发展预期目标如下"),
                                           (2013, "全区经济和社会发展的预期目标是")])
def test_a_sentence_opening_with_the_aims_makes_them_targets(year, opening):
    got = figures(OPENED.format(y=year, n=year + 1, p=opening), FIELDS)
    assert got == {("gdp_growth", year, "actual", 4.5), ("gdp_growth", year + 1, "target", 6.0),
                   ("fixed_investment_growth", year + 1, "target", 10.0)}


def test_aims_said_to_have_been_met_leave_the_outcomes_outcomes():
    text = ("某市新闻\n1月10日,某市召开会议。2016年全市生产总值增长7.5%,完成了经济社会发展的预期目标。"
            "固定资产投资增长12%。")
    assert figures(text, FIELDS) == {("gdp_growth", 2016, "actual", 7.5), ("fixed_investment_growth", 2016, "actual", 12.0)}
