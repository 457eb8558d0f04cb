"""Three rules from set T, in texts written for this test:

1. A page stamped long after the Party meeting that followed the latest one its text cites (更新时间 2018 on a text
   guided by 十八届三中、四中全会精神) is a later copy: the stamp does not date its figures, which go unread or to
   review rather than under the copy's year (a sidecar's date, when there is one, dates them). A congress cited alone bounds the text only by the next congress; a
   link to another item, or a meeting cited as a starting point (十八大以来), bounds nothing.
2. An average in a review of the past five years, whose sentence opens with the year after the span the item's date
   implies (an October item: 过去五年… "2021年,全县…年均增长6.9%"), is over the five years ending in that year.
3. A development and reform bureau before the title's report (X县发改局…) is its issuer, and outweighs the site.
"""

import pytest

from etl.documents import documents_from_text
from etl.extract.copy_date import cited_meetings, copied_later
from etl.extract.region import read_region
from etl.knowledge import load_knowledge
from tests.extracting import figures

K = load_knowledge()
MEETINGS = K.document_types.meetings
TARGETS = ("经济社会发展主要预期目标是:全区地区生产总值增长10%,全社会固定资产投资增长20%,"
           "社会消费品零售总额增长13.5%。\n")


def page(stamp, guide):
    return f"更新时间:{stamp} 10:09作者:编辑\n今年政府工作的总体要求是:全面贯彻{guide}精神,坚持稳中求进。\n" + TARGETS


@pytest.mark.parametrize("stamp, guide", [
    ("2018-07-01", "党的十八大和十八届三中、四中全会"),
    ("2019-03-02", "党的十八届五中全会"),
    ("2024-05-26", "党的十九大和十九届二中、三中、四中、五中全会"),
    ("2016-01-05", "党的十七届六中全会"),
    ("2023-01-10", "党的十八大"),
])
def test_a_page_stamped_long_after_its_texts_guide_is_a_later_copy(stamp, guide):
    doc = documents_from_text(K, page(stamp, guide), "copy.txt", meta={"region": "罗湖区"})[0]
    assert doc.doc_date is None
    assert any("later copy" in w for w in doc.warnings)
    stamped_year = int(stamp[:4])
    assert not any(f[1] == stamped_year for f in figures(page(stamp, guide), ("indicator", "year"), meta={"region": "罗湖区"}))


@pytest.mark.parametrize("stamp, guide", [
    ("2015-03-01", "党的十八大和十八届三中、四中全会"),   # written and stamped before the next plenum
    ("2016-09-30", "党的十八届五中全会"),                  # within a year of the next plenum
    ("2021-08-25", "党的十九大"),                          # a congress alone is cited for five years
    ("2022-01-08", "党的十九大和十九届历次全会"),
    ("2020-06-01", "党的十八大以来"),                      # a starting point, not a guide
])
def test_a_page_stamped_while_its_guide_was_current_keeps_its_date(stamp, guide):
    doc = documents_from_text(K, page(stamp, guide), "page.txt", meta={"region": "罗湖区"})[0]
    assert doc.doc_date == stamp


def test_the_meetings_a_text_cites():
    text = "全面贯彻党的十九大和十九届二中、三中、四中全会精神。\n下一条:解读二十大精神\n十八大以来,全区经济增长。"
    assert cited_meetings(text) == {("十九", 0), ("十九", 2), ("十九", 3), ("十九", 4)}


def test_a_sidecar_date_dates_a_later_copy():
    doc = documents_from_text(K, page("2018-07-01", "党的十八届三中、四中全会"), "copy.txt",
                              meta={"region": "罗湖区", "date": "2015-01-20"})[0]
    assert doc.doc_date == "2015-01-20" and not any("later copy" in w for w in doc.warnings)
    assert copied_later("十八届四中全会", None, MEETINGS) is None


REVIEW = ("罗湖区第八届人民代表大会第一次会议开幕\n发布时间:2021-10-27 16:51\n"
          "区长代表区人民政府向大会作工作报告。过去五年,全区较好地完成了各项目标任务。")


@pytest.mark.parametrize("sentence, expected", [
    ("2021年,全区完成固定资产投资157.5亿元,年均增长10.4%。", ("fixed_investment_growth_avg_5yr", 2021, "2017-2021", 10.4)),
    ("2021年,全区地方一般公共预算收入9.56亿元,年均增长7.2%。", ("fiscal_revenue_growth_avg_5yr", 2021, "2017-2021", 7.2)),
    ("2021年,全区社会消费品零售总额120亿元,年均增长8.1%。", ("retail_sales_growth_avg_5yr", 2021, "2017-2021", 8.1)),
    ("2021年,全区完成地区生产总值263.5亿元,年均增长6.9%。", ("gdp_growth_avg_5yr", 2021, "2017-2021", 6.9)),
    ("2021年,全区居民人均可支配收入达到45000元,年均增长8%。", ("disposable_income_growth_avg_5yr", 2021, "2017-2021", 8.0)),
])
def test_an_average_led_by_the_items_own_year_ends_in_it(sentence, expected):
    got = figures(REVIEW + sentence, ("indicator", "year", "period", "value"), meta={"region": "罗湖区"})
    if expected[0] not in {f[0] for f in got}:
        pytest.fail(f"{expected[0]} not read from {sentence}: {got}")
    assert expected in got


@pytest.mark.parametrize("sentence, period", [
    # negatives: no year of its own, or the span's own last year, keeps the paragraph's span
    ("全区固定资产投资年均增长10.4%。", "2016-2020"),
    ("2020年,全区固定资产投资157.5亿元,年均增长10.4%。", "2016-2020"),
])
def test_an_average_without_the_items_year_keeps_the_paragraphs_span(sentence, period):
    got = figures(REVIEW + sentence, ("indicator", "period"), meta={"region": "罗湖区"})
    assert ("fixed_investment_growth_avg_5yr", period) in got


# 3. A development and reform bureau named before the title's report (X县发改局2023年…目标和任务) is its issuer, as a
#    statistics bureau is, and outweighs the site it is posted on.
def region_and_why(text, url=None):
    reading = read_region(text, K.regions, K.gazetteer, None, url)
    return reading.region


AIMS = "\n编稿时间: 2023-02-15 来源: 县发改局\n2023年全县经济社会发展的主要目标是:地区生产总值增长8%以上。\n"


@pytest.mark.parametrize("head, url, region", [
    ("平江县发改局2023年国民经济和社会发展的主要目标和任务", "http://app.miluo.gov.cn/pjx/36798/content_1.html", "平江县"),
    ("宁都县发展和改革委员会2023年国民经济和社会发展计划", "http://www.ganzhou.gov.cn/zfxxgk/c1.html", "宁都县"),
    ("德清县发展和改革局关于2023年国民经济和社会发展的主要目标", "http://www.huzhou.gov.cn/art/1.html", "德清县"),
    ("射洪市发改局2023年经济社会发展主要目标", "http://www.suining.gov.cn/news/1.html", "射洪市"),
    ("潜山市发改局:2023年国民经济和社会发展主要目标", "http://www.anqing.gov.cn/xxgk/1.html", "潜山市"),
    # negatives: a bureau that is no issuer word names nothing; the site's own place is read as before
    ("县农业农村局2023年工作要点", "http://www.miluo.gov.cn/xxgk/1.html", "汨罗市"),
])
def test_a_development_bureau_in_the_title_is_the_issuer(head, url, region):
    assert region_and_why("当前位置: 首页 > 发展规划\n" + head + AIMS, url) == region
