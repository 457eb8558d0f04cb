"""A table whose title or lead names several indicators (…地区生产总值、一般公共预算收入、社会消费品零售总额…) and whose
columns name them short (收入增长目标(%), 收入实际增长(%); 规上工业 under 规模以上工业增加值和固定资产投资增速): a column is the
one indicator whose name holds its short name (abbreviations written out by data/abbreviations.csv). Before, every such
column was taken for the first indicator the title named, and a revenue's growth was charted as the product's (issue 23,
class 3: tables, header semantics; made-up sets jy, js). And a short name held by two of the names (收入 in 一般公共预算收入
and 居民人均可支配收入) is none of them (before: the first's). Negative: a column named in full keeps its name. Made-up tables in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "漳州市"}
LEAD = ("漳州市历年主要指标预期目标与完成情况\n漳州市发展和改革委员会 2025-02-10\n\n"
        "现将我市地区生产总值、一般公共预算收入、社会消费品零售总额三项指标的年度目标和完成情况整理如下。\n")
TABLE = ("| 年份 | 地区生产总值(亿元) | GDP增长目标(%) | 一般公共预算收入(亿元) | 收入增长目标(%) | 收入实际增长(%) |\n"
         "| 2018 | 3947.6 | 8.5 | 192.3 | 7 | 7.9 |\n| 2019 | 4545.6 | 8 | 199.6 | 6 | 3.8 |\n| 2020 | 4546.0 | 6 | 201.2 | 2 | 0.8 |\n")


@pytest.mark.parametrize("want", [
    ("fiscal_revenue_growth", 2018, "target", 7.0),
    ("fiscal_revenue_growth", 2018, "actual", 7.9),
    ("fiscal_revenue_growth", 2019, "target", 6.0),
    ("fiscal_revenue_growth", 2019, "actual", 3.8),
    ("fiscal_revenue_growth", 2020, "actual", 0.8),
])
def test_the_short_name_is_the_revenues(want):
    got = figures(LEAD + TABLE, FIELDS, meta=META, charted=True)
    assert want in got
    assert ("gdp_growth", want[1], want[2], want[3]) not in got


def test_an_abbreviated_name_is_written_out():
    text = ("2021年宝鸡市各县区主要经济指标\n凤翔区统计局 2022-02-20\n\n表2　规模以上工业增加值和固定资产投资增速\n单位:%\n"
            "地区　规上工业　固定资产投资\n宝鸡市　8.2　7.1\n渭滨区　6.9　4.3\n凤翔区　9.4　8.7\n")
    got = figures(text, FIELDS, meta={}, charted=True)
    assert ("industrial_va_growth", 2021, "actual", 9.4) in got


def test_a_short_name_held_by_two_names_is_none():
    lead = LEAD.replace("社会消费品零售总额", "居民人均可支配收入")
    got = figures(lead + TABLE, FIELDS, meta=META, charted=True)
    assert not any(f[3] in (7.9, 3.8) for f in got)


def test_a_column_named_in_full_keeps_its_name():
    assert ("gdp", 2019, "actual", 4545.6) in figures(LEAD + TABLE, FIELDS, meta=META, charted=True)
