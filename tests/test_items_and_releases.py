"""News items and releases as sites publish them: a yearless dateline in the month the address files the page
under, a day.month.year stamp, this year's half named mid-sentence (记者了解到,今年上半年,…) and in a release's
head, a chart's caption left in a bulletin, what a level's own government runs (州属), 年均递增, and a province
named about as often as a unit below it. Made-up items in this file's own wording."""

from etl.documents import documents_from_text
from etl.knowledge import load_knowledge
from tests.extracting import figures

K = load_knowledge()
FIELDS = ("indicator", "year", "period", "kind", "value")


def doc(text: str, url: str | None = None):
    return documents_from_text(K, text, "case.txt", meta={"source_url": url} if url else None)[0]


def test_a_yearless_dateline_takes_the_year_of_the_month_the_address_files_it_under():
    text = "城东县人代会开幕\n本报讯 4月27日上午,城东县第九届人民代表大会第四次会议开幕。\n"
    assert doc(text, "https://news.example.org/city/202004/10427227.html").doc_date == "2020-04-27"
    assert doc(text, "https://news.example.org/city/202005/10427227.html").doc_date == "2020-04-27"
    assert doc(text, "https://news.example.org/city/202009/10427227.html").doc_date is None


def test_a_day_month_year_stamp_dates_an_item():
    assert doc("城东县召开常委扩大会议\n18.11.2015 14:44\n本文来源: 城东网\n近日,城东县召开会议。\n").doc_date == "2015-11-18"


HALF = ("- 时间:2022-08-08\n- 来源:城东日报\n记者近日从城东县统计部门了解到,今年上半年,城东县经济保持稳步增长态势。"
        "全县完成地区生产总值52.5亿元,同比增长5.1%。\n今年以来,城东县坚持稳中求进。规模以上工业增加值增长10.3%。\n")


def test_this_years_half_named_in_the_head_dates_the_items_figures():
    got = figures(HALF, FIELDS, meta={"region": "罗湖区"})
    assert {("gdp", 2022, "H1", "actual", 52.5), ("gdp_growth", 2022, "H1", "actual", 5.1),
            ("industrial_va_growth", 2022, "H1", "actual", 10.3)} <= got


def test_the_half_said_as_a_month_range_dates_the_items_figures_in_each_way_of_writing_it():
    """上半年 and 1-6月 are the same half however the range is written (1-6月, 1月至6月, 1到6月, 1—6月)."""
    for half in ("1-6月", "1月至6月", "1到6月", "1—6月", "1月-6月"):
        text = (f"- 时间:2022-08-08\n记者从城东县统计部门了解到,今年{half},城东县经济平稳。"
                "全县完成地区生产总值52.5亿元,同比增长5.1%。\n")
        got = figures(text, FIELDS, meta={"region": "罗湖区"})
        assert ("gdp", 2022, "H1", "actual", 52.5) in got, half
    whole = figures("- 时间:2022-11-08\n记者从城东县统计部门了解到,今年1-9月,城东县经济平稳。"
                    "全县完成地区生产总值52.5亿元,同比增长5.1%。\n", FIELDS, meta={"region": "罗湖区"})
    assert not any(f[2] == "H1" for f in whole)


def test_a_charts_caption_is_not_the_subject_of_the_next_sentence():
    text = ("城东县2020年国民经济和社会发展统计公报\n全年全县地区生产总值85.2亿元,增长5.3%。三次产业结构为29.7:20.2:50.1。"
            " 图1 全县2016~2020年地区生产总值及其增长速度 全年全县城镇新增就业0.327万人,比上年增长10.1%。\n")
    got = figures(text, FIELDS, meta={"region": "罗湖区"})
    assert ("gdp_growth", 2020, "year", "actual", 5.3) in got
    assert not any(f[4] == 10.1 for f in got)


def test_what_the_prefectures_own_government_runs_is_a_part():
    got = figures("城东州2017年政府工作报告\n一、2017年工作回顾\n全州实现地区生产总值37.3亿元,同比增长2.6%。"
                  "州属固定资产投资71.4亿元,同比增长0.4%。\n", FIELDS, meta={"region": "罗湖区"})
    assert ("gdp", 2017, "year", "actual", 37.3) in got
    assert not any(f[4] in (71.4, 0.4) for f in got)


def test_an_annual_average_said_with_di_zeng_is_read():
    got = figures("城东县“十三五”规划纲要\n“十三五”时期,全县地区生产总值年均递增9%。\n", FIELDS, meta={"region": "罗湖区"})
    assert any(f[0] == "gdp_growth_avg_5yr" and f[4] == 9.0 for f in got)


