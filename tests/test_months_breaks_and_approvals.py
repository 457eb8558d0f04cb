"""What set Z showed at first sight (issues 22 and 23), each as a general rule: a sentence led by one month (6月份,)
gives no headline figure; a number whose decimal point a space replaced (9 73万亿元) is no number; a plan year aimed
at in an earlier clause (力争到2020年,全县…达到147亿元) makes a five-year target; an undated report that plans a year
reads its 今年…预期 as that year's; and a government above approving something of a unit below it
(重庆市政府批准石柱县…) is not the text's issuer. Made-up texts in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from etl.knowledge import DATA_DIR, load_knowledge
from tests.extracting import figures

K = load_knowledge(DATA_DIR)
FIELDS = ("indicator", "year", "period", "kind", "value")
RELEASE = "城北省2022年上半年经济运行情况\n2022年7月20日\n上半年,全省生产总值19823.7亿元,同比增长3.4%。"


# --- one month's figure ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lead", ["6月份,", "6月,", "6月当月,", "2022年6月份,", "12月份,"])
def test_a_sentence_led_by_one_month_gives_no_headline_figure(lead):
    got = figures(RELEASE + f"规模以上工业增加值同比增长5.2%。{lead}规模以上工业增加值同比增长7.7%,比上月加快2.7个百分点。",
                  FIELDS)
    assert not any(f[4] == 7.7 for f in got)
    assert ("industrial_va_growth", 2022, "H1", "actual", 5.2) in got


@pytest.mark.parametrize("lead, period", [("1-6月,", "H1"), ("前6个月,", "H1")])
def test_a_sentence_led_by_a_span_of_months_is_still_read(lead, period):
    got = figures(RELEASE + f"{lead}规模以上工业增加值同比增长7.7%。", FIELDS)
    assert ("industrial_va_growth", 2022, period, "actual", 7.7) in got


# --- a number broken by a space ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("broken", ["9 73万亿元", "1 21万亿元", "3 58万亿元", "2 5亿元", "12 6亿元"])
def test_a_number_whose_point_a_space_replaced_is_no_number(broken):
    text = f"城北省2019年政府工作报告\n2018年,全省地区生产总值达{broken}(人民币,下同),增长6.8%。"
    got = figures(text, FIELDS)
    small, big = broken.split(" ")
    tail = float("".join(ch for ch in big if ch.isdigit() or ch == "."))
    assert not any(f[0] == "gdp" and f[4] in (tail, tail * 10000) for f in got)
    assert ("gdp_growth", 2018, "year", "actual", 6.8) in got


def test_a_number_written_whole_is_read():
    got = figures("城北省2019年政府工作报告\n2018年,全省地区生产总值达9.73万亿元,增长6.8%。", FIELDS)
    assert ("gdp", 2018, "year", "actual", 97300.0) in got


# --- a plan year aimed at in an earlier clause ----------------------------------------------------------------------------
@pytest.mark.parametrize("word, name, key, value", [
    ("力争", "生产总值", "gdp", 147.0), ("力争", "地方公共财政预算收入", "fiscal_revenue", 12.6),
    ("计划", "生产总值", "gdp", 150.0), ("力争", "社会消费品零售总额", "retail_sales", 60.0),
    ("预期", "生产总值", "gdp", 160.0),
])
def test_a_plan_year_aimed_at_in_an_earlier_clause_makes_a_five_year_target(word, name, key, value):
    text = ("城北县新闻\n2015年,全县地区生产总值92亿元,增长7.2%。\n"
            f"“十三五”时期,城北将奋勇争先,{word}到2020年,全县{name}达到{value:g}亿元。")
    got = figures(text, FIELDS)
    assert (key, 2020, "2016-2020", "target", value) in got
    assert not any(f[3] == "actual" and f[4] == value for f in got)


def test_a_year_reached_in_a_review_is_no_target():
    text = "城北县新闻\n2021年1月5日\n过去五年,从2015年到2020年,全县生产总值增长到147亿元。"
    assert not any(f[3] == "target" for f in figures(text, FIELDS))


# --- an undated report that plans a year ---------------------------------------------------------------------------------
@pytest.mark.parametrize("clause, key, value", [
    ("今年全省GDP预期增长10.5%左右", "gdp_growth", 10.5), ("今年全省生产总值预期增长9%左右", "gdp_growth", 9.0),
    ("今年全省固定资产投资预期增长18%", "fixed_investment_growth", 18.0),
    ("今年全省社会消费品零售总额预期增长14%", "retail_sales_growth", 14.0),
    ("今年全省一般公共预算收入预期增长8%", "fiscal_revenue_growth", 8.0),
])
def test_an_undated_report_planning_a_year_reads_this_years_aim_as_that_years(clause, key, value):
    text = ("城北两会昨日开幕 省长作报告\n\n记者讯 昨日上午,城北省十二届人大二次会议开幕,省长代表省政府向大会作政府工作报告。\n\n"
            f"报告透露,初步预计,2013年全省生产总值为21910亿元,增长11%。报告还提出,{clause}。\n\n"
            "2014年全省经济社会发展的主要预期目标是:城镇新增就业60万人。\n")
    got = figures(text, FIELDS)
    assert (key, 2014, "year", "target", value) in got
    assert (key, 2013, "year", "target", value) not in got


def test_an_undated_text_planning_no_year_reads_no_this_year():
    text = "城北新闻\n报告透露,初步预计,2013年全省生产总值为21910亿元,增长11%;2012年增长12%。今年全省GDP预期增长10.5%左右。"
    assert not any(f[1] == 2014 for f in figures(text, FIELDS))


# --- a government above approving something of a unit below ----------------------------------------------------------------
@pytest.mark.parametrize("verb", ["批准", "同意", "批复", "命名", "授予"])
def test_a_government_above_approving_a_unit_below_is_no_issuer(verb):
    text = ("石柱\n\n石柱土家族自治县隶属重庆市,地处长江上游南岸、重庆东部。东接湖北省利川市,南临重庆市彭水县,北与重庆市万州区"
            f"接壤。2019年4月,重庆市政府{verb}石柱县退出贫困县序列。\n\n2020年,石柱县实现地区生产总值171.05亿元,增长2.5%。"
            "石柱县旅游业快速发展,石柱县城乡面貌持续改善,石柱县民生不断改善,石柱县生态环境优良。")
    assert documents_from_text(K, text, "made_up.txt")[0].region == "石柱土家族自治县"


def test_a_government_issuing_its_own_report_is_still_the_issuer():
    text = "重庆市人民政府工作报告\n各位代表:\n现在,我代表市人民政府向大会报告工作。全市经济稳中有进。"
    assert documents_from_text(K, text, "made_up.txt")[0].region == "重庆市"
