"""More ways a year's aims are opened (issue 23, targets of the corpus read as outcomes): 主要预期指标是:, 发展的努力目标为:,
a year's 指标体系安排,具体为:, and a heading line 展望2018年. Made-up texts of this file's own wording; negatives: the main
indicators of a review (主要经济指标是:) and an outlook with no year (展望未来) open no aims."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
REPORT = "某市政府工作报告\n2017年工作总体要求是:坚持稳中求进工作总基调。\n{lead}地区生产总值增长6.5%左右,固定资产投资增长8%。\n"


@pytest.mark.parametrize("lead, year", [
    ("2018年经济社会发展的主要预期指标是:", 2018),
    ("建议2025年全市经济社会发展的努力目标为:", 2025),
    ("会议提出了2021年全市经济社会高质量发展指标体系安排,具体为:", 2021),
    ("展望2018年\n", 2018),
    ("2019年全市主要预期指标如下:", 2019),
])
def test_more_aims_openings_make_targets(lead, year):
    got = figures(REPORT.format(lead=lead), FIELDS, meta={"region": "扬州市", "date": "2017-02-10"})
    assert {("gdp_growth", year, "target", 6.5), ("fixed_investment_growth", year, "target", 8.0)} <= got


@pytest.mark.parametrize("lead", ["2016年主要经济指标是:", "展望未来,"])
def test_a_review_or_a_yearless_outlook_opens_no_aims(lead):
    text = "某市经济运行情况\n" + lead + "地区生产总值增长6.5%,固定资产投资增长8%。\n"
    got = figures(text, FIELDS, meta={"region": "扬州市", "date": "2017-02-10"})
    assert not {f for f in got if f[2] == "target"}
