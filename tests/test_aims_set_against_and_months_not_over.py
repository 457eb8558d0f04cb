"""Four shapes of plan reports and releases. A year's aim named only where the outcome is set against it
(增长7.6%,完成7.5%的年度目标 / 略低于13%的年度目标) is read as that year's aim; before, it was lost. The months of a part of
the year that end later than an item's date (1—11月 in a January item) cannot be the date year's: such an outcome goes to
review (before, it was charted as the date year's). A whole year's growth after a semicolon (…1—11月增长6.7%;全年增长6.9%) keeps its name. And a table's
caption (…主要指标计划执行情况及2015年预期目标一览表) starts no new document. (Issue 23, class 2: time and kind, and
class 3: layout.) Negatives: another place's aim stays out; an aim set against a part of the year is not read; months
already over at the date stay the date year's. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str, **kw) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "龙游县"}, **kw)


REVIEW = "龙游县2016年国民经济和社会发展计划执行情况的报告\n——2017年1月10日在龙游县第九届人民代表大会第一次会议上\n一、2016年计划执行情况\n"


@pytest.mark.parametrize("clause, key, aim", [
    ("全县生产总值增长7.6%,完成7.5%的年度目标。", "gdp_growth", 7.5),
    ("全县固定资产投资增长12.5%,略低于13%的年度目标。", "fixed_investment_growth", 13.0),
    ("全县生产总值增长7.6%,高于7.5%的年度预期目标。", "gdp_growth", 7.5),
    ("全县规模以上工业增加值增长6.9%,未完成7.5%的年度计划目标。", "industrial_va_growth", 7.5),
    ("全县社会消费品零售总额增长11.3%,稍高于11%的全年目标。", "retail_sales_growth", 11.0),
])
def test_an_aim_the_outcome_is_set_against_is_the_years_aim(clause, key, aim):
    got = read(REVIEW + clause + "\n", charted=True)
    assert (key, 2016, "year", "target", aim) in got, got


@pytest.mark.parametrize("clause", [
    "全县生产总值增长7.6%,高于全市7.5%的年度目标。",
    "上半年,全县生产总值增长7.1%,低于7.5%的年度目标。",
    "全县生产总值增长7.6%,高于全省7.5%的平均水平。",
])
def test_no_aim_of_another_place_or_a_part(clause):
    got = read(REVIEW + clause + "\n")
    assert not any(k == "target" for i, y, p, k, v in got), got


NEWS = "龙游县经济运行简况\n发布时间:{}\n"


@pytest.mark.parametrize("date, part, period", [
    ("2017-01-20", "1—11月", "M1-M11"),
    ("2017-02-15", "前三季度", "Q1-Q3"),
    ("2017-01-05", "上半年", "H1"),
    ("2017-03-02", "1—10月", "M1-M10"),
    ("2017-02-28", "1—5月", "M1-M5"),
])
def test_months_not_over_at_the_date_go_to_review(date, part, period):
    text = NEWS.format(date) + part + ",全县规模以上工业增加值增长6.7%。\n"
    assert any(i == "industrial_va_growth" and p == period for i, y, p, k, v in read(text)), read(text)
    assert not read(text, charted=True)


def test_months_already_over_stay_the_date_years():
    got = read(NEWS.format("2017-12-12") + "1—11月,全县规模以上工业增加值增长6.7%。\n", charted=True)
    assert ("industrial_va_growth", 2017, "M1-M11", "actual", 6.7) in got, got


@pytest.mark.parametrize("clause", [
    "1—11月,全县规模以上工业增加值增长6.7%;全年增长6.9%。",
    "1—11月,全县规模以上工业增加值增长6.7%;全年增长6.9%,未完成年度计划。",
    "前三季度,全县固定资产投资增长9.1%;全年增长6.9%。",
    "上半年,全县社会消费品零售总额增长5.2%;全年增长6.9%,比上半年加快1.7个百分点。",
    "一季度,全县生产总值增长5.3%;全年增长6.9%。",
])
def test_a_whole_years_growth_after_a_semicolon_keeps_its_name(clause):
    got = read(REVIEW + clause + "\n", charted=True)
    assert any(y == 2016 and p == "year" and k == "actual" and v == 6.9 for i, y, p, k, v in got), got


@pytest.mark.parametrize("caption", [
    "2016年主要指标计划执行情况及2017年预期目标一览表",
    "2016年主要经济指标计划执行情况一览表",
    "2016年国民经济和社会发展计划执行情况对照表",
    "2016年计划执行情况汇总表",
    "全县2016年主要指标计划执行情况表",
])
def test_a_tables_caption_starts_no_new_document(caption):
    prose = "全县上下坚持稳中求进工作总基调,统筹推进稳增长、促改革、调结构、惠民生各项工作,经济社会发展取得新成绩。" * 4
    text = (REVIEW + "全县生产总值增长7.6%。" + prose + "\n" + caption + "\n"
            "指标 | 单位 | 2016年计划 | 2016年完成 | 2017年预期\n"
            "规模以上工业增加值增长 | % | 8 | 6.9 | 7.5\n社会消费品零售总额增长 | % | 12 | 11.3 | 11\n" + prose + "\n")
    got = read(text, charted=True)
    assert ("industrial_va_growth", 2016, "year", "actual", 6.9) in got, got
