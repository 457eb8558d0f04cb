"""The aims a congress decided at the start of the year, quoted before the year's progress (年初市十九届人大四次会议确定,
全年地区生产总值增长6%、一般公共预算收入增长4%、…), are targets, as after 提出 or 明确. Before, 确定 was no such word and
the year's aims were charted as the year's outcomes in a half-year report (issue 23, class 2). Negatives: what was done
against the decided aims (完成了年初确定的目标,…增长6.3%) stays an outcome. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = ("关于寿光市2024年上半年国民经济和社会发展计划执行情况的报告\n"
        "——2024年8月27日在寿光市第十九届人民代表大会常务委员会第二十次会议上\n")


def read(line: str) -> set[tuple]:
    return figures(HEAD + line + "\n", FIELDS, meta={"region": "寿光市"}, charted=True)


@pytest.mark.parametrize("lead", [
    "年初市十九届人大四次会议确定,全年",
    "市十九届人大四次会议确定,今年",
    "年初人代会确定,全年",
    "市委经济工作会议确定,全年",
    "年初确定,全年",
])
def test_the_decided_aims_are_targets(lead):
    got = read(f"{lead}地区生产总值增长6%、一般公共预算收入增长4%、固定资产投资增长7%。")
    assert {("gdp_growth", 2024, "target", 6.0), ("fiscal_revenue_growth", 2024, "target", 4.0),
            ("fixed_investment_growth", 2024, "target", 7.0)} <= got, got
    assert not any(k == "actual" for i, y, k, v in got)


def test_what_was_done_stays_done():
    text = ("2025年寿光市人民政府工作报告\n——2025年1月10日在寿光市第十九届人民代表大会第五次会议上\n一、2024年工作回顾\n"
            "全市完成了年初确定的目标,地区生产总值增长6.3%。\n")
    assert ("gdp_growth", 2024, "actual", 6.3) in figures(text, FIELDS, meta={"region": "寿光市"}, charted=True)
