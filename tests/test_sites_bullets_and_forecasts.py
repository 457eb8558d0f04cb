"""What set W showed at first sight (issues 22 and 23), each as a general rule: a news item's summary points
(■…) are no title; a headline that runs its clauses on with spaces ends a clause at each; a congress's
estimate of the year it opens (今年…预计增长) is a forecast; 和县委 is 'and the county committee'; a city's site
carrying its province's text, a body's yearbook table on a site whose initials fit a county, two places'
initials in a row, a place named before 两会 in a title, and an entry described after a list of its leaders.
Made-up texts in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from etl.knowledge import DATA_DIR, load_knowledge
from tests.extracting import figures

K = load_knowledge(DATA_DIR)
FIELDS = ("indicator", "year", "kind", "value")


def doc_of(text: str, url: str | None = None):
    return documents_from_text(K, text, "made_up.txt", meta={"source_url": url} if url else None)[0]


def region_at(text: str, url: str | None = None) -> str | None:
    return doc_of(text, url).region


# --- a summary point under a news headline is no title ------------------------------------------------
@pytest.mark.parametrize("mark, year", [("■", 2014), ("●", 2016), ("◆", 2019), ("▲", 2021), ("★", 2023)])
def test_a_summary_point_naming_the_report_is_no_title(mark, year):
    text = (f"{year}年城北市政府工作目标:产业强市为第一方略\n\n"
            f"{mark}城北市第九届人民代表大会第三次会议开幕\n"
            f"{mark}政府工作报告对{year - 1}年工作作了回顾\n"
            f"{mark}明确了{year}年总体安排\n\n"
            f"报告指出,{year}年,市政府把产业强市作为第一方略。全市经济社会发展的主要预期目标是:地区生产总值增长7.5%,"
            "固定资产投资增长12%。")
    got = figures(text, FIELDS)
    assert ("gdp_growth", year, "target", 7.5) in got
    assert not any(f[1] == year - 1 for f in got)


def test_a_title_line_naming_the_report_is_still_the_title():
    text = ("2019年城北市政府工作报告\n\n各位代表:\n现在,我代表市人民政府向大会报告工作。\n"
            "今年经济社会发展的主要预期目标是:地区生产总值增长6.5%左右。")
    assert doc_of(text).plans_year == 2019


# --- a headline whose clauses are run on with spaces ------------------------------------------------------
@pytest.mark.parametrize("name, key, last, this", [
    ("GDP", "gdp_growth", 6.7, 6.5),
    ("生产总值", "gdp_growth", 7.1, 7.0),
    ("社会消费品零售总额", "retail_sales_growth", 8.2, 8.0),
    ("固定资产投资", "fixed_investment_growth", 9.4, 9.0),
    ("一般公共预算收入", "fiscal_revenue_growth", 5.3, 5.0),
])
def test_a_clause_led_by_a_year_after_a_space_in_a_headline_is_not_the_first_years(name, key, last, this):
    text = f"【城北2016年{name}料增长{last}% 2017年目标为{this}%左右】城北市人民代表大会开幕。"
    got = figures(text, FIELDS)
    assert (key, 2016, "target", this) not in got
    assert (key, 2016, "actual", last) in got


def test_a_space_inside_a_sentence_ends_no_clause():
    # no percentage before the space: the year after it leads nothing new
    got = figures("城北市2016年地区生产总值增长6.7%,增速居全省 前列。", FIELDS)
    assert ("gdp_growth", 2016, "actual", 6.7) in got


# --- a congress's estimate of the year it opens is a forecast ----------------------------------------------
PLAN = "城北市2017年国民经济和社会发展计划草案\n2017年1月10日\n\n"


@pytest.mark.parametrize("clause, key, value", [
    ("今年城北GDP预计增长6.5%左右", "gdp_growth", 6.5),
    ("今年全市生产总值预计增长7%左右", "gdp_growth", 7.0),
    ("今年社会消费品零售总额预计增长8%", "retail_sales_growth", 8.0),
    ("今年固定资产投资预计增长9%左右", "fixed_investment_growth", 9.0),
    ("今年一般公共预算收入预计增长5%", "fiscal_revenue_growth", 5.0),
])
def test_this_years_estimate_in_the_report_that_plans_it_is_a_target(clause, key, value):
    text = PLAN + f"市长在会上指出,预计2016年全市生产总值比上年增长6.8%,{clause}。"
    got = figures(text, FIELDS)
    assert (key, 2017, "target", value) in got
    assert (key, 2017, "actual", value) not in got


@pytest.mark.parametrize("text", [
    # an estimate late in the year it is of: the year's outcome
    "城北市经济运行情况\n2017年11月20日\n今年全市生产总值预计增长6.9%。",
    # a part of the year named: not the whole year's forecast
    PLAN + "市长指出,预计2016年全市生产总值比上年增长6.8%,今年一季度全市生产总值预计增长6.6%。",
])
def test_an_estimate_of_a_year_under_way_or_of_a_part_of_it_is_no_target(text):
    assert not any(f[2] == "target" and f[3] in (6.9, 6.6) for f in figures(text, FIELDS))


# --- 和县委: 'and the county committee' -------------------------------------------------------------------
@pytest.mark.parametrize("tail", ["县委", "县政府", "县人大", "县政协", "县级"])
def test_and_before_a_county_body_names_no_county(tail):
    text = ("各位代表:\n现在,我代表县人民政府向大会报告工作。过去一年,在市委、市政府和" + tail
            + "的坚强领导下,全县上下团结一心,全县经济稳中有进。全县生产总值增长6.2%。")
    assert region_at(text) != "和县"


def test_he_county_named_as_a_place_is_still_he_county():
    text = "和县人民政府工作报告\n各位代表:\n全县上下团结一心,全县经济稳中有进。"
    assert region_at(text) == "和县"


# --- a city's site carrying its province's text ---------------------------------------------------------------
PROVINCE_TEXT = ("过去一年,我省经济运行稳中有进。全省地区生产总值增长6.4%,规模以上工业增加值增长7.6%;"
                 "全省固定资产投资增长5.9%。")


@pytest.mark.parametrize("url, province", [
    ("https://www.tianshui.gov.cn/info/1/2.htm", "甘肃省"),
    ("https://www.baoji.gov.cn/art/2024/1/2/x.html", "陕西省"),
    ("http://www.luoyang.gov.cn/zfxxgk/c1/x.shtml", "河南省"),
    ("http://www.qujing.gov.cn/html/x.html", "云南省"),
    ("https://www.mianyang.gov.cn/c1/x.html", "四川省"),
])
def test_a_provinces_text_on_a_citys_site_is_the_provinces(url, province):
    assert region_at(PROVINCE_TEXT, url) == province


def test_a_citys_text_ranked_in_its_province_stays_the_citys():
    text = ("上半年,全市完成地区生产总值802.8亿元,增速居全省第3;全市固定资产投资增长9.1%,居全省第5;"
            "全省排名前列。全省第二。")
    assert region_at(text, "https://www.tianshui.gov.cn/info/1/2.htm") == "天水市"


# --- initials of a province and a county in a host ------------------------------------------------------------
TABLE = "1-4 主要年份主要比例和效益指标\nItem 2015 2017 2018\n出生率 (‰) 6.04 7.85 6.35\n"


def test_a_table_that_speaks_of_no_government_is_placed_by_no_initials():
    assert region_at(TABLE, "http://tjj.xjbt.gov.cn/2019nj/table/01-04.htm") is None


@pytest.mark.parametrize("url, body, place", [
    ("http://tnb.cqtn.com/Html/2019-1-17/1.html", "2018年,在市委、市政府和区委坚强领导下,我们攻坚克难。", "潼南区"),
    ("https://www.cqtl.gov.cn/zwgk/2025/t1.html", "2025年区政府工作报告目标任务推进情况。", "铜梁区"),
    ("http://www.cqfj.gov.cn/zwgk/1.html", "在县委坚强领导下,各项工作稳步推进。", "奉节县"),
])
def test_a_text_that_speaks_of_its_government_is_placed_by_the_initials(url, body, place):
    assert region_at(body, url) == place


# --- a city's initials then a county-level unit's ------------------------------------------------------------------
@pytest.mark.parametrize("url, body, place", [
    ("https://www.nbyz.gov.cn/art/2016/2/2/art_1.html", "2016年是我区开局之年。今年全区经济社会发展主要预期目标是:", "鄞州区"),
    ("http://htq.gov.cn/hzshtqzf/zwgk/tjgb/201607/x.shtml", "2016年,全区上下在区委、区政府的正确领导下。", "汉台区"),
    ("http://www.example.com/hzhtqrmzf/tjgb/1.html", "全区上下在区委的领导下,全区经济平稳运行。", "汉台区"),
    ("https://www.nbyzrd.gov.cn/art/1.html", "区人大常委会审议了全区计划执行情况。", "鄞州区"),
    ("http://www.hzsc.gov.cn/art/2020/3/9/x.html", "全区上下在区委的领导下,全区经济平稳运行。", "上城区"),
])
def test_a_citys_and_a_units_initials_in_a_row_place_the_unit(url, body, place):
    assert region_at(body, url) == place


@pytest.mark.parametrize("url, body", [
    # the text calls itself a county, the initials are a district's
    ("https://www.nbyz.gov.cn/art/1.html", "全县上下团结一心,全县经济平稳运行,县委统筹推进。"),
    # the text speaks of no government of the unit's kind
    ("https://www.nbyz.gov.cn/art/1.html", "经济运行平稳,物价总体稳定。"),
])
def test_two_units_initials_place_no_text_of_another_kind_or_of_none(url, body):
    assert region_at(body, url) is None


# --- a place before 两会 in a title ----------------------------------------------------------------------------------
@pytest.mark.parametrize("title, place", [
    ("2012年苍山县两会《政府工作报告》", "兰陵县"),
    ("2018年安吉县两会政府工作报告全文", "安吉县"),
    ("2020年德化县两会:政府工作报告", "德化县"),
    ("2015年宁远县两会《政府工作报告》", "宁远县"),
    ("2021年泰兴市两会政府工作报告", "泰兴市"),
])
def test_a_place_named_before_liang_hui_in_a_title_is_the_texts(title, place):
    text = ("新闻热线:0000-0000000\n当前位置:主页 > 专题 > 两会 >\n\n" + title + "\n\n"
            "各位代表:\n现在,我代表政府向大会报告工作,请予审议。过去一年,各项工作稳步推进。")
    assert region_at(text) == place


# --- an entry described after a list of its leaders -----------------------------------------------------------------
@pytest.mark.parametrize("place", ["奈曼旗", "科尔沁左翼中旗", "宁城县", "扎鲁特旗", "开鲁县"])
def test_an_entry_described_under_its_heading_after_its_leaders_is_its_places(place):
    text = ("2015卷\n【领导名录】\n旗委书记:王某\n人大常委会主任:李某\n旗长:张某\n政协主席:赵某\n武装部长:钱某\n"
            f"【概况】{place}位于内蒙古自治区东部,南与辽宁省阜新市、北票市毗邻,东与库伦旗接壤。\n全年地区生产总值增长7%。")
    assert region_at(text) == place


def test_a_place_described_in_a_sentence_far_down_is_no_entrys_place():
    text = ("2015卷\n【领导名录】\n书记:王某\n主任:李某\n长:张某\n主席:赵某\n部长:钱某\n"
            "今年我们去了库伦旗位于的沙地考察。\n全年地区生产总值增长7%。")
    assert region_at(text) != "库伦旗"


# --- 城乡 before a residence word: two incomes, not all residents' ---------------------------------------------
@pytest.mark.parametrize("clause", [
    "城乡常住居民人均可支配收入均增长7%左右",
    "城乡户籍居民人均可支配收入均增长8%",
    "城乡常住居民人均可支配收入都增长6.5%",
    "城乡常住居民人均可支配收入各增长6%以上",
    "城乡常住居民人均可支配收入均同比增长5.5%",
])
def test_urban_and_rural_residents_incomes_are_not_all_residents(clause):
    got = figures(f"城北市2022年经济运行情况\n2022年,全市地区生产总值增长4.1%;{clause}。", FIELDS)
    assert not any(f[0] == "disposable_income_growth" for f in got)
    assert ("gdp_growth", 2022, "actual", 4.1) in got


@pytest.mark.parametrize("clause, value", [
    ("常住居民人均可支配收入增长6.5%", 6.5),
    ("城乡常住居民人均可支配收入增长6.2%", 6.2),   # one figure after the shared noun: the whole's
])
def test_all_residents_income_is_still_read(clause, value):
    # (a list of two values, 分别增长6.1%和7.3%, was never one figure of all residents: it stays two)
    got = figures(f"城北市2022年经济运行情况\n2022年,全市{clause}。", FIELDS)
    assert ("disposable_income_growth", 2022, "actual", value) in got


# --- a place that speaks of the whole of itself by name ------------------------------------------------------------
@pytest.mark.parametrize("lead, place", [
    ("上半年,缙云全县上下深入学习贯彻上级决策部署", "缙云县"),
    ("一年来,安吉全县干部群众团结奋斗", "安吉县"),
    ("过去一年,扬州全市上下攻坚克难", "扬州市"),
    ("今年以来,米东全区经济稳中有进", "米东区"),
    ("三季度以来,奈曼全旗上下奋力拼搏", "奈曼旗"),
])
def test_a_name_right_before_the_whole_of_its_kind_places_the_text(lead, place):
    kind = place[-1]
    text = (lead + f",全{kind}经济运行延续向好态势。据初步核算,全{kind}实现生产总值145.2亿元,同比增长6.4%,"
            "增速居全市第2。")
    assert region_at(text) == place


@pytest.mark.parametrize("text", [
    # two cities in one news item: 苏州全市 does not make it 苏州's
    "【聚焦两会】南京:预计地区生产总值增长4.7%。南京奋力走在前列。苏州全市上下团结奋斗,增长5%。",
    # the name is of another kind than the whole after it (安吉 is a 县, 全市 a city's)
    "过去一年,安吉全市上下团结奋斗,全市经济运行延续向好态势。",
    # a county's text (我县) naming its province's whole: not the province's
    "我县经济增长,我县排名第3。全省表彰。湖北全省县域经济会议召开。",
    # the text says no kind of its own: one naming alone does not place it
    "上半年,缙云全县上下深入学习贯彻上级决策部署,经济运行延续向好态势。",
])
def test_a_name_before_the_whole_places_no_text_that_names_another_of_its_kind_or_another_kind(text):
    assert region_at(text) is None


# --- a 县 turned into a county-level city (撤县设市) ------------------------------------------------------------------------
@pytest.mark.parametrize("old, year, present", [
    ("旬阳县", 2019, "旬阳市"), ("华亭县", 2017, "华亭市"), ("禄丰县", 2020, "禄丰市"),
    ("祁阳县", 2020, "祁阳市"), ("水富县", 2017, "水富市"),
])
def test_a_report_of_a_county_since_turned_city_is_filed_under_the_present_unit(old, year, present):
    text = (f"政府工作报告\n——{year}年3月1日在{old}第十八届人民代表大会第四次会议上\n{old}县长 某某\n"
            "各位代表:\n现在,我代表县人民政府向大会报告工作。全县上下团结奋斗,全县生产总值增长7%。")
    assert region_at(text) == present


@pytest.mark.parametrize("name", ["安吉县", "德化县", "宁远县", "城东县"])
def test_a_county_that_is_still_a_county_or_none_stays_itself_or_unknown(name):
    text = (f"政府工作报告\n——2019年3月1日在{name}第十届人民代表大会第四次会议上\n"
            "各位代表:\n现在,我代表县人民政府向大会报告工作。全县上下团结奋斗。")
    # (城东县 is no unit: a district's name, 城东区, turned into a 县 is never read as that district)
    assert region_at(text) == (None if name == "城东县" else name)
