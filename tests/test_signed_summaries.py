"""More of departments' summaries. A text signed at its end by an office with the day on the line below (某县发展和改革局 /
2023年12月20日) is dated by it; before, it was undated and its figures went to review. Aims proposed in a paragraph that
opened with a year not yet gone by (2024年是…关键一年。建议…主要预期目标为:) are that year's, in a December item too
(before, the date's year's). A sentence opened by the whole year (全年完成…;固定资产投资增长12.3%) keeps it for its later
items, whatever part the paragraph opened with (before, the paragraph's 一季度). And a sum converted after the level
(44.5亿元人民币(折合7.2亿美元)) is no second figure. (Issue 23, class 2: time.) Negatives: a paragraph led by a year gone by
does not date the aims after it; a signature in the middle of a text dates nothing. Made-up pages in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "丰县"}, charted=True)


SUMMARY = ("丰县发展和改革局工作总结\n一、全县经济运行情况\n"
           "今年以来,全县经济持续回升向好,前三季度,全县地区生产总值同比增长6.2%。\n")
PROSE = "二、主要工作\n" + "坚持项目为王,全力抓好招商引资和项目建设,持续优化营商环境,推动各项工作取得新成效。" * 12 + "\n"


@pytest.mark.parametrize("office", ["丰县发展和改革局", "丰县统计局", "丰县人民政府办公室", "丰县财政局", "丰县商务局"])
def test_a_summary_signed_at_its_end_is_dated(office):
    got = read(SUMMARY + PROSE * 2 + "\n" + office + "\n2023年12月20日\n")
    assert ("gdp_growth", 2023, "Q1-Q3", "actual", 6.2) in got, got


def test_a_signature_in_the_middle_dates_nothing():
    text = SUMMARY + PROSE * 2 + "丰县统计局\n2019年12月20日\n" + PROSE
    assert not any(y == 2019 for i, y, p, k, v in figures(text, FIELDS, meta={"region": "丰县"})), text


@pytest.mark.parametrize("lead", ["2024年是实现“十四五”规划目标任务的关键一年。", "2024年是新中国成立75周年。",
                                  "2024年是全面深化改革的关键之年。", "2024年是攻坚之年。", "2024年是承上启下的重要一年。"])
def test_aims_after_a_paragraph_led_by_the_coming_year_are_its(lead):
    text = (SUMMARY + "三、2024年工作思路\n" + lead + "建议全县经济社会发展主要预期目标为:地区生产总值增长6%以上,"
            "固定资产投资增长6%。\n" + PROSE * 2 + "\n丰县发展和改革局\n2023年12月20日\n")
    assert ("fixed_investment_growth", 2024, "year", "target", 6.0) in read(text)


def test_a_paragraph_led_by_a_year_gone_by_dates_no_aims():
    text = ("关于丰县2024年国民经济和社会发展计划的报告\n——2024年1月10日在丰县第十八届人民代表大会第三次会议上\n"
            "2023年,全县经济持续回升。建议全县经济社会发展主要预期目标为:地区生产总值增长6%以上,固定资产投资增长6%。\n")
    assert ("fixed_investment_growth", 2024, "year", "target", 6.0) in read(text)


@pytest.mark.parametrize("rest", [
    "全年完成一般公共预算收入79.3亿元,同口径增长1.6%;固定资产投资增长12.3%。",
    "全年完成一般公共预算收入79.3亿元,增长1.6%;固定资产投资增长12.3%;社会消费品零售总额增长5%。",
    "全年完成地区生产总值1126亿元;固定资产投资增长12.3%。",
    "全年实现一般公共预算收入79.3亿元;固定资产投资增长12.3%。",
    "全年全县完成一般公共预算收入79.3亿元;固定资产投资增长12.3%。",
])
def test_a_sentence_opened_by_the_whole_year_keeps_it(rest):
    text = ("丰县发展和改革局2020年工作总结\n丰县发展和改革局 2021年1月20日\n一、2020年主要工作情况\n"
            "一季度受疫情冲击,全县地区生产总值同比下降10.2%;上半年降幅收窄至4.6%。" + rest + "\n")
    assert ("fixed_investment_growth", 2020, "year", "actual", 12.3) in read(text)


@pytest.mark.parametrize("said", ["44.5亿元人民币(折合7.2亿美元)", "44.5亿元(约合7.2亿美元)", "44.5亿元,折合7.2亿美元",
                                  "44.5亿元人民币,约合7.2亿美元", "44.5亿元(折合 7.2亿美元)"])
def test_a_sum_converted_is_no_second_figure(said):
    got = read("崇明县商务委员会2014年工作总结\n发布时间:2015-01-27\n一、全县外贸情况\n2014年,全县外贸进出口总额"
               + said + ",同比下降3.6%。\n")
    assert [v for i, y, p, k, v in got if i == "trade"] == [44.5], got
