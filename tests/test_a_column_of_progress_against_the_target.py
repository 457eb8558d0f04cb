"""A table's column of progress against the year's target (完成率, 完成进度, 时序进度, 占年度目标%) holds no figure of the
indicator: 98.1% of the target reached is not a growth of 98.1%. Before, such a column's percentages were charted as the
row's growth (issue 23, the table reader with header semantics; found by writing a report's table of the year's
targets and outcomes). Negatives: the target and outcome columns beside it are read as before. Made-up texts of this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "铜山区"}
HEAD = "某区政府工作报告\n\n——2023年1月16日在某区第七届人民代表大会第三次会议上\n\n一、2022年工作回顾\n\n表1 2022年主要指标完成情况\n\n"


def table(header: str, value: str) -> str:
    return (HEAD + f"| 指标 | 年度目标 | 完成情况 | {header} |\n|---|---|---|---|\n| 一般公共预算收入(亿元) | 42 | 41.2 | {value} |\n"
            f"| 固定资产投资(亿元) | 300 | 310 | 103.3% |\n")


@pytest.mark.parametrize("header,value", [
    ("完成率", "98.1%"), ("完成进度", "98.1%"), ("时序进度(%)", "98.1"), ("占年度目标(%)", "98.1"), ("完成年度目标(%)", "98.1"),
])
def test_progress_is_no_growth(header, value):
    got = figures(table(header, value), FIELDS, meta=META)
    assert not any(f[3] in (98.1, 103.3) for f in got)


def test_the_target_and_outcome_beside_it_are_read():
    got = figures(table("完成率", "98.1%"), FIELDS, meta=META, charted=True)
    assert {("fiscal_revenue", 2022, "target", 42.0), ("fiscal_revenue", 2022, "actual", 41.2)} <= got
