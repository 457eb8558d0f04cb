"""An item of a list on a line of its own (▲地区生产总值增长6%左右, or a short line in a run of them under 主要目标是:)
is no headline: its figure is not dropped as a headline restating the body when the same value was said of another year
earlier (增长5.8%(年度目标6%) for last year, then this year's aim ▲地区生产总值增长6%左右). Before, every short line
without a comma counted as a headline, so a congress interview's list of this year's aims lost each aim whose value
matched last year's (issue 23, class 2: lists of aims). Negative: a headline whose figure the body states again is
still read once, from the body. Made-up news of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
PAGE = ("兴化市两会特别报道\n2024-01-20 兴化日报\n市长说,2023年全市地区生产总值增长5.8%(年度目标6%),"
        "规上工业增加值增长9.2%(年度目标8%)。\n{lead}\n{a}地区生产总值增长6%左右\n{a}规上工业增加值增长8%以上\n")


@pytest.mark.parametrize("lead,mark", [
    ("今年我们确定的主要目标是:", "▲"),
    ("今年我们确定的主要目标是:", "★"),
    ("今年的主要预期目标是:", ""),
    ("今年全市经济社会发展主要目标:", "●"),
    ("2024年主要目标如下:", ""),
])
def test_each_aim_of_the_list(lead, mark):
    got = figures(PAGE.format(lead=lead, a=mark), FIELDS, meta={"region": "兴化市"}, charted=True)
    assert {("gdp_growth", 2024, "target", 6.0), ("industrial_va_growth", 2024, "target", 8.0),
            ("gdp_growth", 2023, "target", 6.0), ("gdp_growth", 2023, "actual", 5.8)} <= got


def test_a_headline_the_body_restates():
    page = "雁塔区上半年地区生产总值增长5.2%\n2024-07-20 雁塔区融媒体中心\n上半年,全区地区生产总值增长5.2%,经济运行平稳。\n"
    got = [f for f in figures(page, ("indicator", "period", "value", "char_start"), meta={"region": "雁塔区"})
           if f[0] == "gdp_growth"]
    assert len(got) == 1 and got[0][1] == "H1"
