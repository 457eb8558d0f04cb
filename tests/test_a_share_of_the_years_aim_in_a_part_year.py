"""In an item on a part of the year, the year's aim or budget a figure is measured against (低于全年目标0.7个百分点;
完成全年预算的78%) is no period of the figures: they stay the part's. Before, 全年 there made the next growth the whole
year's (一般公共预算收入完成全年预算的78%,同比增长4.1% read as the year's growth in October) and ended the part the
sentence opened with for its later items (issue 23, class 1: the period from the sentence). Negatives: a figure said
of the whole year (全年增长6%) stays the year's; a part named nearer the figure wins. Made-up items of this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
ITEM = "嘉祥县召开经济运行分析会\n嘉祥县融媒体中心 2024年10月22日\n{s}\n"


def read(sentence: str) -> set[tuple]:
    return figures(ITEM.format(s=sentence), FIELDS, meta={"region": "嘉祥县"})


@pytest.mark.parametrize("sentence,figure", [
    ("前三季度,全县一般公共预算收入完成全年预算的78%,同比增长4.1%。", ("fiscal_revenue_growth", 2024, "Q1-Q3", "actual", 4.1)),
    ("会议指出,前三季度全县地区生产总值增长5.8%,低于全年目标0.7个百分点;固定资产投资完成全年计划的75%,增长3.9%。",
     ("fixed_investment_growth", 2024, "Q1-Q3", "actual", 3.9)),
    ("据介绍,前三季度全县规模以上工业增加值增长7.2%,高于全年计划1个百分点;一般公共预算收入完成全年预算的80%,增长5.1%。",
     ("fiscal_revenue_growth", 2024, "Q1-Q3", "actual", 5.1)),
    ("1-9月,全县固定资产投资完成全年计划的81%,同比增长6.6%。", ("fixed_investment_growth", 2024, "Q1-Q3", "actual", 6.6)),
    ("前三季度,社会消费品零售总额完成全年目标任务的76%,增长5.3%。", ("retail_sales_growth", 2024, "Q1-Q3", "actual", 5.3)),
])
def test_the_part_holds_past_the_years_aim(sentence, figure):
    got = read(sentence)
    assert figure in got
    assert (figure[0], 2024, "year", "actual", figure[4]) not in got


def test_a_figure_of_the_whole_year_stays_the_years():
    got = read("前三季度,全县地区生产总值增长5.8%,预计全年增长6%。")
    assert ("gdp_growth", 2024, "Q1-Q3", "actual", 5.8) in got
    assert not {f for f in got if f[4] == 6.0 and f[2] != "year"}


def test_a_part_nearer_the_figure_wins():
    got = read("全年目标增长6.5%,上半年全县地区生产总值增长5.6%。")
    assert ("gdp_growth", 2024, "H1", "actual", 5.6) in got
