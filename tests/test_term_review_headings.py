"""A numbered heading that reviews a year together with the term it ends (一、2012年和过去五年工作的回顾, 2017年及过去五年
工作回顾) dates the undated paragraphs below it (过去的一年,…) by that year, as a heading of the year alone does, and their
figures are charted (issue 23: undated work reports of the corpus at hand). Made-up texts of this file's own wording;
negatives: a heading of the term alone (过去五年工作回顾) and one of the years ahead (今后五年) date nothing."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
REPORT = ("各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n{h}\n过去的一年,在省委、省政府和市委的正确领导下,全市经济社会"
          "平稳发展。预计全年地区生产总值完成865亿元,增长9.5%;一般公共预算收入61.2亿元,增长8.1%。\n")


@pytest.mark.parametrize("heading, year", [("一、2012年和过去五年工作的回顾", 2012), ("一、2017年及过去五年工作回顾", 2017),
                                           ("一、2021年暨过去五年工作回顾", 2021), ("2016年和近五年工作回顾", 2016),
                                           ("一、2022年和过去五年工作的回顾", 2022)])
def test_a_heading_of_a_year_and_its_term_dates_the_paragraphs_below(heading, year):
    got = figures(REPORT.format(h=heading), FIELDS, meta={"region": "营口市"}, charted=True)
    assert ("gdp", year, "actual", 865.0) in got and ("fiscal_revenue_growth", year, "actual", 8.1) in got


@pytest.mark.parametrize("heading", ["一、过去五年工作回顾", "二、今后五年的奋斗目标", "一、关于过去的工作"])
def test_a_heading_without_the_year_dates_nothing(heading):
    got = figures(REPORT.format(h=heading), FIELDS, meta={"region": "营口市"}, charted=True)
    assert not {f for f in got if f[0] == "gdp"}
