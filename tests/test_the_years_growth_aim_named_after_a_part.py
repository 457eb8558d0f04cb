"""An aim said as the year's growth (距年度增长8%的目标差距较大, 与年度增长7.5%的目标相比) in a sentence led by a part of the
year: the aim is the whole year's, not the part's. Before, it was charted as an aim of the first three quarters (issue
23, class 1: part-years; made-up set jv). Negatives: the part's outcome in the same sentence keeps its part, and an aim
of the part itself (四季度力争…增长6%) keeps it. Made-up analyses in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "桂平市"}
HEAD = "桂平市2024年前三季度经济运行简析\n桂平市统计局 2024年10月29日\n\n"


@pytest.mark.parametrize("sentence, indicator, aim", [
    ("前三季度,全市固定资产投资同比下降3.2%,降幅比1—8月收窄1.4个百分点,但距年度增长8%的目标差距较大。",
     "fixed_investment_growth", 8.0),
    ("前三季度,全市地区生产总值增长4.6%,与年度增长7%的预期目标相比仍有差距。", "gdp_growth", 7.0),
    ("1—9月,全市规模以上工业增加值增长6.1%,离年度增长9%的目标还差2.9个百分点。", "industrial_va_growth", 9.0),
    ("前三季度,全市社会消费品零售总额增长3.3%,距年度经济增长7.5%的目标尚有距离。", "retail_sales_growth", 7.5),
    ("上半年,全市一般公共预算收入增长2.1%,低于年度增长6%的目标。", "fiscal_revenue_growth", 6.0),
])
def test_the_aim_is_the_whole_years(sentence, indicator, aim):
    got = figures(HEAD + sentence + "\n", FIELDS, meta=META, charted=True)
    assert (indicator, 2024, "year", "target", aim) in got
    assert not any(f[0] == indicator and f[3] == "target" and f[2] != "year" for f in got)


def test_the_parts_outcome_keeps_its_part():
    got = figures(HEAD + "前三季度,全市地区生产总值增长4.6%,与年度增长7%的预期目标相比仍有差距。\n", FIELDS, meta=META, charted=True)
    assert ("gdp_growth", 2024, "Q1-Q3", "actual", 4.6) in got


def test_an_aim_of_the_part_itself_keeps_it():
    got = figures(HEAD + "四季度力争全市地区生产总值增长6%。\n", FIELDS, meta=META)
    assert ("gdp_growth", 2024, "Q4", "target", 6.0) in got
