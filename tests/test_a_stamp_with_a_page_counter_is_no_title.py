"""A page's stamp above a table with a counter of the site's after its date (晋江市统计局 2016年10月25日点击数:, …日 浏览次数:
1362) is a stamp, not the table's title: its date's month does not make the table one month's, and a column of the
same period a year before is read as that part of last year. A title naming the table's part is still its title (issue
23, class 3: tables; made-up set je). Made-up releases in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "晋江市"}


def release(stamp: str) -> str:
    return ("2016年1—9月某市主要经济指标\n\n" + stamp + "\n\n| 指标名称 | 单位 | 1—9月 | 增长(%) | 上年同期增长(%) |\n"
            "| 地区生产总值 | 亿元 | 1238.65 | 8.6 | 8.9 |\n| 规模以上工业增加值 | 亿元 | 796.40 | 8.5 | 9.2 |\n")


@pytest.mark.parametrize("stamp", ["某市统计局 2016年10月25日点击数:", "某市统计局 2016年10月25日 浏览次数:1362",
                                   "某市统计局 2016-10-25 阅读:", "某市统计局 2016年10月25日 访问量:88",
                                   "某市统计局 2016-10-25 点击:", "某市统计局 2016年10月25日 阅读次数:502",
                                   "某市统计局 2016年10月25日点击量:"],
                         ids=["dianji", "liulan", "yuedu", "fangwen", "dian", "yuedu-cishu", "dianjiliang"])
def test_the_same_period_a_year_before(stamp):
    got = figures(release(stamp), FIELDS, meta=META)
    assert ("gdp_growth", 2015, "Q1-Q3", "actual", 8.9) in got
    assert ("industrial_va_growth", 2015, "Q1-Q3", "actual", 9.2) in got


def test_a_title_of_the_tables_part_is_still_its_title():
    got = figures(release("某市统计局 2016年10月25日\n\n表1 2016年1—9月主要指标"), FIELDS, meta=META)
    assert ("gdp_growth", 2016, "Q1-Q3", "actual", 8.6) in got
