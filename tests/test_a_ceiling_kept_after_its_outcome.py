"""An outcome and then the ceiling it was kept within (城镇登记失业率2.9%,控制在4.5%以内) names the year's aim: the ceiling
is charted as that year's target, hedged 以内, beside the outcome. A rate said only as kept within a ceiling
(城镇登记失业率控制在3.8%以内) in a review stays the outcome (issue 23, class 2: kind; made-up set iu). Made-up
sentences in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "临川区"}
HEAD = "某区2020年计划执行情况与2021年计划草案的报告\n\n2021年1月10日在区人民代表大会上\n\n一、2020年计划执行情况\n\n"


@pytest.mark.parametrize("sentence, outcome, aim", [
    ("城镇登记失业率2.9%,控制在4.5%以内,完成计划。", 2.9, 4.5),
    ("城镇新增就业5346人,城镇登记失业率3.2%,控制在4%以内。", 3.2, 4.0),
    ("城镇登记失业率为2.6%,继续控制在4.5%以内。", 2.6, 4.5),
    ("年末城镇登记失业率3.05%,仍控制在3.5%以内。", 3.05, 3.5),
    ("城镇登记失业率2.8%,均控制在4.2%以内。", 2.8, 4.2),
], ids=["plain", "after-jobs", "jixu", "reng", "jun"])
def test_the_ceiling_is_the_years_aim(sentence, outcome, aim):
    got = figures(HEAD + sentence + "\n", FIELDS, meta=META)
    assert ("unemployment_rate", 2020, "actual", outcome) in got
    assert ("unemployment_rate", 2020, "target", aim) in got
    assert ("unemployment_rate", 2020, "actual", aim) not in got


def test_a_rate_said_only_as_kept_within_stays_the_outcome():
    got = figures(HEAD + "城镇登记失业率控制在3.8%以内。\n", FIELDS, meta=META)
    assert ("unemployment_rate", 2020, "actual", 3.8) in got
