"""A city's or county's news titled with its own report and no name (解读2013年市政府工作报告:…), whose first paragraph
sets the nation's report as background (3月5日,国务院总理在…作政府工作报告,…): the page is the city's, named further
on (襄阳如何定位?…市十六届人大三次会议…), not the nation's. Before, the nation was read as the page's place from that
paragraph, and every figure of the city was filed under it (issue 22: a region never wrong). Negatives: the nation's
own news of its report stays the nation's. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import region_of

BODY = ("3月5日,国务院总理在十二届全国人大一次会议上作政府工作报告,提出今年全国国内生产总值增长7.5%左右。"
        "在这样的大背景下,襄阳如何定位?记者梳理了市十六届人大三次会议通过的市政府工作报告。\n"
        "报告显示,2012年襄阳全市完成生产总值2498.5亿元,增长13.6%。襄阳市今年的目标是增长12%以上。\n")


@pytest.mark.parametrize("title", [
    "解读2013年市政府工作报告:保持两位数增长",
    "2013年市政府工作报告解读",
    "一图读懂2013年市政府工作报告",
    "《市政府工作报告》里的襄阳新目标",
    "聚焦2013年市政府工作报告",
])
def test_the_page_is_the_citys(title):
    text = f"襄阳网 > 新闻\n{title}\n发布时间:2013-03-12 08:30 来源:襄阳日报\n{BODY}"
    assert region_of(text) == "襄阳市"


def test_the_nations_own_news_stays_the_nations():
    text = ("政府工作报告解读\n发布时间:2013-03-06 来源:中国政府网\n"
            "3月5日,国务院总理在十二届全国人大一次会议上作政府工作报告,提出今年全国国内生产总值增长7.5%左右。\n")
    assert region_of(text, url="http://www.gov.cn/2013/jd.htm") == "全国"
