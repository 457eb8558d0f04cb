"""A report of a place that was a county-level city or a county then and is a district today (偃师市 in 2013, 偃师区
since; 蓟县, 蓟州区 since) knows its place by the former name: the former kind's own words (全市, 我市 for 偃师市) are the
place's own, not another level's, while the level above's stay another's (issue 23, class 5: every figure of 全市 was
dropped as the city's). Negatives: a report that names the place by today's name keeps today's words. Made-up reports
in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")


def speech(former: str, sentence: str) -> str:
    return (f"在全市经济工作会议上的讲话\n中共{former}委书记\n(2013年1月10日)\n同志们:\n一、过去一年的成绩\n"
            f"2012年,全市上下保持了经济平稳较快发展。{sentence}\n")


@pytest.mark.parametrize("former, today, sentence, fact", [
    ("偃师市", "偃师区", "初步统计,全市完成生产总值432.6亿元,增长11.8%。", ("gdp", 2012, 432.6)),
    ("偃师市", "偃师区", "全市规模以上工业增加值增长16.3%。", ("industrial_va_growth", 2012, 16.3)),
    ("增城市", "增城区", "我市社会消费品零售总额完成208.4亿元。", ("retail_sales", 2012, 208.4)),
    ("章丘市", "章丘区", "全市公共财政预算收入完成121.4亿元。", ("fiscal_revenue", 2012, 121.4)),
    ("从化市", "从化区", "全市固定资产投资增长24.5%。", ("fixed_investment_growth", 2012, 24.5)),
])
def test_the_former_kinds_own_words_are_ours(former, today, sentence, fact):
    got = figures(speech(former, sentence), FIELDS, meta={"region": today}, charted=True)
    assert fact in got, got


def test_the_level_above_stays_another():
    text = ("蓟县人民政府工作报告\n——2015年1月16日在蓟县第十六届人民代表大会第四次会议上\n各位代表:\n三、2015年工作安排\n"
            "市政府工作报告提出,全市生产总值增长9%左右。全县经济社会发展的主要预期目标是:生产总值增长11%。\n")
    got = figures(text, ("indicator", "year", "kind", "value"), meta={"region": "蓟州区"}, charted=True)
    assert ("gdp_growth", 2015, "target", 11.0) in got and ("gdp_growth", 2015, "target", 9.0) not in got, got


def test_todays_name_keeps_todays_words():
    text = speech("偃师区", "全市完成生产总值4432.6亿元。").replace("2013年", "2023年").replace("2012年", "2022年")
    got = figures(text, FIELDS, meta={"region": "偃师区"}, charted=True)
    assert ("gdp", 2022, 4432.6) not in got, got
