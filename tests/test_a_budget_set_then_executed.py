"""A budget set at the year's start and then what was executed (一般公共预算收入年初预算20亿元,执行21.3亿元): the first is
the year's aim and the second its outcome, as 年初目标 and 实际 already were. Before, 年初预算 was no target word, so the
budget was charted as the outcome and the executed figure went to review as a second value (issue 23, class 2: target
words). Negatives: 完成年初预算的106% is a share of the aim, no figure of its own; a budget revenue's name (一般公共
预算收入) alone is no target word. Made-up budget reports of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
REPORT = "关于蒙阴县2023年预算执行情况和2024年预算草案的报告\n2024年1月12日\n一、2023年预算执行情况\n{s}\n"


def charted(sentence: str) -> set[tuple]:
    return figures(REPORT.format(s=sentence), FIELDS, meta={"region": "蒙阴县"}, charted=True)


@pytest.mark.parametrize("sentence,aim,done", [
    ("全县一般公共预算收入年初预算20亿元,执行21.3亿元,增长7.1%。", 20.0, 21.3),
    ("全县一般公共预算收入年初预算18.5亿元,实际执行19.2亿元。", 18.5, 19.2),
    ("一般公共预算收入年初预算15亿元,执行14.6亿元,下降2.3%。", 15.0, 14.6),
    ("全县一般公共预算收入年初预算30.2亿元;执行31.1亿元。", 30.2, 31.1),
    ("一般公共预算收入年初预算9.8亿元,执行10.4亿元,完成年初预算的106.1%。", 9.8, 10.4),
])
def test_the_budget_then_what_was_executed(sentence, aim, done):
    got = charted(sentence)
    assert {("fiscal_revenue", 2023, "target", aim), ("fiscal_revenue", 2023, "actual", done)} <= got


def test_a_share_of_the_budget_is_no_figure():
    got = charted("全县一般公共预算收入完成21.3亿元,完成年初预算的106.5%,增长7.1%。")
    assert ("fiscal_revenue", 2023, "actual", 21.3) in got
    assert not {f for f in got if f[3] == 106.5}


def test_the_revenues_name_is_no_target_word():
    got = charted("全县一般公共预算收入21.3亿元,增长7.1%。")
    assert ("fiscal_revenue", 2023, "actual", 21.3) in got
