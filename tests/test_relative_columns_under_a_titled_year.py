"""A plan report's annex table titled with the year it plans (2025年…主要指标(草案)) whose columns are named relative to
it (上年计划 | 上年预计完成 | 本年计划): 本年 is the title's year, 上年 the year before. Before, the title's year was given
to every column, the three values of one row clashed, and last year's aim and outcome were lost or misdated (issue
23, class 3: header semantics). A table titled with the year it reviews (本年预计 | 下年计划) reads 本年 as that year, as
an untitled one reads it as the year the report reviews (before, its title's year too went to every column). Made-up
pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = ("关于青秀区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告\n"
        "——2025年1月8日在青秀区第五届人民代表大会第五次会议上\n附件\n")


def read(title: str, header: str, row: str) -> set[tuple]:
    return figures(HEAD + title + "\n" + header + "\n" + row + "\n", FIELDS, meta={"region": "青秀区"}, charted=True)


@pytest.mark.parametrize("header,row", [
    ("主要指标 | 单位 | 上年计划 | 上年预计完成 | 本年计划 | 属性", "地区生产总值增速 | % | 6 | 4.6 | 5 | 预期性"),
    ("主要指标 | 上年计划 | 上年预计完成 | 本年计划 | 属性", "地区生产总值增速(%) | 6 | 4.6 | 5 | 预期性"),
    ("指标 | 单位 | 上年计划 | 上年预计 | 本年计划", "地区生产总值增速 | % | 6 | 4.6 | 5"),
    ("指标 | 上一年计划 | 上一年预计完成 | 本年目标", "地区生产总值增速(%) | 6 | 4.6 | 5"),
    ("主要指标 | 单位 | 上年计划 | 上年实际 | 本年计划 | 属性", "地区生产总值增速 | % | 6 | 4.6 | 5 | 预期性"),
])
def test_this_year_is_the_titles(header, row):
    got = read("2025年青秀区国民经济和社会发展主要指标(草案)", header, row)
    assert {("gdp_growth", 2024, "target", 6.0), ("gdp_growth", 2024, "actual", 4.6),
            ("gdp_growth", 2025, "target", 5.0)} <= got, got


def test_a_table_of_the_year_reviewed_keeps_this_year_as_it():
    got = read("2024年青秀区主要指标执行情况", "指标 | 本年计划 | 本年预计 | 下年计划", "地区生产总值增速(%) | 6 | 4.6 | 5")
    assert {("gdp_growth", 2024, "target", 6.0), ("gdp_growth", 2024, "actual", 4.6), ("gdp_growth", 2025, "target", 5.0)} <= got