def test_a_province_named_about_as_often_as_a_city_below_it_places_the_text_under_the_city():
    text = ("广东人口48万的县级市\n南雄,简称雄,古称雄州。南雄地处广东省东北部,隶属广东省。南雄历史悠久。"
            "广东北部的南雄,2018年地区生产总值117亿元。南雄是广东的老区。\n")
    assert doc(text).region == "南雄市"
    # two units below it named as often: neither, and not the province
    text = text.replace("南雄是广东的老区。", "南雄与始兴相邻,始兴也在广东,始兴、始兴、始兴都是。")
    assert doc(text).region is None


def test_a_part_of_the_year_that_just_ended_is_charted_with_the_items_year():
    item = ("城东县人大常委会召开主任会议\n发布时间: 2019-07-26\n7月25日,县人大常委会听取上半年计划执行情况的汇报。"
            "今年以来,全县经济运行稳中有进。上半年,全县实现地区生产总值158.1亿元,增长6.5%。\n")
    got = figures(item, FIELDS + ("confidence",), meta={"region": "罗湖区"})
    assert ("gdp", 2019, "H1", "actual", 158.1, "high") in got
    january = item.replace("2019-07-26", "2020-01-26").replace("7月25日", "1月25日")
    assert not {f for f in figures(january, FIELDS + ("confidence",), meta={"region": "罗湖区"})
                if f[0] == "gdp" and f[5] == "high" and f[1] == 2020}


LIST = ("- 时间:2017-08-18\n今年以来,罗湖区统筹抓好各项工作,全区{part}实现地区生产总值886.8亿元,同比增长7.8%;"
        "规模以上工业增加值增长6.8%;{later}社会消费品零售总额317.2亿元,增长11.3%。{after}\n")


def test_a_part_year_said_in_a_lists_first_piece_holds_for_the_pieces_after_it():
    for part, label in (("上半年", "H1"), ("1-9月", "Q1-Q3"), ("一季度", "Q1"), ("前4个月", "M1-M4")):
        got = figures(LIST.format(part=part, later="", after=""), FIELDS, meta={"region": "罗湖区"})
        assert {("gdp", 2017, label, "actual", 886.8), ("industrial_va_growth", 2017, label, "actual", 6.8),
                ("retail_sales_growth", 2017, label, "actual", 11.3)} <= got, part


def test_a_piece_naming_the_whole_year_or_its_own_year_and_the_next_sentence_keep_their_own():
    whole = figures(LIST.format(part="上半年", later="全年", after=""), FIELDS, meta={"region": "罗湖区"})
    assert ("retail_sales_growth", 2017, "year", "actual", 11.3) in whole
    own_year = figures(LIST.format(part="上半年", later="2016年", after=""), FIELDS, meta={"region": "罗湖区"})
    assert not any(f[0] == "retail_sales_growth" and f[2] == "H1" for f in own_year)
    nxt = figures(LIST.format(part="上半年", later="", after="固定资产投资增长13.2%。"), FIELDS,
                  meta={"region": "罗湖区"})
    assert ("fixed_investment_growth", 2017, "year", "actual", 13.2) in nxt


def test_a_disclosure_header_laid_out_as_a_table_gives_the_title_and_its_year():
    text = ("| 名称 | 城东县2019年国民经济和社会发展统计公报 | ||\n| 索引号 | 000000/2020-00040 | 分类 | 统计公报 |\n"
            "| 发布机构 | 城东县统计局 | 发文日期 | |\n2019年,全县经济稳中有进。\n一、综合\n全年实现地区生产总值80.1亿元,"
            "同比增长7.2%。\n注:2015年-2018年地区生产总值根据经济普查调整。\n")
    assert doc(text).title == "城东县2019年国民经济和社会发展统计公报"
    assert ("gdp", 2019, "year", "actual", 80.1) in figures(text, FIELDS, meta={"region": "罗湖区"})


def test_a_structure_ratio_in_a_half_years_report_or_after_a_part_year_is_that_parts():
    half = ("关于城东区2021年上半年国民经济和社会发展计划执行情况的报告\n一、上半年计划执行情况\n"
            "上半年,全区地区生产总值增长10.1%,各项指标均实现较大幅度增长,三次产业结构进一步优化为0.3:25.2:74.5。\n")
    assert ("tertiary_share", 2021, "H1", "actual", 74.5) in figures(half, FIELDS, meta={"region": "罗湖区"})
    part = "- 时间:2022-10-20\n城东县统计局发布,前三季度全县三次产业结构为10.2:40.3:49.5。\n"
    assert ("tertiary_share", 2022, "Q1-Q3", "actual", 49.5) in figures(part, FIELDS, meta={"region": "罗湖区"})
    year = "城东县2021年国民经济和社会发展统计公报\n全年三次产业结构由上年的12.5:28.4:59.1调整为11.8:29.2:59.0。\n"
    got = figures(year, FIELDS, meta={"region": "罗湖区"})
    assert {("tertiary_share", 2021, "year", "actual", 59.0), ("tertiary_share", 2020, "year", "actual", 59.1)} <= got
