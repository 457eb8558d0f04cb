"""A news page's list of related links (相关新闻: then ·headline  2024-12-24 lines, or bulleted headlines closed by the
day they were posted anywhere on the page): each headline is another page's, most often another place's, and its
figures are not the page's. Before, a headline's rate (·某县召开经济工作会议 明年生产总值力争增长9%  2013-12-22) was
charted as the page's own aim or outcome (issue 22, other places' figures). Negatives: the page's own sentences, and a
bulleted line of its own closed by no day, stay read. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = ("首页 > 新闻中心 > 本地要闻\n任丘市召开经济工作会议\n发布时间:2018-12-21 来源:任丘市融媒体中心\n"
        "会议提出,明年全市地区生产总值增长7%左右。\n")


def read(tail: str) -> set[tuple]:
    """Every figure read, charted or not."""
    return figures(HEAD + tail + "\n", FIELDS, meta={"region": "任丘市"})


@pytest.mark.parametrize("links", [
    "相关新闻:\n·河间市召开经济工作会议 明年生产总值力争增长9.3%  2018-12-20\n·沧州市部署明年经济工作  2018-12-19",
    "·大城县两会:今年生产总值力争增长9.3%  2018-01-30\n·献县召开全县经济工作会议  2018-12-17",
    "• 献县召开2019年经济工作会议 明年固定资产投资力争增长9.3%　2018-12-20\n• 霸州市召开务虚会　2018-12-16",
    "·我市前三季度规上工业增加值增长9.3%  2018-10-25",
    "上一篇:\n去年全市生产总值增长9.3%  2018-01-15",
    "相关新闻\n雄安新区:明年生产总值预期增长9.3%  2018-12-19",
])
def test_a_headline_of_a_link_is_not_the_page(links):
    got = read(links)
    assert ("gdp_growth", 2019, "target", 7.0) in got, got
    assert not any(v == 9.3 for i, y, k, v in got), got


def test_the_page_own_bulleted_line_without_a_day_stays():
    got = read("· 会议指出,1—11月全市规模以上工业增加值增长9.3%。")
    assert any(i == "industrial_va_growth" and v == 9.3 for i, y, k, v in got), got
