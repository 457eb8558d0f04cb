"""An indented line of nothing but years (      2017年      2018年) over a spaced table's header (指标  计划  预计  计划):
the years stand over the columns below them, so the last column is the later year's. Before, the line was no row of the
table, and every column took the report's reviewed year: the next year's plan was charted as this year's (issue 23,
class 3: tables; made-up set jr). Made-up reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "吉林省"}
W = "\u3000"
HEAD = ("关于吉林省2017年国民经济和社会发展计划执行情况与2018年国民经济和社会发展计划草案的报告\n2018年1月28日\n\n"
        "一、2017年计划执行情况\n\n表1" + W + "全省主要指标计划执行情况\n\n")


@pytest.mark.parametrize("row, later", [
    ("居民人均可支配收入增长(%)" + W * 2 + "7" + W * 4 + "6.8" + W * 4 + "6.5", ("disposable_income_growth", 2018, "target", 6.5)),
    ("规上工业增加值增长(%)" + W * 3 + "6.5" + W * 3 + "5.5" + W * 4 + "5.8", ("industrial_va_growth", 2018, "target", 5.8)),
    ("固定资产投资增长(%)" + W * 4 + "10" + W * 4 + "1.4" + W * 4 + "5", ("fixed_investment_growth", 2018, "target", 5.0)),
    ("社零总额增长(%)" + W * 6 + "9" + W * 5 + "7.5" + W * 4 + "7", ("retail_sales_growth", 2018, "target", 7.0)),
    ("一般公共预算收入增长(%)" + W * 2 + "6" + W * 5 + "1.9" + W * 4 + "4.5", ("fiscal_revenue_growth", 2018, "target", 4.5)),
])
def test_the_last_column_is_the_later_years(row, later):
    table = "\n".join([W * 17 + "2017年" + W * 7 + "2018年", "指标" + W * 13 + "计划" + W * 3 + "预计" + W * 4 + "计划",
                       "地区生产总值增长(%)" + W * 2 + "6.5" + W * 4 + "5.3" + W * 4 + "6", row]) + "\n"
    got = figures(HEAD + table, FIELDS, meta=META)
    assert later in got
    assert (later[0], 2017, "target", later[3]) not in got
