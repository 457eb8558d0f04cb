"""A page whose paragraph breaks were lost runs its headings and its title into the text after them. Two things must
then still hold. A numbered heading that ends as a sentence (三、2021年工作安排。) is broken off its paragraph, so the
year it names (the year the section plans) does not date the review the paragraph then gives; and a year that opens a
report's name run into the next sentence (…县2020年政府工作报告2019年是…) is the name's, not the sentence's, when a
year of the sentence's own, or 今年以来 (so far this year), follows it. Before, both reviews were charted as the later
year's (issue 23, found by running each development text into one line). Negatives: a heading with a comma is a
sentence, not a heading; a report's name with no year after it still dates its sentence. Made-up pages of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
FILLER = ("各位代表,过去的工作中我们始终坚持稳中求进,着力扩大有效需求,持续优化营商环境,切实保障和改善民生,"
          "推动高质量发展取得新成效。") * 10


@pytest.mark.parametrize("heading,said,year,gdp", [
    ("三、2021年工作安排。", "2020年,全县上下迎难而上", 2020, 233.6),
    ("二、2019年主要任务。", "2018年,面对复杂形势", 2018, 418.2),
    ("(三)2024年重点工作。", "2023年,全区干部群众团结奋斗", 2023, 1290.5),
    ("四、2017年工作建议。", "刚刚过去的2016年,我们攻坚克难", 2016, 95.7),
    ("三、2023年总体要求。", "2022年,在市委坚强领导下", 2022, 640.1),
])
def test_a_heading_said_as_a_sentence_does_not_date_the_paragraph_after_it(heading, said, year, gdp):
    page = f"某县人民政府工作报告\n{FILLER}{heading}{said},经济运行稳中向好。全年实现地区生产总值{gdp}亿元,增长6.1%。\n"
    got = figures(page, FIELDS, meta={"region": "长丰县"}, charted=True)
    assert ("gdp", year, "actual", gdp) in got
    assert not any(f[0] == "gdp" and f[1] == year + 1 for f in got)


@pytest.mark.parametrize("name,said,year", [
    ("某区2021年国民经济和社会发展计划", "2020年,全区经济企稳回升", 2020),
    ("某市2018年国民经济和社会发展计划", "2017年,全市经济平稳运行", 2017),
    ("2022年某区政府工作报告", "2021年是极为关键的一年", 2021),
    ("2019年某县国民经济和社会发展计划", "2018年是改革开放40周年", 2018),
    ("2024年某市人民政府工作报告", "2023年是全面贯彻党的二十大精神的开局之年", 2023),
])
def test_a_reports_name_run_into_the_sentence_gives_way_to_its_year(name, said, year):
    page = f"{FILLER}\n文章正文{name}{said},全县实现地区生产总值318.4亿元,增长5.5%。\n"
    got = figures(page, FIELDS, meta={"region": "长丰县"}, charted=True)
    assert ("gdp", year, "actual", 318.4) in got


def test_a_heading_with_a_comma_is_no_heading():
    page = f"某县人民政府工作报告\n{FILLER}一、2020年,全县上下迎难而上。全年实现地区生产总值233.6亿元,增长6.1%。\n"
    assert ("gdp", 2020, "actual", 233.6) in figures(page, FIELDS, meta={"region": "长丰县"}, charted=True)


def test_a_reports_name_with_no_year_after_it_still_dates_its_sentence():
    page = f"{FILLER}\n会上,2021年政府工作报告提出,全县地区生产总值增长7%左右。\n"
    got = figures(page, ("indicator", "year", "kind", "value"), meta={"region": "长丰县"})
    assert ("gdp_growth", 2021, "target", 7.0) in got


@pytest.mark.parametrize("name,said", [
    ("2023年某县政府工作报告", "今年以来,全县上下攻坚克难"),
    ("2023年某市人民政府工作报告", "今年以来,面对多重压力"),
    ("2023年某区人民政府工作报告", "今年以来,在区委的坚强领导下"),
    ("2023年某县国民经济和社会发展计划", "年初以来,全县经济稳中向好"),
    ("2023年某县政府工作报告全文", "今年以来,我们坚持稳中求进"),
])
def test_a_reports_name_gives_way_to_so_far_this_year(name, said):
    page = f"{FILLER}\n我的文库{name}一、奋力实现良好开局{said},较好完成了年度目标任务。预计全年实现地区生产总值420亿元、增长6.5%。\n"
    got = figures(page, FIELDS, meta={"region": "长丰县", "date": "2022-12-29"}, charted=True)
    assert ("gdp", 2023, "actual", 420.0) not in got
