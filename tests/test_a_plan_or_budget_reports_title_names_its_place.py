"""The title of a plan or budget report names its place before the year it reports on, as a work report's does
(关于X区2023年上半年国民经济和社会发展计划执行情况的报告, X县2023年预算执行情况和2024年预算草案的报告, X市2022年决算):
the place is read from it, also for places outside data/regions.csv (issue 22, found by writing such reports with only
their title: each got region unknown). Negatives: titles naming no place (全区 is none) give no region. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import region_of

BODY = "\n\n一、执行情况\n\n全区地区生产总值完成1180.2亿元,同比增长5.6%。\n"


@pytest.mark.parametrize("title,place", [
    ("关于雁塔区2023年上半年国民经济和社会发展计划执行情况的报告", "雁塔区"),
    ("西安市雁塔区2023年上半年计划执行情况的报告", "雁塔区"),
    ("关于长武县2023年计划执行情况与2024年计划草案的报告", "长武县"),
    ("关于雁塔区2023年预算执行情况和2024年预算草案的报告", "雁塔区"),
    ("宝鸡市2022年财政决算报告", "宝鸡市"),
    ("关于临潼区2023年1-9月国民经济和社会发展计划执行情况的报告", "临潼区"),
])
def test_a_plan_or_budget_reports_title_gives_its_place(title, place):
    assert (region_of(title + BODY) or "").endswith(place)


@pytest.mark.parametrize("text", [
    "2023年上半年计划执行情况的报告" + BODY,
    "上半年经济运行分析" + BODY + "会议听取了关于全区2023年计划执行情况的汇报。\n",
    "关于2023年预算执行情况和2024年预算草案的报告" + BODY,
])
def test_no_place_in_the_title_gives_none_from_it(text):
    assert region_of(text) is None
