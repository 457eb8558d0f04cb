"""A news item boxing a work report's figures: its first line dates it by the day the congress opened (2023年1月9日上午,
X市九届人大三次会议开幕), and its short headings open with a year, with or without 年 (2022重点回顾, 2023主要任务): what
follows a heading of the year's work, tasks or aims after the reviewed year is that year's aims. Before, such an item had
no date, its headings no year, and none of its figures were read (issue 23, class 1: congress news). Negatives: a
heading reviewing a year stays a review; a statistics bulletin's title opening with its year opens no aims; a date
later in the text is no congress's opening. Made-up items of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "嘉兴市"}
BOX = "{review}\n地区生产总值增长2.5%\n一般公共预算收入增长3.1%\n{ahead}\n地区生产总值增长6%左右\n一般公共预算收入增长5%\n"
WANT = {("gdp_growth", 2022, "actual", 2.5), ("fiscal_revenue_growth", 2022, "actual", 3.1),
        ("gdp_growth", 2023, "target", 6.0), ("fiscal_revenue_growth", 2023, "target", 5.0)}


def charted(page: str) -> set[tuple]:
    return figures(page, FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("opening", [
    "2023年1月9日上午,嘉兴市九届人大三次会议开幕,市长作政府工作报告。",
    "2023年1月9日下午,嘉兴市第九届人民代表大会第三次会议隆重开幕,听取政府工作报告。",
    "2023年1月9日,嘉兴市九届人大三次会议召开,听取政府工作报告。",
    "2023年1月9日晚,嘉兴市九届人大三次会议在市行政中心举行,市长作政府工作报告。",
    "2023年1月9日,嘉兴市九届人大三次会议隆重开幕,代市长作政府工作报告。",
    "2023年1月9日,在嘉兴市第九届人民代表大会第三次会议上,市长作了政府工作报告,以下是报告全文:",
])
def test_dated_by_the_congress_opening(opening):
    page = opening + "\n" + BOX.format(review="2022年重点回顾", ahead="2023年主要任务")
    assert WANT <= charted(page)


@pytest.mark.parametrize("review,ahead", [
    ("2022重点回顾", "2023主要任务"),
    ("2022年重点回顾", "2023年重点工作"),
    ("2022成绩回顾", "2023年目标任务"),
    ("2022年工作回顾", "2023主要目标"),
    ("回顾2022", "2023年工作安排"),
])
def test_headings_opening_with_their_year(review, ahead):
    page = "2023年1月9日上午,嘉兴市九届人大三次会议开幕,市长作政府工作报告。\n" + BOX.format(review=review, ahead=ahead)
    assert {("gdp_growth", 2023, "target", 6.0), ("fiscal_revenue_growth", 2023, "target", 5.0)} <= charted(page)


def test_a_review_heading_stays_a_review():
    page = "2023年1月9日上午,嘉兴市九届人大三次会议开幕,市长作政府工作报告。\n2022年工作回顾\n地区生产总值增长2.5%\n"
    assert ("gdp_growth", 2022, "actual", 2.5) in charted(page)


def test_a_bulletins_title_opens_no_aims():
    page = ("嘉兴市2022年国民经济和社会发展统计公报\n嘉兴市统计局\n2023年3月20日\n2022年国民经济和社会发展概况\n"
            "全年地区生产总值6739亿元,比上年增长2.5%。\n")
    got = charted(page)
    assert ("gdp", 2022, "actual", 6739.0) in got and not {f for f in got if f[2] == "target"}


def test_a_later_date_is_no_opening():
    page = ("嘉兴市政府工作报告\n" + "过去一年,全市经济运行总体平稳。" * 40 + "\n2023年1月9日上午,市九届人大三次会议开幕。\n"
            "地区生产总值增长6%左右。\n")
    assert not {f for f in charted(page) if f[1] == 2022}
