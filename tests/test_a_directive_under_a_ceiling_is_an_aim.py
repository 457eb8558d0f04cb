"""A directive that puts a figure under a ceiling (要把城镇登记失业率控制在4.2%以内, 把…不超过…) says what is to be, not
what was: the year's aim, though it stands in a meeting's report of the months just ended. Before, such a task in news of a
meeting on January–May was read as the months' outcome (issue 23, class 2: kind; made-up set jl). Negatives: the same
ceiling said of the year done, without the directive (全年城镇登记失业率控制在3.1%以内), stays an outcome. Made-up meeting
news in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "定西市"}
HEAD = ("市政府召开常务会议分析前5个月经济运行\n2021年06月15日 来源:定西日报\n\n"
        "会议听取了全市1—5月经济运行情况汇报。1—5月,全市规模以上工业增加值增长8.1%,固定资产投资增长11.2%。\n"
        "会议要求,各县区各部门要重点抓好以下工作:\n")


@pytest.mark.parametrize("task, value", [
    ("一是抓好重点群体就业,把城镇登记失业率控制在4.2%以内。", 4.2),
    ("二是稳定就业大局,要把城镇登记失业率控制在4%以内。", 4.0),
    ("三是千方百计扩大就业,坚决把城镇登记失业率控制在3.8%以内。", 3.8),
    ("四、抓好高校毕业生等群体就业,把全市城镇登记失业率控制在4.5%左右。", 4.5),
    ("五是落实援企稳岗政策,努力把城镇登记失业率不超过4%。", 4.0),
])
def test_the_directive_is_the_years_aim(task, value):
    got = figures(HEAD + task + "\n", FIELDS, meta=META)
    assert ("unemployment_rate", 2021, "year", "target", value) in got
    assert not any(f[0] == "unemployment_rate" and f[3] == "actual" for f in got)


@pytest.mark.parametrize("review, value", [
    ("全年城镇登记失业率控制在3.1%以内。", 3.1),
    ("城镇登记失业率控制在2.9%,低于年度控制目标。", 2.9),
])
def test_the_same_ceiling_of_the_year_done_stays_an_outcome(review, value):
    text = "定西市2020年国民经济和社会发展统计公报\n定西市统计局 2021年3月20日\n\n" + review + "\n"
    assert ("unemployment_rate", 2020, "year", "actual", value) in figures(text, FIELDS, meta=META)
