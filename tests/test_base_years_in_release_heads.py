"""A statistics release's year is the first year its head states, but not a year it compares with (与2019年上半年相比,
同2019年同期相比): that is a base, as after 比 or 较. Before, an undated release that compared with 2019 before naming
2021年上半年 filed every figure under 2019 (issue 23, found when its region was first read). Made-up releases of this
file's own wording. Negative: the year the head reports on still dates it."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
META = {"region": "山西省"}
RELEASE = ("某省上半年经济运行情况\n7月21日,省统计局发布上半年经济运行数据,全省地区生产总值为9606.7亿元,比上年同期增长12.2%,"
           "{base}两年平均增长5.2%。\n省统计局负责人表示,2021年上半年,全省经济持续稳定恢复。\n")


@pytest.mark.parametrize("base", [
    "与2019年上半年相比,",
    "与2019年同期相比,",
    "同2019年上半年相比,",
    "同2019年同期比较,",
    "与2019年相比,",
])
def test_a_base_year_does_not_date_the_release(base):
    got = figures(RELEASE.format(base=base), FIELDS, meta=META)
    assert ("gdp", 2021, "H1", 9606.7) in got and not any(f[1] == 2019 for f in got)


def test_the_year_the_head_reports_on_still_dates_it():
    text = "某省2020年上半年经济运行情况\n全省地区生产总值为8000.5亿元,比上年同期增长3.1%。\n"
    assert ("gdp", 2020, "H1", 8000.5) in figures(text, FIELDS, meta=META)
