"""A plan report's table whose columns are named relative to the year it reviews (上年实际 | 本年计划 | 本年预计 |
下年计划): the year before, that year, the year after. Before, every column was read as the reviewed year: the year
before's outcome was charted as the reviewed year's and the reviewed year's own sent to review (issue 23 class 3, found
by writing plan reports' annex tables). Negatives: columns with years (2022年 | 2023年) read as before. Made-up texts
of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "confidence")
META = {"region": "雁塔区"}
HEAD = "关于雁塔区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n\n2024年1月9日\n\n附表:主要指标\n\n"
TABLE = HEAD + ("指标名称 | 单位 | 上年实际 | 本年计划 | 本年预计 | 下年计划\n地区生产总值 | 亿元 | 2360.5 | 2500 | 2480.1 | 2650\n"
                "地区生产总值增速 | % | 4.8 | 6.5 | 5.6 | 6\n")


def charted(text: str) -> set[tuple]:
    return {f[:4] for f in figures(text, FIELDS, meta=META) if f[4] == "high"}


@pytest.mark.parametrize("figure", [
    ("gdp", 2022, "actual", 2360.5),
    ("gdp", 2023, "actual", 2480.1),
    ("gdp", 2024, "target", 2650.0),
    ("gdp_growth", 2022, "actual", 4.8),
    ("gdp_growth", 2023, "actual", 5.6),
    ("gdp_growth", 2024, "target", 6.0),
])
def test_a_column_named_relative_to_the_reviewed_year_gets_its_year(figure):
    assert figure in charted(TABLE)


def test_the_year_befores_outcome_is_not_the_reviewed_years():
    assert ("gdp", 2023, "actual", 2360.5) not in charted(TABLE)


def test_columns_with_years_read_as_before():
    text = HEAD + "| 指标 | 2022年 | 2023年 |\n| 地区生产总值(亿元) | 2360.5 | 2480.1 |\n"
    assert {("gdp", 2022, "actual", 2360.5), ("gdp", 2023, "actual", 2480.1)} <= charted(text)
