"""A table whose rows are years and whose columns are indicators (年份 | GDP(亿元) | 增速(%), then 2017年 | 19500.27 |
9.3) gives each cell the year of its row and the indicator of its column; a bare growth column (增速) is the growth of
the column before it. Such a table is also read when a page flattens it into one line (…对比表 年份 | GDP(亿元) | 增速(%) |
2018年 | 20363.19 | 6 | 2017年 | …): the line is cut into rows as wide as its header when each column holds numbers in
every row or in none. Before, neither was read (issue 23, three documents of the development sets). Made-up pages of
this file's own wording. Negatives: a table titled for the nation, a league of places, and a run of cells that is no
table read no figure of the place."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
META = {"region": "重庆市"}
LINES = "重庆市历年经济数据\n年份 | 地区生产总值(亿元) | 增速(%) |\n2017年 | 19500.27 | 9.3 |\n2016年 | 17558.76 | 10.7 |\n"
FLAT = ("重庆市经济概况。\n重庆市历年GDP对比表 年份 | GDP(亿元) | 增速(%) | 人均收入(元) | 2018年 | 20363.19 | 6 | 26386 | "
        "2017年 | 19500.27 | 9.3 | 24153 | 2016年 | 17558.76 | 10.7 | 22034 |\n")
FISCAL = "历年财政收入\n年度 | 一般公共预算收入(亿元) | 增长(%) |\n2016 | 300.5 | 8.1 |\n2015 | 278.0 | 7.2 |\n"


@pytest.mark.parametrize("text, want", [
    (LINES, ("gdp", 2017, 19500.27)),
    (LINES, ("gdp_growth", 2016, 10.7)),
    (FLAT, ("gdp", 2017, 19500.27)),
    (FLAT, ("gdp_growth", 2018, 6.0)),
    (FLAT, ("gdp", 2016, 17558.76)),
    (FISCAL, ("fiscal_revenue", 2016, 300.5)),
    (FISCAL, ("fiscal_revenue_growth", 2015, 7.2)),
])
def test_a_table_of_years_is_read_by_row_and_column(text, want):
    assert want in figures(text, FIELDS, meta=META)


@pytest.mark.parametrize("text", [
    "全国历年GDP\n年份 | GDP(亿元) | 增速(%) |\n2017年 | 832035.9 | 6.9 |\n2016年 | 746395.1 | 6.8 |\n",
    "重庆市各区县经济总量\nGDP排行 | 区域 | 2018年GDP(亿元) | 增速(%) | 1 | 渝北区 | 1543.09 | -2.8 | 2 | 九龙坡区 | 1211.25 | 3.6 | 3 | 渝中区 | 1203.85 | 0.9 |\n",
    "年份 | GDP(亿元) | 增速(%) | 2017年 | 19500.27 | 9.3 | 附注 | 2016年 | 17558.76 | 说明 | 10.7 | 资料 |\n",
])
def test_tables_of_other_places_or_no_table_read_nothing(text):
    got = figures(text, FIELDS, meta=META)
    assert not any(f[0] in ("gdp", "gdp_growth") for f in got)
