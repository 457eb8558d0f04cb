"""A growth said after its rate (实现6%左右的增长, 保持5%以上的增幅, 实现了8.4%的增长) is read as the growth at that rate,
with its hedge, as if its verb came first. Before, the number had no growth word before it and was dropped (issue 23:
reports never seen word their figures more than one way). Negatives: a share of the growth (贡献了60%的增长) is no
growth rate. Made-up reports of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "qualifier")
REPORT = ("鱼台县2024年政府工作报告\n——2024年1月10日在鱼台县第十九届人民代表大会第三次会议上\n一、2023年工作回顾\n{done}\n"
          "二、2024年主要预期目标\n{aim}\n")


def charted(done: str = "", aim: str = "") -> set[tuple]:
    return figures(REPORT.format(done=done, aim=aim), FIELDS, meta={"region": "鱼台县"}, charted=True)


@pytest.mark.parametrize("done,aim,figure", [
    ("", "地区生产总值实现6%左右的增长。", ("gdp_growth", 2024, "target", 6.0, "左右")),
    ("", "一般公共预算收入保持5%以上的增长。", ("fiscal_revenue_growth", 2024, "target", 5.0, "以上")),
    ("全县规模以上工业增加值实现了8.4%的增长。", "", ("industrial_va_growth", 2023, "actual", 8.4, None)),
    ("社会消费品零售总额实现7%的增幅。", "", ("retail_sales_growth", 2023, "actual", 7.0, None)),
    ("", "固定资产投资力争实现8%的增长。", ("fixed_investment_growth", 2024, "target", 8.0, "力争")),
])
def test_a_growth_after_its_rate(done, aim, figure):
    got = charted(done, aim)
    assert figure in {(i, y, k, v, q or None) for i, y, k, v, q in got}


def test_a_share_of_the_growth_is_no_rate():
    got = charted("全县服务业增加值贡献了60%的增长,地区生产总值增长5.9%。")
    assert not {f for f in got if f[3] == 60.0}
