"""Four shapes of county and city reports. Last year's outcome said again among this year's tasks (去年全区规上工业增加值
增长7.4%,今年要确保增长8%) is last year's outcome, not this year's aim: before, the plan's section made it an aim of the
year ahead. A row of a table set out by spaces whose label stands one space from its first figure, the next cells far
apart (社会消费品零售总额增速 6%        5.1%), is a row of the table. A name that opens with another level's whole (全区
生产总值 in a city of an autonomous region: the region's) is that level's figure. And an outcome of a year two years or
more after the item's date (2025年目标(地区生产总值650亿元…) in a 2023 report) is never charted as the year's outcome,
however plainly its year is stated. (Issue 23, classes 2, 3 and 5.) Negatives: this year's aim after last year's outcome
stays an aim; a district's own 全区生产总值 stays its own; an outcome of the date's year stated plainly stays charted.
Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str, region: str, **kw) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": region}, **kw)


REPORT = ("合川区政府工作报告\n——2024年1月10日在合川区第十八届人民代表大会第三次会议上\n\n一、2023年工作回顾\n全区地区生产总值增长6.1%。\n"
          "二、2024年工作安排\n今年全区经济社会发展的主要预期目标是:地区生产总值增长6.5%左右。\n{}\n")


@pytest.mark.parametrize("task, key, value", [
    ("(一)全力稳住工业增长。去年全区规上工业增加值增长7.4%,今年要确保增长8%。", "industrial_va_growth", 7.4),
    ("(二)聚力扩大有效投资。去年全区固定资产投资增长10.6%,对稳增长拉动作用明显。", "fixed_investment_growth", 10.6),
    ("(三)提振消费。去年全区社会消费品零售总额增长15.3%,今年要巩固回升势头。", "retail_sales_growth", 15.3),
    ("(四)做大财源。去年全区一般公共预算收入增长4.2%,今年要提高收入质量。", "fiscal_revenue_growth", 4.2),
    ("(五)扩大开放。去年全区进出口总额增长9.9%,今年力争再上台阶。", "trade_growth", 9.9),
])
def test_last_years_outcome_among_the_tasks_is_last_years(task, key, value):
    got = read(REPORT.format(task), "合川区")
    assert (key, 2023, "year", "actual", value) in got, got
    assert not any(i == key and y == 2024 and v == value for i, y, p, k, v in got), got


def test_this_years_aim_after_it_stays_an_aim():
    got = read(REPORT.format("去年全区规上工业增加值增长7.4%,今年要确保规上工业增加值增长8%。"), "合川区")
    assert ("industrial_va_growth", 2024, "year", "target", 8.0) in got, got


TABLE = ("麒麟区政府工作报告\n——2025年1月7日在麒麟区第十二届人民代表大会第五次会议上\n\n一、2024年工作回顾\n主要指标完成情况如下:\n"
         "指标名称\u3000\u3000\u3000\u3000年初目标\u3000\u3000\u3000\u3000完成情况\n"
         "规上工业增加值增速\u3000\u3000\u30009%\u3000\u3000\u3000\u3000\u300010.2%\n"
         "固定资产投资增速\u3000\u3000\u3000\u30008%\u3000\u3000\u3000\u3000\u3000-4.6%\n"
         "{}\n从上表看,全区经济稳中有进。\n")


@pytest.mark.parametrize("row, key, aim, done", [
    ("社会消费品零售总额增速\u30006%\u3000\u3000\u3000\u3000\u30005.1%", "retail_sales_growth", 6.0, 5.1),
    ("一般公共预算收入增速\u30005%\u3000\u3000\u3000\u3000\u30003.2%", "fiscal_revenue_growth", 5.0, 3.2),
    ("社会消费品零售总额增速 6%\u3000\u3000\u3000\u3000\u30005.1%", "retail_sales_growth", 6.0, 5.1),
    ("进出口总额增速\u300010%\u3000\u3000\u3000\u3000\u300012.5%", "trade_growth", 10.0, 12.5),
    ("地区生产总值增速\u30006.5%左右\u3000\u3000\u3000\u3000\u30006.8%", "gdp_growth", 6.5, 6.8),
])
def test_a_row_whose_label_stands_one_space_from_its_figure_is_read(row, key, aim, done):
    got = read(TABLE.format(row), "麒麟区")
    assert (key, 2024, "year", "target", aim) in got, got
    assert (key, 2024, "year", "actual", done) in got, got


CITY = "贺州市政府工作报告\n——2020年2月11日在贺州市第五届人民代表大会第五次会议上\n\n二、2020年工作的总体要求和主要目标\n{}\n"


@pytest.mark.parametrize("sentence", [
    "自治区提出今年全区生产总值增长6.5%左右。",
    "去年全区生产总值增长6.0%,我市高于全区1.9个百分点。",
    "全区生产总值增长6.5%左右的目标,为我们提供了遵循。",
    "今年全区生产总值预期增长6.5%左右。",
    "对标全区生产总值增长6.5%左右的要求,主动作为。",
])
def test_the_regions_whole_in_a_name_is_the_regions(sentence):
    got = read(CITY.format(sentence), "贺州市")
    assert not any(i == "gdp_growth" and v in (6.5, 6.0) for i, y, p, k, v in got), got


def test_a_districts_own_whole_in_a_name_stays_its_own():
    got = read("罗湖区政府工作报告\n——2020年1月11日在罗湖区第七届人民代表大会第五次会议上\n一、2019年工作回顾\n全区生产总值增长6.5%。\n", "罗湖区")
    assert ("gdp_growth", 2019, "year", "actual", 6.5) in got, got


MIDTERM = ("关于濉溪县国民经济和社会发展第十四个五年规划纲要实施情况中期评估的报告\n"
           "——2023年10月26日在濉溪县第十八届人民代表大会常务委员会第十次会议上\n\n一、纲要实施取得的主要成效\n"
           "2022年,全县地区生产总值532.1亿元。\n二、主要指标进展情况\n{}\n三、今年以来经济运行情况\n今年前三季度,全县地区生产总值增长5.6%。\n")


@pytest.mark.parametrize("sentence", [
    "对照纲要确定的2025年目标(地区生产总值650亿元、一般公共预算收入36亿元),目前地区生产总值完成目标的81.8%。",
    "纲要确定的2025年目标中,2025年社会消费品零售总额215亿元,目前完成79.8%。",
    "到2026年,全县地区生产总值720亿元,进出口总额60亿元。",
    "2025年进出口总额55亿元,目前已完成84.2%。",
    "2027年一般公共预算收入40亿元,这是规划的远期安排。",
    "对照纲要确定的2025年目标(进出口总额55亿元、社会消费品零售总额215亿元),目前进度总体合理。",
])
def test_an_outcome_two_years_after_the_date_is_never_charted(sentence):
    got = read(MIDTERM.format(sentence), "濉溪县", charted=True)
    assert not any(k == "actual" and y >= 2025 for i, y, p, k, v in got), got


def test_an_outcome_of_the_dates_year_stated_plainly_stays():
    got = read(MIDTERM.format(""), "濉溪县", charted=True)
    assert ("gdp", 2022, "year", "actual", 532.1) in got, got
