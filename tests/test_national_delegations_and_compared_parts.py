"""The nation's congress named where a place's delegation speaks (参加全国人大重庆代表团审议) is a venue, not the text's
issuer; and a part of the year named only as a comparison's base (比一季度加快0.5个百分点) is no period of the figure
after it (issue 23 and 22, classes of set AE). Made-up texts of this file's own wording; negatives: a text of the
nation's congress that names no place below it often stays the nation's, and a part named as the figure's own
period still dates it."""

import pytest

from etl.documents import documents_from_text
from etl.extract.patterns import part_year_of
from tests.extracting import K

PRESS = ("8月17日,中共{c}委“这十年”主题新闻发布会在渝举行。{c}长作主题发布。\n{c}长说,总书记两次亲临{s}视察指导,参加"
         "全国人大{s}代表团审议并发表重要讲话。十年来,{s}经济社会发展取得新成效,全市地区生产总值增长4%,{s}人民生活水平"
         "持续提高,{s}城乡面貌焕然一新。")


@pytest.mark.parametrize("city, short", [("重庆市", "重庆"), ("天津市", "天津"), ("上海市", "上海"), ("北京市", "北京"),
                                         ("成都市", "成都")])
def test_the_nations_congress_where_a_delegation_speaks_is_no_issuer(city, short):
    doc = documents_from_text(K, PRESS.format(c=city, s=short), "made_up.txt")[0]
    assert doc.region == city


def test_a_text_of_the_nations_congress_naming_no_place_stays_the_nations():
    text = "十四届全国人大二次会议开幕\n全国人大代表审议政府工作报告。报告提出,全国经济增长5%左右,全国居民收入稳步增长。"
    assert documents_from_text(K, text, "made_up.txt")[0].region == "全国"


@pytest.mark.parametrize("before, want", [("上半年,第三产业增加值增长10.2%,比一季度加快0.5个百分点,占", "H1"),
                                          ("前三季度,工业增加值增长6%,比上半年加快0.3个百分点,", "Q1-Q3"),
                                          ("1-8月,固定资产投资增长5%,较1-7月回落0.2个百分点,", "M1-M8"),
                                          ("全年地区生产总值增长6%,比前三季度加快,", None),
                                          ("与上半年相比,", None)])
def test_a_part_named_as_a_comparisons_base_is_no_period(before, want):
    assert part_year_of(before) == want


def test_a_part_named_as_its_own_period_still_dates():
    assert part_year_of("一季度,地区生产总值增长5%,") == "Q1"
