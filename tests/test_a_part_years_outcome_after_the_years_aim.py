"""A clause that gives the year's aim of an indicator and then, for a part of the year, what was done (年计划固定资产投资
增长9%以上,1-10月完成170.6亿元,同比增长7.9%) is read through: the aim a target, the part-year's level and growth its
outcomes, also when the plan's word stands before the indicator's name, and also when an aside in brackets follows the
aim's figure (16.34亿元(调整后),1-10月完成11.43亿元). Before, the part-year's growth, or everything after the aside,
was dropped as a second figure of the name (issue 23, class 2: progress reports of plan reports). Negatives: a second
growth of the name with nothing to tell it apart is still not read; an aside does not make a figure of a later clause
of another kind. Made-up items of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "湘乡市"}
HEAD = "湘乡市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n2023年12月19日\n"


def got(item: str) -> set[tuple]:
    return figures(HEAD + item + "\n", FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("aim", ["年计划", "年度计划", "全年计划", "今年计划", "全年目标"])
def test_the_plans_word_before_the_name(aim):
    item = f"——{aim}固定资产投资增长9%以上,1-10月完成170.6亿元,同比增长7.9%。"
    assert {("fixed_investment_growth", 2023, "year", "target", 9.0),
            ("fixed_investment_growth", 2023, "M1-M10", "actual", 7.9)} <= got(item)


@pytest.mark.parametrize("aside", ["(调整后)", "(调整数)", "(同口径)", "(预算数)", "(含基金)"])
def test_an_aside_after_the_aims_figure(aside):
    item = f"——年计划完成地方一般公共预算收入16.34亿元{aside},1-10月完成11.43亿元,同比增长6.2%。"
    assert {("fiscal_revenue", 2023, "M1-M10", "actual", 11.43),
            ("fiscal_revenue_growth", 2023, "M1-M10", "actual", 6.2)} <= got(item)


def test_a_second_growth_with_nothing_between_is_not_read():
    assert not {f for f in got("——固定资产投资增长9%,增长7.9%。") if f[4] == 7.9}


def test_the_name_first_was_read_before_as_well():
    item = "——固定资产投资年计划增长9%以上,1-10月完成170.6亿元,同比增长7.9%。"
    assert ("fixed_investment_growth", 2023, "M1-M10", "actual", 7.9) in got(item)


@pytest.mark.parametrize("aim", ["全年目标", "年度目标", "年初目标", "年初计划"])
def test_the_years_aim_named_before_the_name_is_a_target(aim):
    """(before, 全年目标地区生产总值增长6% was charted as the year's outcome)"""
    read = got(f"——{aim}地区生产总值增长6%。")
    assert ("gdp_growth", 2023, "year", "target", 6.0) in read
    assert ("gdp_growth", 2023, "year", "actual", 6.0) not in read


@pytest.mark.parametrize("done", ["完成全年目标", "实现年度目标", "超额完成年初计划"])
def test_an_outcome_measured_against_the_aim_stays_an_outcome(done):
    assert ("gdp_growth", 2023, "year", "actual", 6.2) in got(f"——地区生产总值增长6.2%,{done}。")
