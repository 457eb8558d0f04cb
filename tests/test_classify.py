"""The extractor on wording that is not in the seeds: other years, plan reports, statistics
releases, news, traditional characters. Each case is a small document written for the test."""

import pytest

from etl.documents import documents_from_text
from etl.extract.classify import extract_document
from etl.knowledge import load_knowledge

CAT = load_knowledge()

PLAN_2018 = "关于罗湖区2017年国民经济和社会发展计划执行情况与2018年计划(草案)的报告\n一、2017年国民经济和社会发展计划执行情况\n"
WORK_2016 = "2016年1月20日在深圳市罗湖区第六届人民代表大会第五次会议上\n各位代表:现在,我代表罗湖区人民政府向大会作工作报告。一、2015年工作回顾\n"
HALF_2024 = "深圳市罗湖区2024年上半年国民经济和社会发展计划执行情况报告\n"
STATS_2023 = "2023年罗湖区经济运行情况\n罗湖区统计局\n"


def figures(text):
    out = []
    for doc in documents_from_text(CAT, text, "case.txt"):
        out.extend(extract_document(doc, CAT))
    return out


def pick(rows, indicator, kind=None):
    return [(r["year"], r["period"], r["kind"], r["value"], r["value_high"], r["qualifier"], r["status"], r["basis"])
            for r in rows if r["indicator"] == indicator and (kind is None or r["kind"] == kind)]


