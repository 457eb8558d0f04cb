"""Four shapes of action plans, new terms' reports and mid-year news. The years ahead said in one sentence and the aims
announced in the next (今后五年,是…关键时期。主要目标是:) hold for the list below: its undated aims are the span's end
year's, not the report's own year's. A numbered heading that joins the aims to other words (二、总体要求和主要目标) opens
the aims, so a list by year below it (——2025年:地区生产总值达到275亿元) holds aims, not outcomes. A sum a level grew by,
hedged (较2022年增加近60亿元), is no level. And the year's aim named after a part's outcome, decided at a meeting named at
length (对照年初县十六届人大五次会议确定的…增长8%的预期目标), is the year's aim, not the part's. (Issue 23, class 2: time
and kind.) Negatives: aims that name their own year keep it; a heading of the review (一、发展基础) opens no aims; a level
reached (达到60亿元) stays a level. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str, region: str = "丰县", **kw) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": region}, **kw)


TERM = "丰县人民政府工作报告\n——2022年1月11日在丰县第十八届人民代表大会第一次会议上\n\n"


@pytest.mark.parametrize("opening, item, key, value", [
    ("今后五年,是我县发展的关键时期。主要目标是:", "——产业结构更加优化。服务业增加值占比达到50%。", "tertiary_share", 50.0),
    ("今后五年,是全县爬坡过坎的攻坚期。主要奋斗目标是:", "——财力更加雄厚。一般公共预算收入达到60亿元。", "fiscal_revenue", 60.0),
    ("未来五年,任务艰巨而光荣。主要目标是:", "——消费更加活跃。社会消费品零售总额达到300亿元。", "retail_sales", 300.0),
    ("今后五年,我们将奋力爬坡。发展目标为:", "——开放水平提升。进出口总额达到150亿元。", "trade", 150.0),
    ("今后五年,是全面建设现代化的起步期。主要目标是:", "——经济实力增强。地区生产总值达到1000亿元。", "gdp", 1000.0),
])
def test_aims_listed_after_the_years_ahead_are_the_spans_end_years(opening, item, key, value):
    got = read(TERM + opening + "\n" + item + "\n")
    assert any(i == key and y == 2026 and k == "target" and v == value for i, y, p, k, v in got), got
    assert not any(y == 2022 for i, y, p, k, v in got), got


def test_aims_that_name_their_year_keep_it():
    got = read(TERM + "今后五年,是我县发展的关键时期。主要目标是:\n——2022年,地区生产总值增长7%左右。\n")
    assert ("gdp_growth", 2022, "year", "target", 7.0) in got, got


PLAN = ("丰县人民政府关于印发《丰县高质量发展三年行动计划(2024—2026年)》的通知\n丰政发〔2024〕5号\n2024年3月12日\n\n"
        "一、发展基础\n2023年,全县地区生产总值246.8亿元,增长5.6%。\n{heading}\n"
        "对标上级要求,分年度推进目标落实:\n——2024年:地区生产总值增长6.5%左右;\n——2025年:{item}\n")


@pytest.mark.parametrize("heading, item, key, value", [
    ("二、总体要求和主要目标", "地区生产总值达到275亿元。", "gdp", 275.0),
    ("二、指导思想和主要目标", "社会消费品零售总额达到80亿元。", "retail_sales", 80.0),
    ("二、总体思路与发展目标", "一般公共预算收入达到6.3亿元。", "fiscal_revenue", 6.3),
    ("(二)基本原则和主要目标", "第三产业增加值占比提高到50%。", "tertiary_share", 50.0),
    ("二、总体要求及主要目标", "进出口总额达到20亿元。", "trade", 20.0),
])
def test_a_heading_joining_the_aims_to_other_words_opens_them(heading, item, key, value):
    got = read(PLAN.format(heading=heading, item=item))
    assert (key, 2025, "year", "target", value) in got, got
    assert not any(y == 2025 and k == "actual" for i, y, p, k, v in got), got


def test_the_review_before_the_aims_stays_outcomes():
    got = read(PLAN.format(heading="二、总体要求和主要目标", item="地区生产总值达到275亿元。"))
    assert ("gdp", 2023, "year", "actual", 246.8) in got, got


@pytest.mark.parametrize("clause", [
    "到2025年,全县经济总量较2022年增加近60亿元。",
    "到2025年,全县地区生产总值较2022年增加约60亿元。",
    "到2025年,全县经济总量比2022年增加超过60亿元。",
    "到2025年,全县社会消费品零售总额较2022年增加逾20亿元。",
    "到2025年,全县一般公共预算收入较2022年增加近2亿元。",
])
def test_a_hedged_sum_a_level_grows_by_is_no_level(clause):
    got = read(PLAN.format(heading="二、主要目标", item="规上工业企业达到160户。") + clause + "\n")
    assert not any(v in (60.0, 20.0, 2.0) for i, y, p, k, v in got), got


def test_a_level_reached_stays_a_level():
    got = read(PLAN.format(heading="二、主要目标", item="规上工业企业达到160户。") + "到2025年,全县一般公共预算收入达到近8亿元。\n")
    assert any(i == "fiscal_revenue" and y == 2025 and v == 8.0 for i, y, p, k, v in got), got


NEWS = "丰县前三季度经济运行情况\n发布时间:2020-10-28\n\n"


@pytest.mark.parametrize("clause, key, value", [
    ("前三季度全县经济稳定恢复,但对照年初县十六届人大五次会议确定的地区生产总值增长8%的预期目标,全年完成仍有压力。", "gdp_growth", 8.0),
    ("前三季度,全县规上工业增加值增长3.1%,对照年初县人代会审议通过的计划所确定的增长9%的目标还有差距。", "industrial_va_growth", 9.0),
    ("上半年全县经济持续回暖,但距离年初县委全会暨经济工作会议提出的固定资产投资增长12%的目标仍有距离。", "fixed_investment_growth", 12.0),
    ("1—9月,全县消费恢复偏慢,离年初县第十六届人大第五次会议下达的社会消费品零售总额增长10%的目标较远。", "retail_sales_growth", 10.0),
    ("前三季度全县财政收支平衡,对照年初县人民代表大会审查批准后确定的一般公共预算收入增长6%的目标,仍需努力。", "fiscal_revenue_growth", 6.0),
])
def test_the_years_aim_decided_at_a_meeting_named_at_length_is_the_years(clause, key, value):
    got = read(NEWS + clause + "\n")
    assert (key, 2020, "year", "target", value) in got, got
