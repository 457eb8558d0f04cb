"""A date in the head of an entry that is an event of the place's history (1998年6月18日撤地设市, 2003年建区) is not the
date of a text that goes on to report the figures of years long after it: an entry of a city that says it was made a
city in 2000 and gives its 2015 output was filed as a page of 2000, and every figure under the wrong year (issue 23,
found on the corpus). Made-up entries of this file's own wording. Negatives: a news item dated in its head that names
years it aims at (到2035年, 力争2030年) keeps its date, as does one whose later years are within five of it, or
an item stamped with the hour."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K

ENTRY = ("某市位于某省北部,版图面积9600平方公里。{date}{event},现辖两区五县,人口380万({later}年)。\n"
         "{later}年,全市地区生产总值达到2355亿元,比上年增长7.1%;一般公共预算收入204.1亿元,增长6.3%。\n")


def date_of(text: str) -> str | None:
    return documents_from_text(K, text, "entry.txt")[0].doc_date


@pytest.mark.parametrize("date, event, later", [
    ("2000年6月18日", "撤地设市", 2015),
    ("1998年3月2日", "经国务院批准设立", 2016),
    ("2003年12月1日", "正式撤县设区", 2019),
    ("1994年10月8日", "撤县建市", 2012),
    ("2008年1月5日", "新区挂牌成立", 2021),
])
def test_a_date_of_the_place_history_is_not_the_entry_date(date, event, later):
    assert date_of(ENTRY.format(date=date, event=event, later=later)) is None


@pytest.mark.parametrize("date, text", [
    ("2021-03-05", "2021年3月5日,某市召开会议。会议提出,到2035年基本实现现代化,力争2030年地区生产总值达到5000亿元。\n"
                   "2020年,全市地区生产总值达到2355亿元,比上年增长3.1%;今年预期增长6%左右,各项工作有序推进。\n"),
    ("2018-12-12", ENTRY.format(date="2018年12月12日", event="被命名为文化之乡", later=2021)),
    ("2016-01-20", "2016年1月20日,某县召开人代会。预计2015年全县地区生产总值增长7.5%,2016年预期增长7%左右。\n"
                   "会议还审议了十三五规划纲要,提出到2020年地区生产总值比2010年翻一番,全县各项工作有序推进。\n"),
    ("2000-06-18", "发布时间:2000年6月18日 10:30\n某市位于某省北部。2015年,全市地区生产总值达到2355亿元,比上年增长7.1%,"
                   "一般公共预算收入204.1亿元,增长6.3%,各项事业全面进步,人民生活持续改善。\n"),
])
def test_a_date_of_the_text_itself_is_kept(date, text):
    assert date_of(text) == date
