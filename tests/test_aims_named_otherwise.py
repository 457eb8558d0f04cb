"""The year's aims opened with other words than 主要预期目标是: 主要预期性目标确定为:, 主要指标预期目标是:, 预期目标建议为:,
今年X市的预期目标是:, a line opening 发展目标是:, a numbered heading 二、经济社会发展目标 — what follows is the year's
targets (issue 23, found by naming every development text's aims so: 46 targets were charted as outcomes). Negatives: a
year's aims that report what was done (2023年目标任务完成情况:, 主要预期目标完成情况:) open no targets. Made-up texts of
this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
REPORT = "宁蒗县政府工作报告\n各位代表:\n一、2023年工作回顾\n全县经济平稳运行。\n{opening}\n{items}\n"
ITEMS = "地区生产总值增长6.5%左右,固定资产投资增长15%,社会消费品零售总额增长7%。"


def charted(opening: str, items: str = ITEMS) -> set[tuple]:
    text = REPORT.format(opening=opening, items=items)
    return figures(text, FIELDS, meta={"region": "宁蒗县", "date": "2024-01-10"}, charted=True)


@pytest.mark.parametrize("opening", [
    "建议2024年全县经济社会发展主要预期性目标确定为:",
    "2024年全县经济社会发展主要指标预期目标是:",
    "2024年经济社会发展的预期目标建议为:",
    "今年本县的预期目标是:",
    "发展目标是:",
    "二、经济社会发展目标",
])
def test_the_years_aims_named_otherwise_are_targets(opening):
    got = charted(opening)
    assert {("gdp_growth", 2024, "target", 6.5), ("fixed_investment_growth", 2024, "target", 15.0),
            ("retail_sales_growth", 2024, "target", 7.0)} <= got


@pytest.mark.parametrize("opening", ["2023年目标任务完成情况:", "2023年主要预期目标完成情况:"])
def test_aims_reported_done_open_no_targets(opening):
    got = charted(opening, "地区生产总值增长5.2%,固定资产投资增长12.1%。")
    assert not {f for f in got if f[2] == "target"}
