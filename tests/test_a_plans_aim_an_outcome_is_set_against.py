"""An aim of a five-year plan that a year's outcome is set against (第三产业增加值占比为33.2%,低于《纲要》38%的目标;
…,距“十二五”规划确定的100亿元目标仍有差距) is the plan's aim, of the plan's last year, not of the year reviewed. An aim
of the year itself (低于年初确定的9%的目标) stays that year's (issue 23, class 2: kind; made-up set jd). Made-up
sentences in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "绵阳市"}
HEAD = "某市“十二五”规划纲要实施中期评估报告\n\n发布时间:2013-09-20\n\n"


@pytest.mark.parametrize("sentence, fact", [
    ("2012年第三产业增加值占比为33.2%,低于《纲要》38%的目标。", ("tertiary_share", 2015, "target", 38.0)),
    ("2012年第三产业增加值占比为33.2%,低于规划确定的38%的目标。", ("tertiary_share", 2015, "target", 38.0)),
    ("2012年城镇登记失业率3.9%,低于“十二五”规划4.5%的控制目标。", ("unemployment_rate", 2015, "target", 4.5)),
    ("2017年服务业增加值占比为45.1%,低于《纲要》50%的目标。", ("tertiary_share", 2020, "target", 50.0)),
    ("2022年第三产业增加值占比为51.2%,低于“十四五”规划55%的目标。", ("tertiary_share", 2025, "target", 55.0)),
    ("2018年服务业增加值占比为46%,低于纲要确定的50%的目标。", ("tertiary_share", 2020, "target", 50.0)),
    ("2013年第三产业增加值占比为34.1%,低于《规划纲要》40%的目标。", ("tertiary_share", 2015, "target", 40.0)),
], ids=["gangyao", "guihua", "shierwu", "shisanwu", "shisiwu", "gangyao-queding", "guihua-gangyao"])
def test_the_plans_aim_is_of_its_last_year(sentence, fact):
    got = figures(HEAD + sentence + "\n", FIELDS, meta=META)
    assert fact in got
    assert not any(f[2] == "target" and f[3] == fact[3] and f[1] != fact[1] for f in got)


def test_the_years_own_aim_stays_the_years():
    got = figures("某市2012年计划执行情况\n\n发布时间:2013-01-20\n\n2012年地区生产总值增长8.1%,低于年初确定的9%的目标。\n",
                  FIELDS, meta=META)
    assert ("gdp_growth", 2012, "target", 9.0) in got
