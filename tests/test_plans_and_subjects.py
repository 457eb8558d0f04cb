"""A year's indicators as planned (计划安排是:), a bulletin's date written without 日 (2024年4月19), the province
above as a clause's subject after a time word (今年广西…), an estimate late in the year (预计数) even when
hedged, and a two-character county name at the end of other words (较好完成县十六届…). Made-up items in this
file's own wording."""

from etl.documents import documents_from_text
from etl.knowledge import load_knowledge
from tests.extracting import figures

K = load_knowledge()
FIELDS = ("indicator", "year", "kind", "value")


def item(body: str, day: str, region: str | None = "罗湖区") -> set[tuple]:
    y, m, d = day.split("-")
    meta = {"source_url": f"https://example.org/{y}/{m}/{d}/a.html"} | ({"region": region} if region else {})
    return figures("城东县两会召开\n" + body, FIELDS, meta=meta, charted=True)


def test_a_years_indicators_as_planned_are_targets():
    got = item("会议提出2022年主要经济指标的计划安排是:地区生产总值完成138亿元,同比增长8%;"
               "一般公共预算收入完成6.5亿元,增长5.7%。", "2022-03-08")
    assert {("gdp", 2022, "target", 138.0), ("gdp_growth", 2022, "target", 8.0),
            ("fiscal_revenue", 2022, "target", 6.5)} <= got
    assert not any(f[2] == "actual" for f in got)


def test_a_bulletins_date_without_its_day_is_not_the_year_it_reports_on():
    text = ("城东市统计局\n(2024年4月19)\n2023年,城东市经济运行总体平稳。\n一、综合\n"
            "初步核算,全年地区生产总值713.1亿元,比上年增长0.1%。\n")
    doc = documents_from_text(K, text, "case.txt", meta={"region": "罗湖区"})[0]
    assert doc.reviews_year == 2023
    assert ("gdp", 2023, "actual", 713.1) in figures(text, FIELDS, meta={"region": "罗湖区"})


def test_the_province_above_as_a_clauses_subject_is_not_the_countys():
    got = item("1月20日,代表们审议政府工作报告。根据政府工作报告,今年广西经济增长预期目标6.5%以上,一般公共预算收入增长3%,规模以上工业增加值增长7%。"
               "2021年,武宣县规模以上工业增加值增长20%。", "2022-01-20", region="武宣县")
    assert not any(f[1] == 2022 for f in got)
    assert ("industrial_va_growth", 2021, "actual", 20.0) in got


def test_an_estimate_late_in_the_year_is_an_outcome_even_when_hedged():
    got = item("12月25日,城东县人代会开幕。政府工作报告指出,2024年,全县地区生产总值增长3%左右(预计数,下同),"
               "社会消费品零售总额增长6%。", "2024-12-25")
    assert ("gdp_growth", 2024, "actual", 3.0) in got
    assert not any(f[2] == "target" for f in got)


def test_a_two_character_county_at_the_end_of_other_words_is_no_issuer():
    text = ("政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作。\n过去的一年,我们较好完成县十六届人大一次会议"
            "确定的目标任务,全县地区生产总值21.5亿元。\n")
    assert documents_from_text(K, text, "case.txt")[0].region != "成县"
    assert documents_from_text(K, "2024年夏县政府工作报告\n" + text, "case.txt")[0].region == "夏县"
    parent_first = ("2014年1月27日在邯郸市磁县第七届人民代表大会第1次会议上\n各位代表:请审议邯郸市磁县人民政府的工作报告。\n"
                    "一、2013年工作回顾\n预计全年实现地区生产总值142.8亿元,比上年增长4.9%。\n")
    assert documents_from_text(K, parent_first, "case.txt")[0].region == "磁县"


def test_a_districts_text_answering_to_the_city_committee_is_the_districts():
    text = ("二、2025年工作安排\n2025年是关键之年,也是红桥区全面深化改革的重要一年。区政府工作的总体要求是:"
            "按照市委全会和市委经济工作会议部署,落实区委全会要求,团结带领全区人民推动高质量发展。\n")
    assert documents_from_text(K, text, "case.txt")[0].region == "红桥区"


def test_a_planned_list_saying_expected_and_year_on_year_stays_targets():
    got = figures("城东区2025年政府工作报告\n2025年全区经济社会发展的主要预期目标是:预计地区生产总值同比增长5.5%左右,"
                  "固定资产投资同比增长6%。\n", FIELDS, meta={"region": "罗湖区"}, charted=True)
    assert {("gdp_growth", 2025, "target", 5.5), ("fixed_investment_growth", 2025, "target", 6.0)} <= got


def test_a_years_development_aims_announced_are_targets():
    got = item("1月25日,城东县人代会开幕。回首2021年,全县发展态势良好。展望2022年,城东县经济社会发展目标为:"
               "全县地区生产总值增长8%,一般公共预算收入增长3%。", "2022-01-25")
    assert {("gdp_growth", 2022, "target", 8.0), ("fiscal_revenue_growth", 2022, "target", 3.0)} <= got


