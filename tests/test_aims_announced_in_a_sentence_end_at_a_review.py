"""Aims a sentence announces (今年主要预期目标是…, 报告提出了明年的主要预期目标) hold for the sentences after it only
until one of them reviews: a sentence led by a year before the aims' year (2021年,全区…), or one of a first estimate
(初步预计,…), ends them even inside the same paragraph, and in a report's reading as in news. Before, when a page's
paragraphs were run together, the last year's outcomes after such a sentence were charted as this year's targets
(issue 23, found by running each development text into one line). Negatives: the aims listed after the sentence stay
aims; a later sentence of the aims' own year does not end them. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
NEWS = {"region": "长丰县", "date": "2022-01-18"}


@pytest.mark.parametrize("page", [
    "某区两会开幕\n1月17日,某区人民代表大会开幕。今年主要预期目标是经济增长6.5%以上。记者注意到,全区防疫形势平稳。"
    "2021年,全区经济运行持续恢复。地区生产总值增长7.5%,规模以上工业增加值增长8.6%。\n",
    "某区两会开幕\n1月17日,某区人民代表大会开幕。今年主要预期目标是经济增长6.5%以上。据介绍,2021年全区经济稳中"
    "有进。地区生产总值增长7.5%,一般公共预算收入增长4.8%。\n",
    "某区两会开幕\n1月17日,某区人民代表大会开幕。今年主要预期目标是经济增长6.5%以上。会议期间代表们热烈讨论。"
    "初步预计,全区经济稳中向好。地区生产总值增长7.5%,规模以上工业增加值增长8.6%。\n",
    "某县政府工作报告解读\n报告全面回顾了过去一年的工作,提出了2022年主要预期目标。回眸2021年,全县坚持稳中求进,"
    "经济运行稳中有进。地区生产总值增长7.5%,规模工业增加值增长8.6%。\n",
    "某县政府工作报告解读\n报告总结了成绩,明确了2022年主要预期目标。2021年,面对多重困难,全县迎难而上,"
    "经济总体平稳。地区生产总值增长7.5%,固定资产投资增长7.6%。\n",
])
def test_a_review_after_announced_aims_is_no_aim(page):
    got = figures(page, FIELDS, meta=NEWS)
    assert ("gdp_growth", 2022, "target", 7.5) not in got
    # news dated in January reads its figures as the year before; a reading with no date may leave them unread
    assert ("gdp_growth", 2021, "actual", 7.5) in got or "解读" in page
    assert not any(f[0] == "gdp_growth" and f[1:3] == (2022, "target") and f[3] != 6.5 for f in got)


def test_the_aims_listed_after_the_sentence_stay_aims():
    page = ("某区两会开幕\n1月17日,某区人民代表大会开幕。今年主要预期目标是:地区生产总值增长6.5%以上,"
            "一般公共预算收入增长5%。\n")
    got = figures(page, FIELDS, meta=NEWS)
    assert ("gdp_growth", 2022, "target", 6.5) in got


def test_a_later_sentence_of_the_aims_year_does_not_end_them():
    page = ("某区两会开幕\n1月17日,某区人民代表大会开幕。今年主要预期目标是地区生产总值增长6.5%以上。"
            "2022年,全区还将力争一般公共预算收入增长5%。\n")
    got = figures(page, FIELDS, meta=NEWS)
    assert ("fiscal_revenue_growth", 2022, "target", 5.0) in got
