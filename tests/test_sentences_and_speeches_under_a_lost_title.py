"""A page that lost its title (issue 23, found by reading every development text without its first line):
- a line with a full stop inside it is a sentence or a photo's caption (会场一角。记者某某摄), never the title where a short
  line without one stands among the first lines; a bulletin had taken a sentence naming its constant prices' base year
  (按2015年不变价) for its title, and all its figures that year;
- the speech itself (各位代表…请予审议) is the work report it names, even below a page's stamp line with its hour
  (文库网 2021-07-27 17:55:08 报告), which alone reads as news: a December report had been read as news and its
  review of the ending year as last year's.
Negatives: a title ending in a full stop where no other line may be the title stays; a news item about a report, with
no speech in it, stays news. Made-up texts of this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K


def first_doc(text: str, region: str = "泗阳县"):
    return documents_from_text(K, text, "made_up.txt", meta={"region": region})[0]


@pytest.mark.parametrize("sentence", [
    "效率稳步提高。全年劳动生产率为9.1万元/人(按2015年不变价计算)",
    "会场一角。本报记者王某摄",
    "农业基础稳固。粮食总产量达到61万吨",
    "市场活跃。消费持续恢复",
    "工业回暖。规上工业增加值增长6%",
])
def test_a_line_with_a_full_stop_inside_is_no_title(sentence):
    text = f"泗阳县统计局\n{sentence}\n一、综合\n全县地区生产总值增长5.2%。\n"
    assert first_doc(text).title == "泗阳县统计局"


def test_a_bulletin_without_its_title_keeps_the_year_it_reports_on():
    text = ("泗阳县统计局\n2017年3月20日\n2016年,全县经济平稳运行。\n一、综合\n全县生产总值412.6亿元,比上年增长6.3%。\n"
            "效率稳步提高。全年劳动生产率为9.1万元/人(按2015年不变价计算)\n")
    doc = first_doc(text)
    assert (doc.doc_type, doc.reviews_year) == ("statistics release", 2016)


def test_a_title_ending_in_a_full_stop_stays_where_nothing_else_may_be_one():
    text = "泗阳县经济持续向好。\n全县地区生产总值增长5.2%,规上工业增加值增长6.1%,社会消费品零售总额增长4.9%。\n"
    assert first_doc(text).title == "泗阳县经济持续向好。"


SPEECH = ("{stamp}\n政府工作报告\n——2020年12月23日在泗阳县第十八届人民代表大会第五次会议上\n各位代表:\n"
          "现在,我代表县人民政府,向大会报告工作,请予审议。\n一、2020年工作回顾\n全县地区生产总值增长4.1%。\n")


@pytest.mark.parametrize("stamp", ["文库网 2021-07-27 17:55:08 报告", "资料站 2022-03-01 09:12 工作报告范文",
                                   "网友上传 2021-01-05 08:30 政府报告", "收藏 2023-02-11 21:40:05 报告全文",
                                   "下载站 2021-06-30 12:00 报告下载"])
def test_the_speech_is_a_work_report_below_a_stamp_with_its_hour(stamp):
    doc = first_doc(SPEECH.format(stamp=stamp))
    assert (doc.doc_type, doc.reviews_year) == ("government work report", 2020)


def test_news_of_a_report_without_the_speech_stays_news():
    text = ("本网 2021-01-05 08:30\n县长作政府工作报告。报告提出,今年全县地区生产总值增长6%左右。\n")
    assert first_doc(text).doc_type == "news"
