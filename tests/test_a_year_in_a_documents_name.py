"""A year inside a document's name in book-title marks (《某县2021年国民经济和社会发展计划》已经…审议通过) names the
document, not the time its paragraph reports: a notice that opens with it and then reviews the year before it (2020年,
全县…) has its review dated by that year, and one that names no other year is not charted as the name's year. Before,
the name's year was taken as the paragraph's lead and the review was charted as the later year's (issue 23, found by
running each development text into one line, where a notice, its title and the plan it issues become one paragraph).
Negative: a year said outside the marks still leads its paragraph. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


@pytest.mark.parametrize("opening,said,year", [
    ("各乡镇人民政府:《某县2021年国民经济和社会发展计划》已经县人大审议通过,现印发给你们,请认真贯彻执行。",
     "2020年,全县经济企稳回升", 2020),
    ("各区人民政府,市政府各部门:《某市2019年国民经济和社会发展计划》已经市人民代表大会批准,现予印发。",
     "2018年,面对复杂严峻的形势", 2018),
    ("《某市2015年国民经济和社会发展计划》已经市人大审议批准,现予公布。",
     "2014年,全市上下团结奋斗", 2014),
    ("经研究,现将《某州2017年国民经济和社会发展计划》印发给你们,请结合实际认真组织实施。",
     "2016年,全州坚持稳中求进", 2016),
    ("各街道办事处:《某区2022年国民经济和社会发展计划》已经区人大常委会审查同意,现印发实施。",
     "2021年,在区委的坚强领导下", 2021),
])
def test_a_year_in_a_documents_name_does_not_lead_the_paragraph(opening, said, year):
    page = f"关于印发计划的通知\n{opening}{said},各项事业取得新进展。全年实现地区生产总值233.6亿元,增长6.1%。\n"
    got = figures(page, FIELDS, meta={"region": "长丰县"})
    assert ("gdp", year, "actual", 233.6) in got
    assert ("gdp", year + 1, "actual", 233.6) not in got


def test_a_year_said_outside_the_marks_still_leads():
    page = "关于经济运行情况的通报\n2020年,全县经济企稳回升,各项事业取得新进展。全年实现地区生产总值233.6亿元,增长6.1%。\n"
    assert ("gdp", 2020, "actual", 233.6) in figures(page, FIELDS, meta={"region": "长丰县"})


def test_a_review_naming_no_other_year_is_not_charted_as_the_names_year():
    page = "关于印发计划的通知\n《某县2021年国民经济和社会发展计划》已经县人大审议通过。全年实现地区生产总值233.6亿元,增长6.1%。\n"
    assert ("gdp", 2021, "actual", 233.6) not in figures(page, FIELDS, meta={"region": "长丰县"}, charted=True)