def test_a_share_of_the_aim_done_stands_between_a_level_and_its_growth():
    head = ("各位代表:\n受县人民政府委托,报告我县2021年国民经济和社会发展计划执行情况与2022年计划(草案)。\n"
            "一、2021年计划执行情况\n2021年,预计全县主要指标完成情况如下:\n")
    got = figures(head + "——地区生产总值预计实现190亿元,完成全年总量目标的107%,同比增长15%;\n"
                  "——一般公共预算收入完成11.3亿元,占年计划的41.8%,同比增长9.3%。\n",
                  FIELDS, meta={"region": "罗湖区"}, charted=True)
    assert {("gdp", 2021, "actual", 190.0), ("gdp_growth", 2021, "actual", 15.0),
            ("fiscal_revenue_growth", 2021, "actual", 9.3)} <= got
    assert not any(f[3] in (107.0, 41.8) for f in got)


def plan_report(whole: str) -> set[tuple]:
    text = (f"城东州2020年{whole}计划执行情况及2021年{whole}计划草案的报告\n(2021年2月3日在城东州人民代表大会上)\n"
            f"各位代表:受州人民政府委托,向大会报告2020年全州{whole}计划执行情况及2021年计划草案,请予审议。\n"
            f"一、2020年{whole}计划执行情况\n"
            "全年实现地区生产总值410.6亿元,同比增长3.6%;完成地方一般公共预算收入40.1亿元,同比增长17.6%。\n"
            f"二、2021年{whole}计划草案\n2021年主要预期目标:地区生产总值增长7%左右;地方一般公共预算收入增长5%。\n")
    return figures(text, FIELDS, meta={"region": "罗湖区"})


def test_a_plan_reports_review_heading_is_read_however_the_plans_whole_is_named():
    """国民经济和社会发展, 经济社会发展, 经济和社会发展, 经济与社会发展: the same plan; its 执行情况 heading opens outcomes."""
    for whole in ("国民经济和社会发展", "经济社会发展", "经济和社会发展", "经济与社会发展"):
        got = plan_report(whole)
        assert {("gdp", 2020, "actual", 410.6), ("gdp_growth", 2020, "actual", 3.6),
                ("fiscal_revenue", 2020, "actual", 40.1), ("gdp_growth", 2021, "target", 7.0)} <= got, whole
        assert not any(f[3] in (410.6, 3.6, 40.1, 17.6) and f[2] == "target" for f in got), whole


def test_a_numbered_heading_of_the_plans_aims_opens_targets_with_or_without_of():
    """二、经济社会发展的主要预期目标 (with 的, or the plan's whole named in any of its ways) heads the year's aims."""
    for heading in ("二、经济社会发展的主要预期目标", "二、国民经济和社会发展的主要预期目标", "二、经济和社会发展主要预期目标",
                    "(二)2022年经济社会发展的主要预期目标"):
        text = ("城东市人民政府关于印发城东市2022年国民经济和社会发展计划的通知\n城东市人民政府\n2022年4月9日\n"
                "城东市2022年国民经济和社会发展计划\n一、经济社会发展的总体要求\n坚持稳中求进工作总基调,推动高质量发展。\n"
                f"{heading}\n生产总值增长8.5%以上,规模以上工业增加值增长9%以上,城镇登记失业率控制在4.3%以内。\n")
        got = figures(text, FIELDS, meta={"region": "罗湖区"})
        assert {("gdp_growth", 2022, "target", 8.5), ("industrial_va_growth", 2022, "target", 9.0),
                ("unemployment_rate", 2022, "target", 4.3)} <= got, heading
        assert not any(f[2] == "actual" for f in got), heading


def test_a_first_estimate_is_an_outcome_even_in_news_of_a_report_that_opens_a_new_plan():
    """初步核算,全县生产总值实现X: what the year just ended measured, though the item (dated by its address, Feb
    2011) says the report also sets the next five-year plan's aims."""
    text = ("城东县第十五届人民代表大会第五次会议胜利召开\n2月14日,城东县第十五届人民代表大会第五次会议隆重开幕。\n"
            "县长代表县人民政府向大会作政府工作报告。报告分三个部分:一是2010年政府工作回顾及“十一五”主要成绩;"
            "二是“十二五”时期的指导思想和奋斗目标;三是2011年政府工作总体安排。\n"
            "报告指出:2010年,是实施“十一五”规划的最后一年,我们紧紧围绕富民强县目标,奋力拼搏,顺利完成了“十一五”确定的目标任务。"
            "初步核算,全县生产总值实现131487万元,同比增长15%;一般预算收入完成7309万元,增长43.6%。\n")
    got = figures(text, ("indicator", "year", "period", "kind", "value"),
                  meta={"source_url": "https://news.example.org/county/201102/51384.html", "region": "罗湖区"})
    assert ("gdp", 2010, "year", "actual", 13.1487) in got
    assert not any(f[3] == "target" for f in got)
    # a named plan's aim in the same kind of item stays a target
    aim = figures(text.replace("初步核算,全县生产总值实现131487万元,同比增长15%;一般预算收入完成7309万元,增长43.6%。",
                               "“十二五”时期,全县生产总值年均增长12%。"), ("indicator", "year", "period", "kind", "value"),
                  meta={"source_url": "https://news.example.org/county/201102/51384.html", "region": "罗湖区"})
    assert any(f[3] == "target" and f[4] == 12.0 for f in aim)
