"""An outcome told as the share of its aim done, the aim's sum written out (一般公共预算收入完成年度目标10亿元的105%):
the sum is the aim, a target, not what was done. Before, it was charted as the year's outcome with high confidence,
unless the aim's word was 预算 (issue 23, class 2: kind from the words around a figure; a wrong figure charted high).
Negatives: the outcome stated with its own sum and the share of the aim after it (完成10.5亿元,为预算的105%) is an
outcome; an outcome followed by its growth is read as before. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "2025年沐川县人民政府工作报告\n——2025年1月10日在沐川县第十八届人民代表大会第五次会议上\n一、2024年工作回顾\n"


def read(line: str) -> set[tuple]:
    return figures(HEAD + line + "\n", FIELDS, meta={"region": "沐川县"}, charted=True)


@pytest.mark.parametrize("line,indicator,aim", [
    ("全县一般公共预算收入完成市下达任务10亿元的105%。", "fiscal_revenue", 10.0),
    ("一般公共预算收入完成年度目标10亿元的105%。", "fiscal_revenue", 10.0),
    ("固定资产投资完成年度计划50亿元的98%。", "fixed_investment", 50.0),
    ("社会消费品零售总额完成全年目标任务80亿元的101.2%。", "retail_sales", 80.0),
    ("地区生产总值完成年度目标值200亿元的99.5%。", "gdp", 200.0),
])
def test_the_aims_sum_is_a_target(line, indicator, aim):
    got = read(line)
    assert (indicator, 2024, "target", aim) in got and (indicator, 2024, "actual", aim) not in got, got


@pytest.mark.parametrize("line,indicator,done", [
    ("一般公共预算收入完成10.5亿元,为预算的105%。", "fiscal_revenue", 10.5),
    ("固定资产投资完成49亿元,增长3.1%。", "fixed_investment", 49.0),
    ("一般公共预算收入完成10.5亿元,完成年度目标的105%。", "fiscal_revenue", 10.5),
])
def test_an_outcomes_own_sum_stays_an_outcome(line, indicator, done):
    assert (indicator, 2024, "actual", done) in read(line)
