"""A report on the months gone by that restates the year's aims first (全年主要目标是:…。从运行情况看:(二)工业。1-7月,全市
规模以上工业增加值增长10.4%): a figure of a part of the year already over at the report's date is that part's outcome,
not an aim, though the aims' section is still open. Before, such figures were charted as the part's targets (issue 23,
class 2: kind from structure). Negatives: a part not yet over (下半年, or the months to December in September) is not
an outcome, and the year's aims stay targets. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = ("海伦市人民政府关于2024年1—7月份国民经济和社会发展计划执行情况的报告\n"
        "——2024年9月5日在海伦市第十届人民代表大会常务委员会第二十次会议上\n一、主要经济指标运行情况\n"
        "年初确定的全年主要目标是:地区生产总值增长6%,规模以上工业增加值增长8%。从运行情况看:\n")


def read(line: str) -> set[tuple]:
    return figures(HEAD + line + "\n", FIELDS, meta={"region": "海伦市"}, charted=True)


@pytest.mark.parametrize("line,expected", [
    ("(二)工业。1-7月,全市规模以上工业增加值增长10.4%。", ("industrial_va_growth", 2024, "M1-M7", "actual", 10.4)),
    ("(三)投资。1—7月,固定资产投资增长15.2%。", ("fixed_investment_growth", 2024, "M1-M7", "actual", 15.2)),
    ("(四)消费。1—7月,社会消费品零售总额增长5.5%。", ("retail_sales_growth", 2024, "M1-M7", "actual", 5.5)),
    ("(五)外贸。1—7月,全市外贸进出口总额增长21.4%。", ("trade_growth", 2024, "M1-M7", "actual", 21.4)),
    ("(二)工业。1-6月,全市规模以上工业增加值增长9.8%。", ("industrial_va_growth", 2024, "H1", "actual", 9.8)),
])
def test_a_part_over_is_an_outcome(line, expected):
    got = read(line)
    assert expected in got, got
    assert ("gdp_growth", 2024, "year", "target", 6.0) in got


def test_a_part_not_over_is_no_outcome():
    got = read("(二)工业。四季度,全市规模以上工业增加值增长10%。")
    assert not any(k == "actual" and v == 10.0 for i, y, p, k, v in got)
