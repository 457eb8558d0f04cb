"""A place's news site is named by its place's initials and a word for news (djymedia: 都江堰's media centre; cqjjnet:
重庆 + 江津's net; cqrb: 重庆日报), like hsnews: the text's place is the unit it names whose initials the label spells once the word is
taken off (issue 22, found on development sets C, AK and U, whose items named their place once and had no region).
Made-up items of this file's own wording. Negatives: a text naming no unit of those initials, or only the word with
nothing before it, stays unknown."""

import pytest

from tests.extracting import region_of

ITEM = ("2月3日,全{kind}经济工作会议召开。会议要求聚焦智慧{short}建设,力争今年全{kind}地区生产总值增长6%左右,"
        "一般公共预算收入增长5%。\n")


def region_at(url: str, short: str, kind: str) -> str | None:
    return region_of(ITEM.format(kind=kind, short=short), "item.txt", url)


@pytest.mark.parametrize("url, short, kind, place", [
    ("http://djymedia.com/content/2023-02/03/0131.html", "都江堰", "市", "都江堰市"),
    ("http://epaper.cqjjnet.com/PC/jjrb/202310/30/content_1.html", "江津", "区", "江津区"),
    ("https://www.yhmedia.cn/news/2024/0203/1.html", "余杭", "区", "余杭区"),
    ("http://www.lsnet.cn/news/2024-02/03/1.html", "溧水", "区", "溧水区"),
    ("http://www.dymedia.com.cn/xw/2024/1.html", "定远", "县", "定远县"),
    ("https://epaper.cqrb.cn/html/cqrb/2021-03/02/010/content_1.htm", "重庆", "市", "重庆市"),
    ("https://hzdaily.hangzhou.com.cn/hzrb/2024/02/03/1.html", "杭州", "市", "杭州市"),
    ("http://epaper.nbrb.cn/nbrb/2024-02/03/1.html", "宁波", "市", "宁波市"),
    ("http://epaper.jzrb.com/rb/html/2024-02/03/1.htm", "焦作", "市", "焦作市"),
    ("http://epaper.xarb.com.cn/2024/0203/1.html", "西安", "市", "西安市"),
])
def test_the_unit_a_news_sites_initials_spell_is_its_place(url, short, kind, place):
    assert region_at(url, short, kind) == place


@pytest.mark.parametrize("url, short, kind", [
    ("http://djymedia.com/content/1.html", "家乡", "市"),      # names no unit
    ("http://djymedia.com/content/1.html", "江津", "区"),      # names a unit of other initials
    ("http://www.media.net.cn/content/1.html", "江津", "区"),  # the word alone
    ("http://epaper.jzrb.com/rb/html/2024-02/03/1.htm", "修武", "县"),   # a county's item in its city's daily
])
def test_a_news_site_whose_initials_name_nothing_said_tells_no_place(url, short, kind):
    assert region_at(url, short, kind) is None
