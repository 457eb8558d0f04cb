"""What set Y showed at first sight (issues 22 and 23), each as a general rule: a heading of a year's execution
without the word plan reviews that year; a later sentence that says what its year will do leads the sentences after
it; a clause that opens with a plan word and a year plans that year; a release on a named year's first half is the
half's throughout; a body's statistics bureau (新疆生产建设兵团统计局) names no unit; a part in brackets after a
name (一般公共预算收入(本级)) is no headline; and a revenue whose local part follows in the next clause is a total.
Made-up texts in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from etl.knowledge import DATA_DIR, load_knowledge
from tests.extracting import figures

K = load_knowledge(DATA_DIR)
FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str, region: str | None = "罗湖区") -> set[tuple]:
    return figures(text, FIELDS, meta={"region": region} if region else None)


# --- a heading of a year's execution without the word plan ---------------------------------------------------------
@pytest.mark.parametrize("year", [2015, 2017, 2019, 2021, 2023])
def test_a_heading_of_a_years_execution_reviews_that_year(year):
    # (a table's title further down names the year's plan: without the heading the report would review the year before)
    text = (f"一、{year}年国民经济和社会发展执行情况\n全区上下在区委、区政府领导下,经济运行总体平稳。\n"
            "(一)经济运行稳中有进。\n全年实现地区生产总值277.7亿元,增长8.0%;社会消费品零售总额134.6亿元,增长7.8%。\n"
            f"表1 城北区{year}年国民经济和社会发展计划主要指标完成情况\n")
    got = read(text)
    assert ("gdp_growth", year, "year", "actual", 8.0) in got
    assert ("retail_sales", year, "year", "actual", 134.6) in got


def test_a_heading_of_the_plans_execution_still_reviews_its_year():
    text = ("一、2019年国民经济和社会发展计划执行情况\n全区经济运行总体平稳。\n全年实现地区生产总值277.7亿元,增长8.0%。")
    assert ("gdp_growth", 2019, "year", "actual", 8.0) in read(text)


# --- a later sentence that says what its year will do -----------------------------------------------------------------
@pytest.mark.parametrize("year, value", [(2024, 10.0), (2022, 8.0), (2019, 9.5), (2025, 6.5), (2016, 7.5)])
def test_a_sentence_saying_what_its_year_will_do_leads_the_next(year, value):
    text = (f"城北县人代会召开\n12月26日,城北县人民代表大会第三次会议召开,该县明确{year}年主要预期目标。\n"
            f"{year - 1}年,城北县先后获评全国生态示范县等称号。{year}年,该县将坚持工业强县、农业增收,开创发展新局面。"
            f"力争实现地区生产总值增长{value:g}%以上,固定资产投资增长13%以上。")
    got = read(text)
    assert ("gdp_growth", year, "year", "target", value) in got
    assert not any(f[1] == year - 1 and f[3] == "target" for f in got)


def test_a_later_sentence_led_by_a_year_without_a_will_changes_no_lead():
    text = ("城北县经济运行情况\n2023年,全县经济稳中有进。2022年同期基数较低。全县地区生产总值增长6.1%。")
    assert ("gdp_growth", 2023, "year", "actual", 6.1) in read(text)


# --- a clause that opens with a plan word and a year ------------------------------------------------------------------
@pytest.mark.parametrize("word, key, value", [
    ("计划", "gdp_growth", 8.5), ("计划", "fixed_investment_growth", 12.0), ("计划", "gdp_growth", 7.0),
    ("计划", "retail_sales_growth", 9.0), ("计划", "fiscal_revenue_growth", 6.0),
])
def test_a_clause_opening_with_a_plan_word_and_a_year_plans_that_year(word, key, value):
    name = {"gdp_growth": "地区生产总值", "fixed_investment_growth": "固定资产投资",
            "retail_sales_growth": "社会消费品零售总额", "fiscal_revenue_growth": "一般公共预算收入"}[key]
    text = ("城北两会\n城北日报讯 12月31日,在城北县人民代表大会上,县长作政府工作报告,预计到2022年底,全县实现GDP243亿元,"
            f"{word}2023年{name}增长{value:g}%以上。")
    got = read(text)
    assert (key, 2023, "year", "target", value) in got
    assert (key, 2023, "year", "actual", value) not in got


def test_an_estimate_before_a_year_plans_nothing():
    text = ("城北两会\n城北日报讯 12月31日,在城北县人民代表大会上,县长作政府工作报告,全县经济稳中有进,"
            "预计2022年地区生产总值增长6.1%。")
    assert not any(f[3] == "target" for f in read(text))


# --- a release on a named year's first half -------------------------------------------------------------------------
@pytest.mark.parametrize("year", [2016, 2018, 2020, 2023, 2024])
def test_a_release_on_a_named_years_first_half_is_the_halfs(year):
    text = (f"城北省人民政府新闻办公室举行城北省{year}年上半年经济运行情况新闻发布会。\n"
            "上半年,全省实现地区生产总值14170.4亿元、同比增长5.1%。\n主要经济指标持续恢复\n规上工业增加值增长5%\n"
            "社会消费品零售总额增长8.7%\n地方一般公共预算收入增长29.3%\n")
    got = read(text, None)
    for key, value in (("industrial_va_growth", 5.0), ("retail_sales_growth", 8.7), ("fiscal_revenue_growth", 29.3)):
        assert (key, year, "H1", "actual", value) in got
        assert (key, year, "year", "actual", value) not in got


def test_a_release_on_a_named_whole_year_is_the_years():
    text = ("城北省2023年经济运行情况新闻发布会。\n全省实现地区生产总值28170.4亿元、同比增长5.1%。\n规上工业增加值增长5%\n")
    assert ("industrial_va_growth", 2023, "year", "actual", 5.0) in read(text, None)


# --- a body's statistics bureau ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("bureau", ["新疆生产建设兵团统计局", "重庆市万盛经开区统计局", "广东省农垦集团统计局",
                                    "云南省农垦集团统计局", "海南省农垦集团统计局"])
def test_a_bodys_or_a_zones_statistics_bureau_names_no_unit(bureau):
    province = {"新疆": "新疆维吾尔自治区"}.get(bureau[:2], bureau[:3] if bureau[2] in "省市" else bureau[:2] + "省")
    text = (f"{bureau} 国家统计局调查队\n2019年3月22日\n2018年,在{province}党委统一领导下,经济运行总体平稳,"
            f"{province}各项事业稳步推进。\n全年生产总值2515.2亿元,比上年增长6.0%。")
    assert documents_from_text(K, text, "made_up.txt")[0].region is None


def test_a_units_statistics_bureau_still_names_it():
    text = "安吉县统计局\n2019年3月22日\n2018年,全县经济运行总体平稳。\n全年生产总值515.2亿元,比上年增长6.0%。"
    assert documents_from_text(K, text, "made_up.txt")[0].region == "安吉县"


# --- a part in brackets after a name; a total before its local part ------------------------------------------------------
HEAD = "城北区2019年国民经济和社会发展计划执行情况\n一、2019年计划执行情况\n"


@pytest.mark.parametrize("part", ["本级", "区本级", "市本级", "主城区", "中心城区"])
def test_a_part_in_brackets_after_a_name_is_no_headline(part):
    got = read(HEAD + f"全年一般公共预算收入({part})6.37亿元,增长9.1%;社会消费品零售总额134.6亿元,增长7.8%。")
    assert not any(f[0].startswith("fiscal_revenue") for f in got)
    assert ("retail_sales", 2019, "year", "actual", 134.6) in got


def test_a_remark_in_brackets_after_a_name_is_no_part():
    got = read(HEAD + "全年实现地区生产总值277.74(含市直)亿元,增长8.0%。")
    assert ("gdp_growth", 2019, "year", "actual", 8.0) in got


@pytest.mark.parametrize("total, local, sep", [
    ("公共财政收入", "地方公共财政收入", ";"), ("公共财政预算收入", "地方公共财政预算收入", ";"),
    ("一般公共预算收入", "地方一般公共预算收入", ";"), ("公共财政收入", "地方公共财政收入", ","),
    ("一般公共预算收入", "地方一般公共预算收入", ","),
])
def test_a_revenue_whose_local_part_follows_in_the_next_clause_is_a_total(total, local, sep):
    got = read(HEAD + f"全年预计实现地区生产总值170.98亿元,增长8%;{total}14.5亿元,增长10%{sep}{local}8.06亿元,增长8%;"
                      "社会消费品零售总额65.94亿元。")
    assert ("fiscal_revenue", 2019, "year", "actual", 14.5) not in got
    assert ("fiscal_revenue_growth", 2019, "year", "actual", 10.0) not in got


def test_a_revenue_with_no_local_part_after_it_is_the_revenue():
    got = read(HEAD + "全年公共财政收入14.5亿元,增长10%;社会消费品零售总额65.94亿元,增长8%。")
    assert ("fiscal_revenue", 2019, "year", "actual", 14.5) in got