CASES = [
    # (document text, indicator, expected (year, period, kind, value, value_high, qualifier, status, basis))
    (PLAN_2018 + "本地生产总值(GDP)完成2150亿元,同比增长(下同)8.7%左右,高于年初预定目标(8%~8.5%)。",
     "gdp_growth", [(2017, "year", "actual", 8.7, None, "左右", "preliminary", "reported"),
                    (2017, "year", "target", 8.0, 8.5, None, None, "reported")]),
    (PLAN_2018 + "固定资产投资完成229亿元,增长24.2%,完成年初预定目标(220亿元)的104.09%。",
     "fixed_investment", [(2017, "year", "actual", 229.0, None, None, "preliminary", "reported"),
                          (2017, "year", "target", 220.0, None, None, None, "reported")]),
    (PLAN_2018 + "社会消费品零售总额1256亿元,增长9%,高于年初预定目标(7%)。",
     "retail_sales_growth", [(2017, "year", "actual", 9.0, None, None, "preliminary", "reported"),
                             (2017, "year", "target", 7.0, None, None, None, "reported")]),
    (PLAN_2018 + "一般公共预算收入完成97.6亿元,比上年同期同口径增长15.8%。",
     "fiscal_revenue_growth", [(2017, "year", "actual", 15.8, None, None, "preliminary", "comparable")]),
    (HALF_2024 + "上半年,地区生产总值增长4.1%(目标6.0%左右),固定资产投资完成194.7亿元(目标410亿元左右)。",
     "gdp_growth", [(2024, "H1", "actual", 4.1, None, None, "preliminary", "reported"),
                    (2024, "year", "target", 6.0, None, "左右", None, "reported")]),
    (HALF_2024 + "上半年,固定资产投资完成194.7亿元(目标410亿元左右)。",
     "fixed_investment", [(2024, "H1", "actual", 194.7, None, None, "preliminary", "reported"),
                          (2024, "year", "target", 410.0, None, "左右", None, "reported")]),
    (WORK_2016 + "初步核算,本区生产总值1728.4亿元,同比增长8.0%;社会消费品零售总额1033.8亿元,增长2.2%。",
     "gdp", [(2015, "year", "actual", 1728.4, None, None, "preliminary", "reported")]),
    (WORK_2016 + "一般公共预算收入85亿元,增长30%。",
     "fiscal_revenue", [(2015, "year", "actual", 85.0, None, None, "preliminary", "reported")]),
    (WORK_2016 + "二、2016年工作安排\n2016年经济社会发展的主要预期目标是:地区生产总值增长7.5%-8%,一般公共预算收入增长8%以上,城镇登记失业率控制在3%以内。",
     "gdp_growth", [(2016, "year", "target", 7.5, 8.0, None, None, "reported")]),
    (STATS_2023 + "初步核实,2023年全区地区生产总值为2808.19亿元,同比增长7.2%。",
     "gdp", [(2023, "year", "actual", 2808.19, None, None, "final", "reported")]),
    ("關於羅湖區2018年國民經濟和社會發展計劃執行情況\n一、2018年國民經濟和社會發展計劃執行情況\n初步核算2018年地區(qū)生產(chǎn)總值達(dá)2253.69億元,增長(zhǎng)7.3%。",
     "gdp", [(2018, "year", "actual", 2253.69, None, None, "preliminary", "reported")]),
    (PLAN_2018.replace("2017", "2020").replace("2018", "2021") + "社会消费品零售总额全年增长-5.6%。",
     "retail_sales_growth", [(2020, "year", "actual", -5.6, None, None, "preliminary", "reported")]),
    (PLAN_2018.replace("2017", "2023").replace("2018", "2024") + "经济总量突破2800亿元、增长7.0%左右;规模以上工业增加值近87亿元、增长8.5%左右。",
     "industrial_va", [(2023, "year", "actual", 87.0, None, "近", "preliminary", "reported")]),
    (PLAN_2018.replace("2017", "2023").replace("2018", "2024") + "经济总量突破2800亿元、增长7.0%左右。",
     "gdp", [(2023, "year", "actual", 2800.0, None, "突破", "preliminary", "reported")]),
    (PLAN_2018.replace("2017", "2018").replace("2018年计划", "2019年计划") + "万元GDP建设用地、水耗和电耗分别下降6.5%、3.9%和4.6%。",
     "water_intensity_change", [(2018, "year", "actual", -3.9, None, None, "preliminary", "reported")]),
    (PLAN_2018.replace("2017", "2019").replace("2018", "2020") + "城镇登记失业率控制在2.0%以内。",
     "unemployment_rate", [(2019, "year", "actual", 2.0, None, "以内", "preliminary", "reported")]),
    (PLAN_2018.replace("2017", "2019").replace("2018", "2020") + "人均地区生产总值实现22.64万元。",
     "gdp_per_capita", [(2019, "year", "actual", 22.64, None, None, "preliminary", "reported")]),
    (WORK_2016.replace("2016", "2025").replace("2015", "2024") + "进出口总额3697.7亿元、增长22.1%。",
     "trade", [(2024, "year", "actual", 3697.7, None, None, "preliminary", "reported")]),
    (WORK_2016 + "居民人均可支配收入达到47200元,增长8.1%。",
     "disposable_income", [(2015, "year", "actual", 4.72, None, None, "preliminary", "reported")]),
    (WORK_2016 + "预计全年实现地区生产总值1700亿元,增长8%,低于预期目标0.5个百分点。",
     "gdp_growth", [(2015, "year", "actual", 8.0, None, None, "preliminary", "reported"),
                    (2015, "year", "target", 8.5, None, None, None, "reported")]),
    (WORK_2016 + "“十二五”时期,地区生产总值年均增长8.4%,社会消费品零售总额年均增长11.1%。",
     "gdp_growth_avg_5yr", [(2015, "2011-2015", "actual", 8.4, None, None, "preliminary", "reported")]),
    (WORK_2016 + "前三季度,地区生产总值同比增长7.9%。",
     "gdp_growth", [(2015, "Q1-Q3", "actual", 7.9, None, None, "preliminary", "reported")]),
    (WORK_2016 + "一般公共预算收入85亿元,增长30%。\n二、2016年主要工作\n今年经济社会发展的主要预期目标是:居民人均可支配收入增长与经济增长基本同步。",
     "disposable_income_growth", [(2016, "year", "target", None, None, "与经济增长基本同步", None, "reported")]),
    (PLAN_2018.replace("2017", "2020").replace("2018", "2021") + "地区生产总值全年达到2400亿元左右。",
     "gdp", [(2020, "year", "actual", 2400.0, None, "左右", "preliminary", "reported")]),
    (PLAN_2018 + "GDP增长8.7%,财政总收入突破230亿元,增长62%。",
     "fiscal_total_revenue", [(2017, "year", "actual", 230.0, None, "突破", "preliminary", "reported")]),
]


