"""A place's profile page (区情简介) posted once and updated later (发布日期:2021-09-06 更新时间:2025-03-18) may give the
outcomes of a year after it was first posted: they are outcomes, not aims (issue 23, class 2). And a year of the
place's history in its first lines (1952年划归广东) is not the year a profile page reports on. Negatives: a page with no
later update keeps a later year's figures as aims. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


def profile(stamps: str, history: str = "") -> str:
    return ("某区人民政府\n首页 > 走进某区 > 区情简介\n区情简介\n" + stamps + "\n一、基本概况\n" + history +
            "全区总面积1815平方公里,辖4个街道、6个镇。\n三、经济发展\n"
            "2022年,全区地区生产总值完成318.7亿元,增长5.6%;规上工业增加值增长8.1%;一般公共预算收入12.36亿元,增长9.4%;"
            "固定资产投资增长7.2%;社会消费品零售总额107.5亿元,增长2.3%。\n(数据来源:某区统计局;如与统计年鉴不一致,以统计年鉴为准)\n")


@pytest.mark.parametrize("fact", [
    ("gdp", 2022, "actual", 318.7), ("gdp_growth", 2022, "actual", 5.6), ("industrial_va_growth", 2022, "actual", 8.1),
    ("fiscal_revenue", 2022, "actual", 12.36), ("retail_sales", 2022, "actual", 107.5),
])
def test_the_later_years_outcomes_on_a_page_updated_since(fact):
    got = figures(profile("发布日期:2021-09-06 更新时间:2025-03-18 浏览量:"), FIELDS, meta={"region": "沙县区"}, charted=True)
    assert fact in got, got


def test_without_a_later_update_they_stay_aims():
    got = figures(profile("发布日期:2021-09-06 浏览量:"), FIELDS, meta={"region": "沙县区"})
    assert not any(f[2] == "actual" and f[1] == 2022 for f in got), got


@pytest.mark.parametrize("history", [
    "1952年划归广东,现为肇庆市辖县。", "1958年撤县并入邻县,1961年复置。", "1983年撤地设市,沿用至今。",
    "1994年撤县设市。", "2001年经国务院批准撤市设区。",
])
def test_a_year_of_history_is_not_the_year_reported(history):
    text = ("某县人民政府网\n县情概况\n发布时间:2021-04-02\n" + history + "\n经济发展\n"
            "“十三五”时期,全县地区生产总值从2015年的196.7亿元增加到268.35亿元,年均增长5.9%。"
            "2020年,全年实现地区生产总值268.35亿元,增长2.1%。\n(数据来源:某县统计局)\n")
    got = figures(text, FIELDS, meta={"region": "怀集县"}, charted=True)
    assert ("gdp", 2020, "actual", 268.35) in got and not any(f[2] == "target" for f in got), got
