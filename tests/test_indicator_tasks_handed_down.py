"""A list led by the indicators' tasks (市下达我县的主要经济指标任务是:…) gives targets of the year, not outcomes of the
part of the year the page reports (issue 23, class 2: they were read as the first half's outcomes). Negatives: the
outcomes before the list stay outcomes, and a list of what was done (主要指标完成情况如下:) stays outcomes. Made-up
pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
LIST = "地区生产总值增长6.5%,规上工业增加值增长12%,固定资产投资增长10%,社会消费品零售总额增长6%。"


def read(lead: str) -> set[tuple]:
    text = ("汶上县人民政府\n发布时间:2024-08-12\n上半年,我县实现地区生产总值172.35亿元,同比增长6.2%。\n"
            f"{lead}{LIST}从上半年情况看,部分指标增速低于年度目标。\n")
    return figures(text, FIELDS, meta={"region": "汶上县"}, charted=True)


@pytest.mark.parametrize("lead", [
    "今年年初,市下达我县的主要经济指标任务是:",
    "今年,市里下达我县的主要指标任务为:",
    "年初,市委市政府下达我县的经济指标任务如下:",
    "按照全市统一部署,我县承担的主要经济指标任务是:",
    "市里分解给我县的年度经济指标任务:",
])
def test_the_tasks_are_the_years_targets(lead):
    got = read(lead)
    assert {("gdp_growth", 2024, "year", "target", 6.5), ("industrial_va_growth", 2024, "year", "target", 12.0)} <= got, got
    assert not any(f[3] == "actual" and f[4] == 12.0 for f in got), got


@pytest.mark.parametrize("lead", ["今年年初,市下达我县的主要经济指标任务是:", "主要指标完成情况如下:"])
def test_the_outcomes_before_stay_outcomes(lead):
    got = read(lead)
    assert ("gdp", 2024, "H1", "actual", 172.35) in got, got


def test_a_list_of_what_was_done_stays_outcomes():
    got = read("上半年主要指标完成情况如下:")
    assert not any(f[3] == "target" for f in got), got


@pytest.mark.parametrize("lead", [
    "其他主要指标安排如下:",
    "今年主要经济指标安排如下:",
    "县委常委会研究,主要指标安排是:",
    "全年经济指标安排为:",
    "其余指标安排:",
])
def test_indicators_as_arranged_are_the_years_targets(lead):
    got = read(lead)
    assert {("gdp_growth", 2024, "year", "target", 6.5), ("retail_sales_growth", 2024, "year", "target", 6.0)} <= got, got
