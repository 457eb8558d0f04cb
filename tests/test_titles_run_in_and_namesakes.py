"""Three rules from set U, in texts written for this test:

1. A report's name run into its text with no line break (2019年X县政府工作报告 ——2019年2月16日在…) is a title, not a
   lead: its year does not date the review that follows, which is the year before the report's.
2. In a dated report of January-March that plans its date's year, a sentence that opens with 今年 before any
   indicator (报告称,今年全省生产总值预计增长8.5%,…) gives that year's targets, not outcomes; 今年以来 does not.
3. A place counted by a short name that two nested units share (荆州: 荆州市 and its 荆州区) is the upper one, which
   the short name is known for; a lower unit named in full more often than the short name is still read.
"""

import pytest

from etl.extract.region import read_region
from etl.knowledge import load_knowledge
from tests.extracting import figures

K = load_knowledge()
FIELDS = ("indicator", "year", "kind", "value")


@pytest.mark.parametrize("head, review_year", [
    ("2019年城东县政府工作报告 ——2019年2月16日在县十四届人大三次会议上 县长 某某 各位代表:现在,我代表县人民政府,"
     "向大会报告工作,请予审议。", 2018),
    ("2021年城东县政府工作报告 ——2021年1月20日在县十五届人大五次会议上 各位代表:现在,我代表县人民政府向大会报告工作。",
     2020),
    ("2016年城东区人民政府工作报告 2016年2月1日 各位代表:我代表区人民政府向大会报告工作,请予审议。", 2015),
    ("2023年城东县政府工作报告 ——2023年1月9日在县人大会议上 各位代表:现在,我代表县人民政府,向大会报告工作。", 2022),
    ("2018年城东市政府工作报告 ——2018年2月26日 各位代表:现在,我代表市人民政府向大会报告工作,请予审议。", 2017),
])
def test_a_report_name_run_into_its_text_is_no_lead(head, review_year):
    text = head + " 一、新时代新答卷 面对复杂的形势,在县委坚强领导下,全县完成地区生产总值141亿元,增长8.3%;固定资产投资增长12%。"
    got = figures(text, FIELDS, meta={"region": "罗湖区"})
    assert ("gdp", review_year, "actual", 141.0) in got
    assert not any(f[1] == review_year + 1 and f[2] == "actual" for f in got)


def test_a_year_that_opens_a_sentence_is_still_its_lead():
    text = ("罗湖区政府工作报告\n——2019年2月16日在区人大会议上\n一、过去一年工作回顾\n"
            "2017年,全区完成地区生产总值141亿元,增长8.3%。\n")
    assert ("gdp", 2017, "actual", 141.0) in figures(text, FIELDS, meta={"region": "罗湖区"})


NEWS = ("湖北省政府工作报告\n——2016年1月11日在湖北省第十二届人民代表大会第四次会议上\n一、2015年工作回顾\n"
        "据初步预计,2015年全省生产总值2.59万亿元,增长9%。")


@pytest.mark.parametrize("sentence, expected", [
    ("报告称,今年全省生产总值预计增长8.5%,力争更快更好些。", ("gdp_growth", 2016, "target", 8.5)),
    ("报告称,今年全省一般公共预算收入增长6.5%。", ("fiscal_revenue_growth", 2016, "target", 6.5)),
    ("报告提到,今年全省全社会固定资产投资增长16%。", ("fixed_investment_growth", 2016, "target", 16.0)),
    ("今年,全省城镇登记失业率控制在4.2%以内。", ("unemployment_rate", 2016, "target", 4.2)),
    ("报告还说,今年全省社会消费品零售总额增长11%。", ("retail_sales_growth", 2016, "target", 11.0)),
])
def test_this_year_first_in_a_spring_report_gives_its_targets(sentence, expected):
    got = figures(NEWS + sentence, FIELDS, meta={"region": "湖北省", "date": "2016-01-11"})
    assert expected in got
    assert (expected[0], expected[1], "actual", expected[3]) not in got


@pytest.mark.parametrize("sentence, expected", [
    # negatives: the review's own figures, and 今年以来, stay outcomes
    ("", ("gdp_growth", 2015, "actual", 9.0)),
    ("今年以来,全省社会消费品零售总额增长11%。", ("retail_sales_growth", 2016, "actual", 11.0)),
])
def test_what_this_year_first_does_not_make_a_target(sentence, expected):
    assert expected in figures(NEWS + sentence, FIELDS, meta={"region": "湖北省", "date": "2016-01-11"})


def region_of(text):
    return read_region(text, K.regions, K.gazetteer, None, None).region


PLAIN = "预期目标:生产总值增长10.5%,固定资产投资增长26%。"


@pytest.mark.parametrize("text, region", [
    ("湖北荆州绘制经济社会发展蓝图\n来源:荆州新闻网\n荆州发布预期目标。荆州将加快发展。" + PLAIN
     + "荆州区旅游公路建成。荆州开发区为龙头。\n", "荆州市"),
    ("淮安发布年度目标\n来源:淮安日报\n淮安将加快发展。淮安经济稳中向好。" + PLAIN + "淮安区、清江浦区协同推进。\n",
     "淮安市"),
    ("湘潭发布年度目标\n湘潭将加快发展,湘潭经济稳中向好,湘潭工业提质。" + PLAIN + "湘潭县、韶山市协同推进。\n", "湘潭市"),
    ("吉安发布年度目标\n吉安将加快发展,吉安经济稳中向好,吉安工业提质。" + PLAIN + "吉安县、青原区协同推进。\n", "吉安市"),
    ("长沙发布年度目标\n长沙将加快发展,长沙经济稳中向好,长沙工业提质。" + PLAIN + "长沙县、浏阳市协同推进。\n", "长沙市"),
    # negatives: the lower unit named in full more than by the shared short name, and a short name of one unit
    ("荆州区发布年度目标\n荆州区将加快发展,荆州区经济稳中向好,荆州区工业提质,全区上下。" + PLAIN + "\n", "荆州区"),
    ("赣州发布年度目标\n赣州将加快发展,赣州经济稳中向好,赣州工业提质,赣州开放提速,赣州民生改善。" + PLAIN + "\n",
     "赣州市"),
])
def test_a_short_name_two_nested_units_share_is_the_upper_ones(text, region):
    assert region_of(text) == region
