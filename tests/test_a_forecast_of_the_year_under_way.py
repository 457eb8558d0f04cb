"""A whole year forecast (预计全年, 全年预计) after a sentence's clause that named last year's figure, in an item dated in
the year's later months (2023年全区社零总额为286.5亿元,按目前走势,预计全年社零达到298亿元 on 20 December 2024): the
forecast is of the year under way, never of the year named before it. Before, it was charted as the earlier year's
outcome (issue 23). Negatives: in a January item the year just ended is the one forecast (2023年…,预计全年增长5%); the
earlier year's own figure keeps its year. Made-up texts in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
TITLE = "某区商务局2024年工作总结及2025年工作计划\n发布日期:{day}   来源:某区商务局\n\n"
SAID = {
    "retail": "1—11月,全区社会消费品零售总额增长3.6%。2023年全区社零总额为286.5亿元,按目前走势,预计全年社零达到298亿元,增长4%左右。\n",
    "trade": "1—9月,外贸进出口下降2.1%。2023年进出口总额为150.2亿元,全年预计进出口总额达到155亿元。\n",
    "gdp": "前三季度全区地区生产总值增长5.1%。2023年全区地区生产总值812.4亿元,预计全年地区生产总值增长5%左右。\n",
}


@pytest.mark.parametrize("day,key,wrong", [
    ("2024-12-20", "retail", ("retail_sales", 2023, "year", "actual", 298.0)),
    ("2024-12-20", "retail", ("retail_sales_growth", 2023, "year", "actual", 4.0)),
    ("2024-10-15", "trade", ("trade", 2023, "year", "actual", 155.0)),
    ("2024-11-02", "gdp", ("gdp_growth", 2023, "year", "actual", 5.0)),
    ("2024-12-20", "gdp", ("gdp_growth", 2023, "year", "actual", 5.0)),
])
def test_the_forecast_is_not_the_year_named_before(day, key, wrong):
    assert wrong not in figures(TITLE.format(day=day) + SAID[key], FIELDS, meta={"region": "某区"})


def test_the_earlier_years_own_figure_keeps_its_year():
    got = figures(TITLE.format(day="2024-12-20") + SAID["retail"], FIELDS, meta={"region": "某区"})
    assert ("retail_sales", 2023, "year", "actual", 286.5) in got, got


def test_in_january_the_year_just_ended_is_forecast():
    text = "某区2024年工作报告\n发布日期:2024-01-10\n\n2023年全区地区生产总值增长较快,预计全年地区生产总值增长5%左右。\n"
    assert ("gdp_growth", 2023, "year", "actual", 5.0) in figures(text, FIELDS, meta={"region": "某区"})
