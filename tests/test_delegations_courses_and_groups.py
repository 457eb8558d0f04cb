"""A higher congress at which a unit's delegation speaks is a venue, not the issuer (X省…会议Y代表团审议…); a lead
that traces a year's course through its quarters (一季度下滑,二季度企稳…) gives no part-year to what follows; a
group's income (低收入农户人均可支配收入) is not all residents'; and a short name before 两会 at the head names its
place (issue 22 and 23, classes of set AB). Made-up texts of this file's own wording; negatives: a lead naming one
part keeps it, and a short name several units share names none."""

import pytest

from tests.extracting import figures, region_of

FIELDS = ("indicator", "year", "period", "value")
DELEGATION = ("某报讯\n1月27日下午,{p}十二届人大四次会议{c}代表团分组审议政府工作报告。{c}市委书记在发言中说,{c}市扎实推进"
              "转方式调结构,{c}老百姓收入连续提高。2014年{c}市全年实现地区生产总值3569.8亿元,增长10.1%。{c}将继续努力。")


@pytest.mark.parametrize("province, city", [("山东省", "临沂"), ("河南省", "洛阳"), ("四川省", "绵阳"), ("湖北省", "宜昌"),
                                            ("江苏省", "徐州")])
def test_a_delegation_at_a_higher_congress_is_the_texts_place(province, city):
    assert region_of(DELEGATION.format(p=province, c=city)) == city + "市"


COURSE = ("某省政府工作报告\n一、2013年工作回顾\n回顾2013年的工作,全省经济{t}的发展态势。初步核算,全年生产总值2466.8亿元,"
          "增长10.1%;固定资产投资增长25.8%,社会消费品零售总额增长13.8%。")


@pytest.mark.parametrize("course", ["呈现“一季度大幅下滑,二季度站稳脚跟,三季度开始回升,四季度总体向好”",
                                    "一季度低开,上半年企稳,前三季度回升", "呈现一季度回落、二季度企稳、三季度回升",
                                    "上半年承压、下半年发力", "一季度探底,二季度反弹"])
def test_a_lead_tracing_the_years_course_gives_no_part_year(course):
    got = {f for f in figures(COURSE.format(t=course), FIELDS) if f[0] == "fixed_investment_growth"}
    assert got == {("fixed_investment_growth", 2013, "year", 25.8)}


def test_a_lead_naming_one_part_keeps_it():
    text = "某县经济运行\n2013年上半年,全县经济稳中有进。固定资产投资增长25.8%,社会消费品零售总额增长13.8%。"
    assert ("fixed_investment_growth", 2013, "H1", 25.8) in figures(text, FIELDS)


@pytest.mark.parametrize("group", ["低收入农户人均可支配收入", "低收入户人均可支配收入", "低收入人口人均可支配收入",
                                   "脱贫人口人均可支配收入", "建档立卡贫困户人均可支配收入"])
def test_a_groups_income_is_not_all_residents(group):
    text = f"某市2019年国民经济和社会发展统计公报\n2019年,全市居民人均可支配收入增长6.3%。{group}比上年增长20.2%。"
    got = {f for f in figures(text, FIELDS) if f[0].startswith("disposable")}
    assert got == {("disposable_income_growth", 2019, "year", 6.3)}


SESSIONS = "第06版:2022{s}两会  《政府工作报告》解读\n今年经济社会发展的主要预期目标是:生产总值增长8.5%,固定资产投资增长15%。"


@pytest.mark.parametrize("short", ["阜阳", "六安", "蚌埠", "淮北", "滁州"])
def test_a_short_name_before_the_sessions_names_the_place(short):
    assert region_of(SESSIONS.format(s=short)) == short + "市"


def test_a_short_name_several_units_share_names_none():
    assert region_of(SESSIONS.format(s="朝阳")) is None


def test_a_delegation_named_once_in_the_provinces_own_text_moves_nothing():
    text = ("某报讯\n1月27日,山东省十二届人大四次会议举行第二次全体会议,临沂代表团等各代表团出席。山东省省长作政府工作报告,"
            "2014年山东省全年实现地区生产总值59426.6亿元,增长8.7%。山东省将继续努力。")
    assert region_of(text) == "山东省"


def test_a_short_name_before_the_sessions_of_another_kind_than_the_texts_names_none():
    text = ("城北两会昨日开幕 省长作报告\n\n记者讯 昨日上午,城北省十二届人大二次会议开幕,省长代表省政府向大会作报告。"
            "全省生产总值增长11%,全省固定资产投资增长18%。\n")
    assert region_of(text) is None
