"""A review that gives one indicator year by year, its pieces set apart by semicolons (一般公共预算收入2016年86.3亿元,下降
12.8%;2017年90.1亿元,增长4.4%): a piece that opens with another year and names nothing is the same indicator's for that
year; and an aim said with the year it is for (规划目标为2020年达到160亿元) is an aim, the year's digits being no number
of an aim done. (Issue 23, class 1.) Negatives: a piece that names its own indicator keeps it, one that opens with no
year borrows no name, and a piece after a sentence's end borrows nothing. Made-up sentences in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "某市“十三五”规划纲要实施中期评估报告\n某市发展和改革委员会\n2018年1月12日\n\n"


def read(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "营口市"}, charted=True)


@pytest.mark.parametrize("body, fact", [
    ("(二)财政。一般公共预算收入2016年78.2亿元,下降9.5%;2017年83.6亿元,增长6.9%。", ("fiscal_revenue", 2017, "actual", 83.6)),
    ("(二)财政。一般公共预算收入2016年78.2亿元,下降9.5%;2017年83.6亿元,增长6.9%。", ("fiscal_revenue_growth", 2017, "actual", 6.9)),
    ("(四)消费。社会消费品零售总额2016年402.5亿元,增长5.5%;2017年428.1亿元,增长6.4%。", ("retail_sales", 2017, "actual", 428.1)),
    ("(五)外贸。进出口总额2016年96.4亿元,下降4.1%;2017年104.7亿元,增长8.6%。", ("trade_growth", 2017, "actual", 8.6)),
    ("(三)投资。固定资产投资2016年下降30.2%,2017年增长5.3%;规模以上工业增加值2016年下降7.6%;2017年增长3.1%。",
     ("industrial_va_growth", 2017, "actual", 3.1)),
    ("(五)外贸。进出口总额2017年104.7亿元,增长8.6%,规划目标为2020年达到130亿元。", ("trade", 2020, "target", 130.0)),
    ("(四)消费。社会消费品零售总额2017年428.1亿元,规划提出2020年达到520亿元的目标。", ("retail_sales", 2020, "target", 520.0)),
])
def test_a_years_piece_and_a_plans_aim(body, fact):
    assert fact in read(body)


@pytest.mark.parametrize("body, value", [
    ("(二)财政。一般公共预算收入2016年78.2亿元;税收收入2017年60.3亿元,增长4.4%。", 60.3),
    ("(二)财政。一般公共预算收入2016年78.2亿元;其中税收收入60.3亿元,增长4.4%。", 60.3),
    ("(二)财政。一般公共预算收入2016年78.2亿元。2017年全市完成税收60.3亿元。", 60.3),
])
def test_no_name_is_lent_where_another_subject_or_no_year_opens_the_piece(body, value):
    assert not any(v == value for *_, v in read(body)), read(body)


def test_a_piece_that_names_its_own_indicator_keeps_it():
    got = read("(二)财政。一般公共预算收入2016年78.2亿元;2017年社会消费品零售总额428.1亿元。")
    assert ("retail_sales", 2017, "actual", 428.1) in got and not any(i == "fiscal_revenue" and y == 2017 for i, y, _, _ in got)
