"""An illustrated summary's headings that part its cards by no year or by a subtitle: the year just ended (过去一年 · 成绩单,
去年成绩单, 一、过去一年:稳中有进, a bare 成绩单) and this year's aims (今年目标 · 预期值, 今年任务书, a bare 任务书, 三、2017年:明确
奋斗目标). The cards under an aims heading are the report's year's targets, those under the other heading last year's
outcomes. Before, the aims were read as last year's outcomes, a second value for each (issue 23, class 2: kind from
structure; made-up set jk). Negatives: a numbered year's heading of work done (二、2016年:完成目标) opens no aims. Made-up
pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "济宁市"}


def page(done: str, aims: str) -> str:
    return ("一图读懂 2024年济宁市政府工作报告\n发布日期:2024-01-22\n\n市长代表市人民政府作政府工作报告。\n\n"
            f"{done}\n\n地区生产总值增长5.5%\n\n一般公共预算收入增长8.3%\n\n{aims}\n\n地区生产总值增长6%左右\n\n"
            "一般公共预算收入增长5%\n\n报告强调,要确保完成全年目标。\n")


@pytest.mark.parametrize("done, aims", [
    ("■ 过去一年 · 成绩单", "■ 今年目标 · 预期值"),
    ("▇ 去年成绩单", "▇ 今年任务书"),
    ("═══ 成绩单 ═══", "═══ 任务书 ═══"),
    ("一、过去一年:稳中有进", "三、2024年:明确奋斗目标"),
    ("一、2023年:交出亮眼答卷", "二、2024年:目标明确"),
    ("■ 过去一年 · 成绩单", "■ 今年任务书"),
])
def test_the_aims_are_this_years_targets(done, aims):
    got = figures(page(done, aims), FIELDS, meta=META, charted=True)
    assert {("gdp_growth", 2024, "target", 6.0), ("fiscal_revenue_growth", 2024, "target", 5.0)} <= got
    assert {("gdp_growth", 2023, "actual", 5.5), ("fiscal_revenue_growth", 2023, "actual", 8.3)} <= got
    assert ("gdp_growth", 2023, "actual", 6.0) not in got


def test_a_numbered_year_of_work_done_opens_no_aims():
    text = page("一、过去一年:稳中有进", "二、2023年:完成目标")
    got = figures(text, FIELDS, meta=META)
    assert ("gdp_growth", 2023, "target", 6.0) not in got
