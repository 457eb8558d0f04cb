"""Two shapes of a work report's table of indicators laid out by spaces. A cell of the year's aim written with its growth
word (地区生产总值  增长6.5  398.62  6.1 under 年度目标 | 完成值 | 增长) is that growth in percent (下降2 is -2); and a
lead line naming two units (…如下(绝对值单位:亿元,增速单位:%):) gives the sums theirs. (Issue 23, class 3: tables.)
Negative: a row whose aim is in words (保持正增长) gives no aim. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
REPORT = ("政府工作报告\n——2025年1月9日在南部县第十八届人民代表大会第五次会议上\n一、2024年工作回顾\n"
          "主要经济指标完成情况如下(绝对值单位:亿元,增速单位:%):\n"
          "指标名称\u3000\u3000\u3000\u3000\u3000\u3000年度目标\u3000完成值\u3000增长\n{}\n"
          "规模以上工业增加值\u3000增长10\u3000—\u30009.7\n固定资产投资\u3000\u3000\u3000\u3000增长6\u3000\u3000—\u30004.8\n"
          "注:地区生产总值增速按可比价计算。\n")


def read(text: str) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "南部县"})


@pytest.mark.parametrize("row, key, kind, value", [
    ("地区生产总值\u3000\u3000\u3000\u3000增长6.5\u3000398.62\u30006.1", "gdp_growth", "target", 6.5),
    ("地区生产总值\u3000\u3000\u3000\u3000增长6.5\u3000398.62\u30006.1", "gdp", "actual", 398.62),
    ("一般公共预算收入\u3000\u3000增长5\u3000\u300018.75\u30005.3", "fiscal_revenue", "actual", 18.75),
    ("社会消费品零售总额\u3000增长8\u3000\u3000186.30\u30006.9", "retail_sales_growth", "target", 8.0),
    ("外贸进出口总额\u3000\u3000\u3000增长10\u30006.42\u300031.5", "trade", "actual", 6.42),
    ("外贸进出口总额\u3000\u3000\u3000下降2\u30006.42\u3000-3.5", "trade_growth", "target", -2.0),
])
def test_a_growth_cell_and_a_lead_of_two_units(row, key, kind, value):
    got = read(REPORT.format(row))
    assert (key, 2024, "year", kind, value) in got, got


def test_an_aim_in_words_gives_no_aim():
    got = read(REPORT.format("外贸进出口总额\u3000\u3000\u3000保持正增长\u30006.42\u300031.5"))
    assert not any(i == "trade_growth" and k == "target" for i, y, p, k, v in got), got
