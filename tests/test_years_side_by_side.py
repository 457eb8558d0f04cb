"""Pages that set several years of one place side by side (issue 23, class 1): a span of years and 依次 with one value
for each (2019年至2023年,…收入依次为22.6亿元、…) gives each year its value, as 分别 does; a table whose rows are years
and whose title names the indicator (表1 …地区生产总值增长目标与完成情况 / 年份 | GDP增长目标 | 实际增长) reads the column
that names no indicator (实际增长) by the title's. Negatives: a list with fewer values than years gives none, and a
column headed by another place stays that place's. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
REVIEW = "五年发展综述\n——某县2019—2023年经济社会发展回顾\n发布时间:2024-03-05\n\n{body}\n"
TABLE = ("某县近年政府工作报告目标与完成情况对比\n发布时间:2025-01-20\n\n表1 2021—2024年某县{name}增长目标与完成情况\n"
         "年份 | 增长目标 | 实际增长 | 是否完成 | 全市实际增长\n2021 | 8% | 8.9% | 是 | 8.1%\n2022 | 7.5% | 6.4% | 否 | 5.2%\n"
         "2023 | 6.5%以上 | 5.3% | 否 | 5.6%\n2024 | 6% | 6.2% | 是 | 5.8%\n")


@pytest.mark.parametrize("body, fact", [
    ("2019年至2023年,全县一般公共预算收入依次为22.6亿元、23.1亿元、26.4亿元、24.8亿元和27.3亿元。", ("fiscal_revenue", 2020, "actual", 23.1)),
    ("2019年至2023年,全县一般公共预算收入依次为22.6亿元、23.1亿元、26.4亿元、24.8亿元和27.3亿元。", ("fiscal_revenue", 2023, "actual", 27.3)),
    ("2021—2023年,全县社会消费品零售总额依次增长8.8%、3.1%和7.4%。", ("retail_sales_growth", 2022, "actual", 3.1)),
])
def test_a_span_and_each_value_in_turn(body, fact):
    assert fact in figures(REVIEW.format(body=body), FIELDS, meta={"region": "当涂县"})


@pytest.mark.parametrize("name, fact", [
    ("地区生产总值", ("gdp_growth", 2021, "actual", 8.9)),
    ("地区生产总值", ("gdp_growth", 2023, "actual", 5.3)),
    ("规模以上工业增加值", ("industrial_va_growth", 2022, "actual", 6.4)),
    ("一般公共预算收入", ("fiscal_revenue_growth", 2024, "actual", 6.2)),
    ("地区生产总值", ("gdp_growth", 2023, "target", 6.5)),
])
def test_a_years_table_named_by_its_title(name, fact):
    assert fact in figures(TABLE.format(name=name), FIELDS, meta={"region": "当涂县"})


def test_fewer_values_than_years_give_none():
    got = figures(REVIEW.format(body="2019年至2023年,全县一般公共预算收入依次为22.6亿元、27.3亿元。"), FIELDS, meta={"region": "当涂县"})
    assert not any(v == 22.6 and y == 2019 for _, y, _, v in got), got


def test_another_places_column_stays_its():
    got = figures(TABLE.format(name="地区生产总值"), FIELDS, meta={"region": "当涂县"})
    assert not any(v in (8.1, 5.2, 5.6, 5.8) for *_, v in got), got


@pytest.mark.parametrize("body, fact", [
    ("全县GDP增速:2021年增长9.4%,2022年增长4.9%,2023年增长5.3%。", ("gdp_growth", 2022, "actual", 4.9)),
    ("全县GDP增速:2021年增长9.4%,2022年增长4.9%,2023年增长5.3%。", ("gdp_growth", 2023, "actual", 5.3)),
    ("全县规上工业增加值2020年增长6.1%,2021年增长8.8%。", ("industrial_va_growth", 2021, "actual", 8.8)),
    ("全县社会消费品零售总额2021年增长10.2%、2022年增长1.9%。", ("retail_sales_growth", 2022, "actual", 1.9)),
    ("全县固定资产投资2022年下降3.1%,2023年增长6.4%。", ("fixed_investment_growth", 2023, "actual", 6.4)),
])
def test_a_name_then_each_years_clause(body, fact):
    assert fact in figures(REVIEW.format(body=body), FIELDS, meta={"region": "当涂县"})


def test_a_clause_of_another_year_naming_another_subject_is_not_the_names():
    got = figures(REVIEW.format(body="全县GDP2022年增长4.9%,2023年工业投资增长12.5%。"), FIELDS, meta={"region": "当涂县"})
    assert not any(v == 12.5 for *_, v in got), got
