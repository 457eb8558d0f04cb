"""A table pasted as comma-separated values (指标,单位,1—6月,同比增长(%) over its rows; two header rows; blank cells; a
figure quoted with its thousands comma) is read as a table under its header. Sentences that hold commas, however many
lines of them, are not taken for one (issue 23, class 3: tables). Made-up pages in this file's own wording."""

import pytest

from etl.extract.comma_rows import comma_tables
from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = "某县统计局  2021-07-26\n\n2021年上半年全县主要经济指标\n\n"


def _read(table: str) -> set[tuple]:
    return figures(HEAD + table, FIELDS, meta={"region": "安吉县"})


ONE_HEADER = ("指标,单位,1—6月,同比增长(%)\n地区生产总值,亿元,268.41,9.8\n规模以上工业增加值,%,,14.2\n"
              "一般公共预算收入,亿元,31.07,18.5\n")
TWO_HEADERS = ("指标名称,单位,年度目标,,1—6月完成,\n,,绝对值,增长(%),绝对值,增长(%)\n"
               "固定资产投资,亿元,330,8.0,176.52,12.6\n社会消费品零售总额,亿元,212,9.0,104.33,15.1\n")
QUOTED = ('指标,单位,1—6月,同比增长(%)\n地区生产总值,亿元,"1,268.4",9.1\n一般公共预算收入,亿元,96.2,11.3\n')
QUARTERS = ("指标,单位,一季度,上半年\n地区生产总值增速,%,12.1,9.8\n社会消费品零售总额增速,%,21.4,15.1\n")


@pytest.mark.parametrize("table, fact", [
    (ONE_HEADER, ("gdp", 2021, "H1", "actual", 268.41)),
    (ONE_HEADER, ("industrial_va_growth", 2021, "H1", "actual", 14.2)),
    (TWO_HEADERS, ("fixed_investment", 2021, "year", "target", 330.0)),
    (TWO_HEADERS, ("retail_sales_growth", 2021, "H1", "actual", 15.1)),
    (QUOTED, ("gdp", 2021, "H1", "actual", 1268.4)),
    (QUARTERS, ("gdp_growth", 2021, "Q1", "actual", 12.1)),
], ids=["level", "blank-cell", "aim", "two-headers", "quoted", "parts"])
def test_each_figure_under_its_column(table, fact):
    got = _read(table)
    assert fact in got, got


def test_sentences_with_commas_are_no_table():
    text = ("上半年,全县地区生产总值268.41亿元,同比增长9.8%,两年平均增长6.1%。\n"
            "规模以上工业增加值增长14.2%,其中高技术制造业增长21.3%,拉动明显\n"
            "一般公共预算收入31.07亿元,增长18.5%,税收占比84.2%\n")
    assert comma_tables(text) == text


def test_a_run_of_words_with_commas_is_no_table():
    text = "项目,负责单位,完成时限\n城区道路改造,住建局,年底前\n老旧小区改造,住建局,三季度\n"
    assert comma_tables(text) == text


def test_the_sentences_figures_are_read_as_before():
    got = _read("上半年,全县地区生产总值268.41亿元,同比增长9.8%。\n规模以上工业增加值增长14.2%,拉动明显。\n")
    assert {("gdp", 2021, "H1", "actual", 268.41), ("industrial_va_growth", 2021, "H1", "actual", 14.2)} <= got, got
