"""Three shapes of year-end speeches and meetings' news. A place named only as one of the leaders the text's own
committee works under (在X市委、市政府和县委的坚强领导下), and elsewhere only as the one that hands down tasks, is above the
text's place: the text is not that place's, so its region stays unknown rather than the city's (before, a county's
speech was filed under its city). A December item titled with the year ahead (召开2025年工作务虚会) reports on its own
date's year (before, its months so far were charted as the next year's). And aims said after 关于明年的… are the next
year's (before, the date year's). (Issue 22: places; issue 23, class 2: time.) Negatives: a city's government under its own
committee (市政府在中共X市委的领导下) keeps the city; aims of the year at a spring meeting stay that year's. Made-up pages in
this file's own wording."""

import pytest

from tests.extracting import figures, region_of

FIELDS = ("indicator", "year", "period", "kind", "value")
BODY = ("一、2017年经济工作回顾\n过去的一年,全市上下坚持稳中求进工作总基调,较好地完成了全年目标任务。全市生产总值完成318.4亿元,"
        "增长7.1%;一般公共预算收入26.7亿元,增长12.3%。在全省县域经济考核中位次前移。\n二、2018年主要预期目标\n"
        "生产总值增长7%左右,一般公共预算收入增长8%。\n")


@pytest.mark.parametrize("lead", [
    "过去的一年,在沧州市委、市政府和市委的坚强领导下,全市上下奋力拼搏。",
    "一年来,在沧州市委、市政府和县委的正确领导下,全县干部群众团结一心。",
    "过去一年,在沧州市委和市委的坚强领导下,全市上下攻坚克难。",
    "回顾去年,在中共沧州市委、沧州市政府和市委的领导下,我们砥砺前行。",
    "一年来,在沧州市委及区委的坚强领导下,全区上下共同努力。",
])
def test_a_leader_above_is_not_the_texts_place(lead):
    text = ("在全市三级干部大会上的讲话\n(2018年2月6日)\n市长 李某\n同志们:\n" + lead + "\n" + BODY
            + "要全面完成沧州市下达的节能减排任务,在沧州市县域经济考核中争先进位。\n")
    assert region_of(text) is None


def test_a_citys_government_under_its_own_committee_keeps_the_city():
    text = ("沧州市人民政府工作报告\n——2018年1月10日在沧州市第十五届人民代表大会第二次会议上\n"
            "过去的一年,市政府在中共沧州市委的坚强领导下,团结依靠全市人民,完成了市十五届人大一次会议确定的目标任务。\n" + BODY)
    assert region_of(text) == "沧州市"


NEWS = ("莘县召开县委2025年工作务虚会\n2024-12-16 09:15 来源:莘县融媒体中心\n12月14日,县委召开2025年工作务虚会。"
        "会上,县发展改革局、县统计局汇报了全县经济运行情况。\n")


@pytest.mark.parametrize("body, expected", [
    ("今年以来,全县经济运行稳中向好。前三季度,全县地区生产总值同比增长6.1%。", ("gdp_growth", 2024, "Q1-Q3", "actual", 6.1)),
    ("1—11月,全县规模以上工业增加值增长8.7%。", ("industrial_va_growth", 2024, "M1-M11", "actual", 8.7)),
    ("1—11月,全县一般公共预算收入完成15.34亿元,增长5.3%。", ("fiscal_revenue_growth", 2024, "M1-M11", "actual", 5.3)),
    ("1—11月,全县社会消费品零售总额完成118.2亿元,增长4.9%。", ("retail_sales", 2024, "M1-M11", "actual", 118.2)),
    ("前三季度,全县固定资产投资增长7.6%。", ("fixed_investment_growth", 2024, "Q1-Q3", "actual", 7.6)),
])
def test_a_december_item_titled_with_the_year_ahead_reports_its_own_year(body, expected):
    got = figures(NEWS + body + "\n", FIELDS, meta={"region": "莘县"})
    assert expected in got, got
    assert not any(y == 2025 and k == "actual" for i, y, p, k, v in got), got


@pytest.mark.parametrize("sentence", [
    "关于明年的主要预期目标,会议进行了讨论,初步考虑:地区生产总值增长6%—6.5%,固定资产投资增长8%。",
    "对于明年的发展目标,会议初步考虑:地区生产总值增长6%—6.5%,固定资产投资增长8%。",
    "围绕明年的目标任务,会议提出初步考虑:地区生产总值增长6%—6.5%,固定资产投资增长8%。",
    "关于明年,会议初步考虑:地区生产总值增长6%—6.5%,固定资产投资增长8%。",
    "关于明年的工作,孙某强调,地区生产总值增长6%—6.5%,固定资产投资增长8%。",
])
def test_aims_after_a_lead_about_next_year_are_next_years(sentence):
    got = figures(NEWS + sentence + "\n", FIELDS, meta={"region": "莘县"})
    assert ("fixed_investment_growth", 2025, "year", "target", 8.0) in got, got


def test_aims_of_the_year_at_a_spring_meeting_stay_that_years():
    text = ("莘县召开经济工作会议\n2025-02-10 09:15 来源:莘县融媒体中心\n"
            "会议提出,今年全县地区生产总值增长6%—6.5%,固定资产投资增长8%。\n")
    assert ("fixed_investment_growth", 2025, "year", "target", 8.0) in figures(text, FIELDS, meta={"region": "莘县"})
