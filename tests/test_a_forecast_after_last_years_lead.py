"""A whole year forecast (预计全年…) in a paragraph that opened with last year's results (2019年,全市…), in an item dated
from April on: the forecast is of the year under way, the date's, not of the year the paragraph's lead named. Before, a
half-year report of August had its forecasts charted as last year's outcomes (issue 23, class 1: time; made-up set ju).
Negatives: last year's own figures in the lead stay last year's; the same forecast in a report of February, when last
year's figures are still estimated, stays last year's. Made-up half-year reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "周口市"}


def report(month: int, forecast: str) -> str:
    return (f"关于周口市2020年上半年计划执行情况的报告\n——2020年{month}月20日在市人大常委会会议上\n\n"
            f"2019年,全市地区生产总值3120.6亿元,增长6.9%;一般公共预算收入178.3亿元,增长7.2%。受疫情影响,{forecast}\n")


@pytest.mark.parametrize("forecast, want", [
    ("预计全年地区生产总值增长2%左右。", ("gdp_growth", 2.0)),
    ("从下半年走势看,预计全年规模以上工业增加值增长2.5%左右。", ("industrial_va_growth", 2.5)),
    ("综合判断,预计全年固定资产投资增长4%。", ("fixed_investment_growth", 4.0)),
    ("全年预计社会消费品零售总额下降3%左右。", ("retail_sales_growth", -3.0)),
    ("部分目标实现难度较大,预计全年一般公共预算收入下降1.5%。", ("fiscal_revenue_growth", -1.5)),
])
def test_the_forecast_is_of_the_year_under_way(forecast, want):
    text = report(8, forecast)
    assert (want[0], 2019, "actual", want[1]) not in figures(text, FIELDS, meta=META, charted=True)
    assert (want[0], 2020, "actual", want[1]) in figures(text, FIELDS, meta=META)


def test_last_years_own_figures_stay_last_years():
    got = figures(report(8, "预计全年地区生产总值增长2%左右。"), FIELDS, meta=META, charted=True)
    assert ("gdp_growth", 2019, "actual", 6.9) in got


def test_a_february_forecast_stays_last_years():
    text = ("周口市2019年经济运行情况\n2020年2月10日\n\n2019年,全市经济运行总体平稳。预计全年地区生产总值增长6.8%左右。\n")
    assert ("gdp_growth", 2020, "actual", 6.8) not in figures(text, FIELDS, meta=META)
