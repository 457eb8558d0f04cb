"""Cards of an undated work report read in figures (数读 | 2025年某市政府工作报告), each with a line of last year and a
line of the year the report plans (2024年:全市地区生产总值6487.5亿元,增长6.0% / 2025年:增长6%左右): the second line
is the first's indicator, and, the report planning 2025, its figure is 2025's aim, not an outcome of a year not begun.
A card named in brackets (【GDP】✔ 421.5亿元 | 🚩 增长6%) is that indicator's; a heading with a card's mark and no figure
(📌 小贴士) ends the aims the cards stated, so a milestone under it is no aim; 三产增加值占GDP比重 is the tertiary share
(issue 23). Negatives: in a dated report the outcome line keeps its year; a rule's heading (— 总体要求 —) does not end
aims a sentence opened. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
UNDATED = ("数读某市|2025年市政府工作报告主要指标速览\n\n卡片01|经济总量\n 2024年:全市地区生产总值6487.5亿元,增长6.0%\n"
           " 2025年:增长6%左右\n卡片02|工业\n 2024年:规模以上工业增加值增长8.9%\n 2025年:增长7.5%\n卡片03|投资\n"
           " 2024年:固定资产投资增长4.1%\n 2025年:增长5%以上\n卡片04|结构\n 2024年:三产增加值占GDP比重57.2%\n 2025年:三产增加值占GDP比重58%左右\n")
BRACKETED = ("图解:2025年某市政府工作报告\n发布时间:2025-01-06 10:40 来源:市发展和改革局\n\n✔去年答卷(2024年预计完成) | 🚩今年目标(2025年)\n"
             "【GDP】✔ 421.5亿元,增长5.4% | 🚩 增长6%\n【外贸】✔ 进出口总额36.2亿元,增长31.5% | 🚩 增长10%以上\n"
             "【就业】✔ 城镇登记失业率3.1% | 🚩 4.5%以内\n\n📌 小贴士\n★ 进出口总额首次突破30亿元,增速居全省前列。\n")


@pytest.mark.parametrize("page,fact", [
    (UNDATED, ("gdp_growth", 2025, "target", 6.0)),
    (UNDATED, ("industrial_va_growth", 2025, "target", 7.5)),
    (UNDATED, ("fixed_investment_growth", 2025, "target", 5.0)),
    (UNDATED, ("tertiary_share", 2024, "actual", 57.2)),
    (UNDATED, ("tertiary_share", 2025, "target", 58.0)),
    (BRACKETED, ("gdp", 2024, "actual", 421.5)),
    (BRACKETED, ("gdp_growth", 2025, "target", 6.0)),
])
def test_each_line_has_its_indicator_year_and_kind(page, fact):
    assert fact in figures(page, FIELDS, meta={"region": "某市"})


def test_no_aim_is_an_outcome_of_a_year_not_begun():
    got = figures(UNDATED, FIELDS, meta={"region": "某市"})
    assert not any(y == 2025 and k == "actual" for i, y, k, v in got), got


def test_a_milestone_under_a_marked_heading_is_no_aim():
    got = figures(BRACKETED, FIELDS, meta={"region": "某市"}, charted=True)
    assert not any(v == 30.0 and k == "target" for i, y, k, v in got), got


def test_a_dated_reports_outcome_line_keeps_its_year():
    text = UNDATED.replace("主要指标速览\n", "主要指标速览\n发布时间:2025-01-23 11:20\n")
    assert ("gdp", 2024, "actual", 6487.5) in figures(text, FIELDS, meta={"region": "某市"})


def test_a_rules_heading_does_not_end_aims_a_sentence_opened():
    text = ("某市2021年政府工作报告要点\n市长作政府工作报告,提出2021年总体要求和主要目标。\n— 总体要求 —\n坚持稳中求进。\n— 主要目标 —\n"
            "地区生产总值增长7%以上;规模以上工业增加值增长8%以上。\n")
    got = figures(text, FIELDS, meta={"region": "某市"})
    assert ("gdp_growth", 2021, "target", 7.0) in got and not any(k == "actual" for i, y, k, v in got), got
