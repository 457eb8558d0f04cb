"""A page stamped again when it was copied or moved dates nothing by its new stamp: its figures keep the year they were
written in. Two ways a page shows it: the new stamp stands more than half a year after the date in the page's own
address (发布时间:2022-03-05 over …/2021/05/26/…), and the page's own dateline, which the address agrees with, dates it;
or the head carries two stamps with their hours (the new one over the copied item's own), and the earlier is the item's,
as nothing is posted before it is written. Before, both kinds of page were filed under the new stamp's year, their
reviews read as the year after's and their half years moved on a year (issue 23, found by copying every development
text with a stamp set after it). Negatives: a stamp within months of its address, or alone in its head, still dates
the page. Made-up pages of this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "period", "value")
LATER = "某区召开半年经济形势分析会\n发布时间:{stamp} 09:30 来源:本站\n{dateline},会上通报,上半年全区地区生产总值130.96亿元,同比增长9.2%。\n"


def date_of(text: str, url: str | None = None) -> str | None:
    return documents_from_text(K, text, "made_up.txt", meta={"region": "娄星区", "source_url": url})[0].doc_date


@pytest.mark.parametrize("stamp,dateline,url,written", [
    ("2022-03-05", "7月26日", "https://tz.example.cn/content/2021/07/26/10664744.html", "2021-07-26"),
    ("2020-05-11", "8月2日", "http://www.example.gov.cn/art/2019/08/02/art_1_2.html", "2019-08-02"),
    ("2016-06-30", "7月20日", "http://news.example.com/2015-07-20/5566.shtml", "2015-07-20"),
    ("2019-04-01", "7月15日", "http://www.example.cn/xwzx/20180715/123.html", "2018-07-15"),
    ("2024-02-20", "7月28日", "http://www.example.cn/zwgk/2023/07/28/art_9.html", "2023-07-28"),
])
def test_a_stamp_months_after_its_address_gives_way_to_the_dateline(stamp, dateline, url, written):
    page = LATER.format(stamp=stamp, dateline=dateline)
    assert date_of(page, url) == written
    assert ("gdp", int(written[:4]), "H1", 130.96) in figures(page, FIELDS, meta={"region": "娄星区", "source_url": url})


TWO = "{title}\n发布时间:{new} 来源:本站\n\n新闻资讯 {old} 某某网\n\n{title}\n1月24日,某省第十四届人民代表大会第二次会议开幕。\n"


@pytest.mark.parametrize("new,old,written", [
    ("2026-06-15 10:00", "2024-01-24 14:26:44", "2024-01-24"),
    ("2022-06-15 10:00", "2016-01-26 09:39:00", "2016-01-26"),
    ("2022-06-15 10:00", "26.01.2015 14:44", "2015-01-26"),
    ("2023年06月15日 10:00", "2019年01月28日 17:12", "2019-01-28"),
    ("2025/06/15 10:00", "2020/01/24 08:05", "2020-01-24"),
])
def test_of_two_stamps_the_earlier_is_the_items(new, old, written):
    assert date_of(TWO.format(title="某省人代会开幕 今年定下增长目标", new=new, old=old)) == written


def test_a_stamp_close_to_its_address_still_dates_the_page():
    page = LATER.format(stamp="2021-08-03", dateline="7月26日")
    assert date_of(page, "https://tz.example.cn/content/2021/07/26/1.html") == "2021-08-03"


def test_a_stamp_alone_in_its_head_still_dates_the_page():
    page = "某省人代会开幕 今年定下增长目标\n发布时间:2024-01-24 14:26:44 来源:本站\n1月24日,某省人民代表大会开幕。\n"
    assert date_of(page) == "2024-01-24"


def test_an_edit_after_the_stamp_leaves_the_first():
    page = "某省人代会开幕 今年定下增长目标\n发布时间:2024-01-24 14:26 更新时间:2024-01-25 09:10\n1月24日,某省人民代表大会开幕。\n"
    assert date_of(page) == "2024-01-24"
