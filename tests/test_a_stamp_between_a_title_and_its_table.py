"""A page's stamp (its day, 发布时间:…, 来源:…) standing between a titled page's first lines and a table is not the
table's title: before, the table took the stamp's year, and a bulletin of one year out early the next had every
figure of its table filed under the year of its stamp and sent to review (issue 23, classes 1 and 3). Negatives: a
table's own title with a year still gives its year; a table titled by a part of the year keeps that part. Made-up
pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
TABLE = "指标 | 单位 | 绝对值 | 增长%\n地区生产总值 | 亿元 | 120.5 | 5.3\n固定资产投资 | 亿元 | — | 9.1\n"


def charted(text: str, place: str = "沐川县") -> set[tuple]:
    return figures(text, FIELDS, meta={"region": place}, charted=True)


@pytest.mark.parametrize("head", [
    "2024年沐川县主要经济指标完成情况\n沐川县统计局\n2025年2月10日\n",
    "2024年沐川县主要经济指标完成情况\n发布时间:2025年02月10日 09:30\n",
    "2024年沐川县主要经济指标完成情况\n来源:沐川县统计局 发布日期:2025年2月10日\n",
    "沐川县2024年国民经济主要指标\n2025年1月28日 沐川县统计局\n",
    "2024年沐川县经济运行情况\n发布日期:2025年1月30日\n",
])
def test_the_table_keeps_the_year_of_its_page(head):
    got = charted(head + TABLE)
    assert {("gdp", 2024, "actual", 120.5), ("gdp_growth", 2024, "actual", 5.3),
            ("fixed_investment_growth", 2024, "actual", 9.1)} <= got


def test_a_tables_own_title_gives_its_year():
    got = charted("沐川县统计局\n2025年2月10日\n2024年全县主要经济指标\n" + TABLE)
    assert ("gdp_growth", 2024, "actual", 5.3) in got


def test_a_tables_part_year_title_keeps_its_part():
    got = figures("沐川县统计局\n2024年11月20日\n2024年1-10月全县主要经济指标\n" + TABLE, ("indicator", "year", "period"),
                  meta={"region": "沐川县"})
    assert ("gdp_growth", 2024, "M1-M10") in got and ("gdp_growth", 2024, "year") not in got


def test_a_day_that_opens_the_tables_own_title_gives_its_year():
    got = charted("沐川县2024年统计资料\n沐川县统计局\n2023年12月31日全县主要经济指标一览\n" + TABLE)
    assert ("gdp_growth", 2023, "actual", 5.3) in got and not any(y == 2024 for i, y, k, v in got)
