"""A day written in digits dates a page as the same day written 年月日 does: a bulletin signed on a line of its own
((2018.03.20), 2018/3/20), and a report's congress with its day in brackets (…会议上(2016/2/16)); a census day in digits
(2000-11-01零时) in an entry that reports later years is history, as 2000年11月1日 is. Before, those pages went undated
(their figures abstained) or were dated by the census (issue 23, found by writing each development text's dates in
digits). Negatives: a page's stamp with its hour still dates it; a day on a line of its own further down a report
does not replace its delivery date. Made-up texts of this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K

RELEASE = "某县2017年国民经济和社会发展统计公报\n某县统计局\n{line}\n一、综合\n初步核算,全年实现地区生产总值91.10亿元,比上年增长8.5%。\n"
REPORT = ("政府工作报告\n——在某县第十六届人民代表大会第五次会议上{day}\n县长 某某\n各位代表:\n现在,我代表县人民政府向大会报告工作,"
          "请予审议。\n")


def date_of(text: str) -> str | None:
    return documents_from_text(K, text, "made_up.txt", meta={"region": "长丰县"})[0].doc_date


@pytest.mark.parametrize("text,day", [
    (RELEASE.format(line="(2018.03.20)"), "2018-03-20"),
    (RELEASE.format(line="2018/3/20"), "2018-03-20"),
    (RELEASE.format(line="2018.3.20"), "2018-03-20"),
    (REPORT.format(day="(2016/2/16)"), "2016-02-16"),
    (REPORT.format(day="(2016.2.16)"), "2016-02-16"),
])
def test_a_day_in_digits_dates_the_page(text, day):
    assert date_of(text) == day


def test_a_census_day_in_digits_is_history():
    entry = ("某市概况\n人口\n常住人口374.85万人,同第五次全国人口普查2000-11-01零时的356.41万人相比,十年共增加18.44万人。\n"
             "经济\n2015年,全市地区生产总值2355亿元,增长8.1%。\n")
    assert date_of(entry) != "2000-11-01"


def test_a_stamp_with_its_hour_still_dates_the_page():
    assert date_of(RELEASE.format(line="发布时间:2018-03-21 09:30")) == "2018-03-21"


def test_a_reports_delivery_day_stands():
    report = ("某县政府工作报告\n——2016年2月16日在某县第十六届人民代表大会第五次会议上\n各位代表:\n现在,我代表县人民政府向大会报告工作。\n"
              "2015.12.31\n")
    assert date_of(report) == "2016-02-16"
