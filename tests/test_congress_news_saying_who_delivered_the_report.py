"""News of a congress says who delivered the work report on whose behalf (受自治区人民政府委托,自治区主席…作政府工作报告。
报告分为…) and quotes it (报告指出,…增长2.9%。): it is news, dated by its masthead, and neither of those sentences is its
title. The report itself, whose speaker says he delivers it (受市人民政府委托,我向大会报告…; 各位代表), is still the
report (issue 23, class 1: time from the kind). Made-up pages in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def _news(masthead: str, who: str, place: str) -> str:
    return (f"{masthead}\n\n{place}第十四届人民代表大会第一次会议开幕\n\n"
            f"本报讯(记者 王某)1月12日上午,{place}第十四届人民代表大会第一次会议在首府开幕。\n\n"
            "大会执行主席在主席台前排就座。大会应出席代表600名,出席588名,符合法定人数。\n\n"
            f"受{who}人民政府委托,{who}主席代表{who}人民政府作政府工作报告。报告分为过去五年工作回顾、今年重点工作两个部分。\n\n"
            "报告指出,过去一年,全区地区生产总值增长2.9%,规模以上工业增加值增长4.2%。\n")


CASES = [
    ("某某日报　2023年1月13日　星期五　第1版", "自治区", "广西壮族自治区"),
    ("某某日报　2023年1月13日　第2版", "自治区", "宁夏回族自治区"),
    ("某某日报　2023年1月13日　星期五", "自治区", "西藏自治区"),
    ("某某晚报　2023年1月13日　星期五　A3版", "自治区", "广西壮族自治区"),
    ("某某日报　2023年1月13日　星期五　第3版", "自治区", "新疆维吾尔自治区"),
]


@pytest.mark.parametrize("masthead, who, place", CASES, ids=["weekday-page", "page", "weekday", "evening", "third"])
def test_the_news_is_dated_and_its_quoted_figures_read(masthead, who, place):
    text = _news(masthead, who, place)
    doc = documents_from_text(K, text, "case.txt", meta={"region": place})[0]
    got = figures(text, FIELDS, meta={"region": place}, charted=True)
    assert doc.doc_type == "news" and doc.doc_date == "2023-01-13", (doc.doc_type, doc.doc_date, doc.title)
    assert ("gdp_growth", 2022, "year", "actual", 2.9) in got, got


def test_neither_sentence_is_the_title():
    doc = documents_from_text(K, _news(*CASES[0]), "case.txt", meta={"region": CASES[0][2]})[0]
    assert doc.title == "广西壮族自治区第十四届人民代表大会第一次会议开幕", doc.title


def test_the_speaker_delivering_it_is_the_report():
    text = ("关于某市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n"
            "——2023年1月10日在某市第十七届人民代表大会第二次会议上\n\n各位代表:\n"
            "受市人民政府委托,我向大会报告2022年计划执行情况与2023年计划草案,请予审议。\n")
    doc = documents_from_text(K, text, "case.txt", meta={"region": "桂林市"})[0]
    assert doc.doc_type == "plan report" and doc.doc_date == "2023-01-10", (doc.doc_type, doc.doc_date)


def test_a_budget_report_delivered_on_behalf_is_the_report():
    text = ("某县2022年预算执行情况和2023年预算草案的报告\n\n"
            "受县人民政府委托,现将2022年预算执行情况和2023年预算草案提请大会审议。\n")
    doc = documents_from_text(K, text, "case.txt", meta={"region": "阳朔县"})[0]
    assert doc.doc_type == "plan report", doc.doc_type
