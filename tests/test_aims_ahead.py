"""Aims said in ways the section patterns did not know: the years of 今后五年 counted from the item's
date, 主要发展目标 and 主要奋斗目标 as a list of targets, 要实现 as an aim, and last year's clause in a
sentence that also sets this year's aim. Besides, a group's income (牧民) and a per-capita product
written with 地方 are not headline figures. Made-up items in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def news(body: str, day: str) -> set[tuple]:
    y, m, d = day.split("-")
    text = f"城东县人代会开幕\n{int(m)}月{int(d)}日,城东县第五届人民代表大会第一次会议开幕。\n" + body
    return figures(text, FIELDS, charted=True,
                   meta={"region": "罗湖区", "source_url": f"https://example.org/{y}/{m}/{d}/item.html"})


@pytest.mark.parametrize("day, span", [("2018-02-10", "2018-2022"), ("2021-12-08", "2022-2026")])
def test_the_next_five_years_start_after_the_last_year_the_item_looks_back_on(day, span):
    got = news("报告提出今后五年的主要奋斗目标:全县生产总值年均增长8%左右,固定资产投资年均增长9%。", day)
    end = int(span[-4:])
    assert ("gdp_growth_avg_5yr", end, span, "target", 8.0) in got
    assert ("fixed_investment_growth_avg_5yr", end, span, "target", 9.0) in got
    assert not any(f[3] == "actual" for f in got)


def test_a_span_looked_back_on_stays_an_outcome():
    got = news("报告回顾,过去五年全县生产总值年均增长7.5%。", "2018-02-10")
    assert ("gdp_growth_avg_5yr", 2017, "2013-2017", "actual", 7.5) in got


@pytest.mark.parametrize("lead", ["2019年的主要发展目标是:", "今年全县经济社会发展的主要发展目标是:"])
def test_main_development_aims_are_targets(lead):
    got = news(lead + "地区生产总值增长7%左右;社会消费品零售总额增长8%;居民人均可支配收入增长7.5%。", "2019-01-20")
    assert {("gdp_growth", 2019, "year", "target", 7.0), ("retail_sales_growth", 2019, "year", "target", 8.0),
            ("disposable_income_growth", 2019, "year", "target", 7.5)} <= got


def test_what_a_year_must_achieve_is_its_target():
    got = news("2020年,城东县要实现地区生产总值增长6.5%左右。", "2020-02-15")
    assert ("gdp_growth", 2020, "year", "target", 6.5) in got


def test_last_years_clause_before_this_years_aim_is_last_years_outcome():
    got = news("报告显示,去年全县地区生产总值320亿元、增长7.1%,今年全县地区生产总值预期增长6%。", "2022-01-20")
    assert {("gdp", 2021, "year", "actual", 320.0), ("gdp_growth", 2021, "year", "actual", 7.1)} <= got
    assert not {f for f in got if f[1] == 2022 and f[4] in (320.0, 7.1)}


def test_growth_over_last_year_inside_this_years_aim_stays_a_target():
    got = news("今年全县地区生产总值预期比去年增长6%。", "2022-01-20")
    assert ("gdp_growth", 2022, "year", "target", 6.0) in got


def test_herders_income_and_per_capita_product_are_not_headline_figures():
    got = figures("城东县2020年统计公报\n全年全县牧民人均可支配收入25000元,增长6%。"
                  "全年人均地方生产总值36000元,增长3%。全县地区生产总值80亿元,增长5%。",
                  ("indicator", "value"), meta={"region": "罗湖区"})
    assert ("disposable_income", 2.5) not in got and ("disposable_income_growth", 6.0) not in got
    assert ("gdp_growth", 3.0) not in got and ("gdp", 3.6) not in got
    assert ("gdp_growth", 5.0) in got


def test_a_sentence_led_by_one_year_after_the_next_years_aims_is_that_years():
    got = news("今后三年,全县将加快转型,到2016年,地区生产总值超过900亿元。\n\n"
               "报告指出,2014年,全县将新开工40个项目,预期地区生产总值增长12%。", "2013-11-26")
    assert ("gdp_growth", 2014, "year", "target", 12.0) in got


def test_news_of_this_years_aims_then_a_paragraph_of_last_year_reads_the_paragraph_as_outcomes():
    got = news("工作报告明确了今年全县经济社会发展的主要预期目标:地区生产总值增长8%左右。\n\n"
               "据介绍,2014年全县实现地区生产总值83.5亿元,增长8.9%。特别是三次产业结构调整到13.2:42.8:44。", "2015-01-28")
    assert ("gdp_growth", 2015, "year", "target", 8.0) in got
    assert {("gdp_growth", 2014, "year", "actual", 8.9), ("tertiary_share", 2014, "year", "actual", 44.0)} <= got


def test_the_years_ahead_said_earlier_in_a_paragraph_hold_for_the_aims_it_then_lists():
    """未来五年,…。主要目标是,…: the aims are the five years' after the item's date (a December congress: from next
    year), in whichever sentence of the paragraph the years ahead were said."""
    text = ("城东区人代会开幕\n12月24日上午,城东区第十八届人民代表大会第六次会议开幕,区长作区政府工作报告。\n"
            "未来五年,城东区将建设宜居宜业的现代化新城区。经济社会发展主要目标是,地区生产总值达1220亿元,年均增长6.5%。\n")
    got = figures(text, ("indicator", "year", "period", "kind", "value"),
                  meta={"source_url": "https://news.example.org/2025-12-25/1.html", "region": "罗湖区"})
    assert ("gdp", 2030, "2026-2030", "target", 1220.0) in got
    assert not any(f[1] == 2025 for f in got)
    # a new paragraph without the years ahead is its own year's
    plain = text.replace("未来五年,城东区将建设宜居宜业的现代化新城区。", "城东区将建设宜居宜业的现代化新城区。\n")
    got = figures(plain, ("indicator", "year", "period", "kind", "value"),
                  meta={"source_url": "https://news.example.org/2025-12-25/1.html", "region": "罗湖区"})
    assert not any(f[1] == 2030 for f in got)