NEWS_2022 = "罗湖区八届人大二次会议开幕\n2022年1月12日 10:30 来源:罗湖发布\n记者报道,"
CASES += [
    (NEWS_2022 + "过去一年,全年地区生产总值2571.67亿元、增长8.0%。",
     "gdp", [(2021, "year", "actual", 2571.67, None, None, "preliminary", "reported")]),
    (NEWS_2022 + "今年经济社会发展的主要预期目标是:地区生产总值增长6.0%左右。",
     "gdp_growth", [(2022, "year", "target", 6.0, None, "左右", None, "reported")]),
]


@pytest.mark.parametrize("text, indicator, expected", CASES)
def test_unseen_wording(text, indicator, expected):
    assert pick(figures(text), indicator) == expected


NEGATIVE = [
    # (document text, indicators that must not appear)
    (PLAN_2018 + "全市地区生产总值增长7.5%,罗湖居全市前列。", ["gdp_growth"]),
    (PLAN_2018 + "金融业增加值936.9亿元,增长8.5%。", ["gdp", "gdp_growth", "industrial_va"]),
    (PLAN_2018 + "新增学位4000个,建设停车泊位1500个。", None),
    (PLAN_2018 + "城市更新固定资产投资245亿元。", ["fixed_investment"]),
    (PLAN_2018 + "“金三角”核心商圈零售额360亿元,同比增长16.5%,占全区社会消费品零售总额的44%。", ["retail_sales", "retail_sales_growth"]),
    (PLAN_2018 + "一般公共预算支出156亿元,增长12%。", ["fiscal_revenue", "fiscal_revenue_growth"]),
    (PLAN_2018 + "第一产业增加值0.5亿元,增长3%。", ["gdp", "gdp_growth"]),
    (PLAN_2018 + "新开工项目9个,总投资118.4亿元。", ["fixed_investment"]),
    (PLAN_2018 + "辖区税收355亿元,增长5%。", ["fiscal_revenue", "fiscal_revenue_growth"]),
    ("罗湖区召开会议,部署2022年11个攻坚任务,引进企业60家以上。", None),
    (WORK_2016 + "固定资产投资累计完成1428亿元,年均增长25.0%。", ["fixed_investment", "fixed_investment_growth"]),
    (WORK_2016 + "占全区社会消费品零售总额的44%,完成年初目标的104%。", ["retail_sales_growth", "retail_sales"]),
    # a news item without a date, or a sentence without a year word, gives nothing
    ("罗湖区召开大会,记者报道,地区生产总值2571.67亿元、增长8.0%。" + "罗湖推进城区建设," * 30, ["gdp", "gdp_growth"]),
    (NEWS_2022.replace("1月12日", "8月12日") + "全年地区生产总值2571.67亿元,增长8.0%。", ["gdp", "gdp_growth"]),
]


@pytest.mark.parametrize("text, forbidden", NEGATIVE)
def test_not_a_headline_figure(text, forbidden):
    """Never charted: absent, or sent to review with a reason."""
    found = {r["indicator"] for r in figures(text) if r["confidence"] == "high"}
    assert (not found) if forbidden is None else not (found & set(forbidden)), found


def test_list_with_hedge_on_the_last_item_applies_to_all():
    rows = figures(WORK_2016 + "二、2016年工作安排\n2016年经济社会发展主要预期目标为:万元GDP建设用地、水耗、电耗分别下降4%、4%、2%左右。")
    got = sorted((r["indicator"], r["value"], r["qualifier"]) for r in rows)
    assert got == [("land_intensity_change", -4.0, "左右"), ("power_intensity_change", -2.0, "左右"),
                   ("water_intensity_change", -4.0, "左右")]


def test_every_quote_is_the_text_at_its_offsets():
    for text, *_ in CASES:
        for doc in documents_from_text(CAT, text, "case.txt"):
            for r in extract_document(doc, CAT):
                assert doc.text[r["char_start"]:r["char_end"]] == r["quote"]
