"""General rules for reports never seen, each with texts written for this test:

1. A numbered heading of a named year's main targets and tasks (二、2026年主要目标任务) opens a plan
   section: the items under it are that year's targets; a heading of how they were done is not.
2. A variant character that OpenCC leaves as it is (陜 for 陕) is made standard by data/char_variants.csv,
   one character for one, so a province written with it is a place.
3. A body named for the decisions a place carries out (落实国务院决策部署) directs: the sentence's figures
   stay the document's own place's.
4. A place named most, with every other place named one above it, is the text's place even when not
   named twice as often (a county's news naming its province's committee).
5. News titled with its own year's government work report (2020年X市政府工作报告解读) speaks of the year
   the report reviews, the year before, in whatever month it is published.
"""

import pytest

from etl.documents import documents_from_text
from etl.errors import InputError
from etl.extract.normalize import normalize_text
from etl.extract.region import read_region
from etl.knowledge.words import read_variants
from tests.extracting import K, figures


def rows(text, meta=None):
    return figures(text, ("indicator", "year", "kind", "value"), meta or {"region": "罗湖区"})


def growth(text, meta=None):
    return {(year, kind, value) for ind, year, kind, value in rows(text, meta) if ind == "gdp_growth"}


NEWS_HEAD = "3月2日上午,区第七届人民代表大会第三次会议开幕,区长作政府工作报告,要点如下:\n一、2025年工作回顾\n全区地区生产总值增长6.1%;\n"


@pytest.mark.parametrize("heading, expected", [
    ("二、2026年主要目标任务", {(2025, "actual", 6.1), (2026, "target", 5.5)}),
    ("(二)2026年主要目标任务", {(2025, "actual", 6.1), (2026, "target", 5.5)}),
    ("三、2026年全区主要预期目标任务", {(2025, "actual", 6.1), (2026, "target", 5.5)}),
    # negatives: how the targets were done, a sentence that completes them, a heading without a year
    ("二、2025年主要目标任务完成情况", {(2025, "actual", 6.1), (2025, "actual", 5.5)}),
    ("二、圆满完成2025年主要目标任务", {(2025, "actual", 6.1), (2025, "actual", 5.5)}),
])
def test_a_heading_of_a_years_main_targets_and_tasks_opens_its_plan(heading, expected):
    assert growth(NEWS_HEAD + heading + "\n全区地区生产总值增长5.5%;\n") == expected


UNITS = K.grammar.units


@pytest.mark.parametrize("text, expected", [
    ("陜西省生产总值增长8%", "陕西省生产总值增长8%"),
    ("國際在線陜西頻道報道", "国际在线陕西频道报道"),
    ("陝西省經濟", "陕西省经济"),                # OpenCC's own
    # negatives: simplified text, and a text without the variant, stay as they are
    ("陕西省生产总值增长8%", "陕西省生产总值增长8%"),
    ("全市地区生产总值增长6%", "全市地区生产总值增长6%"),
])
def test_a_variant_character_opencc_leaves_is_made_standard(text, expected):
    out = normalize_text(text, UNITS, K.grammar.variants)
    assert (out, len(out)) == (expected, len(text))


def test_without_the_table_the_variant_stays_and_the_table_is_checked(tmp_path):
    assert "陜" in normalize_text("陜西省", UNITS)
    (tmp_path / "char_variants.csv").write_text("variant,standard,note\n陜西,陕西,two characters\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_variants(tmp_path)
    (tmp_path / "char_variants.csv").write_text("variant,standard,note\n陜,陜,the same\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_variants(tmp_path)


def test_a_province_written_with_the_variant_is_its_place():
    text = ("陜西省第十三屆人民代表大會第一次會議在西安開幕,陜西省代省長代表省政府向大會作政府工作報告。\n"
            "報告中指出,2018年全省經濟社會發展主要預期目標是:生産總值增長8%左右。\n")
    doc = documents_from_text(K, text, "case.txt", meta={})[0]
    assert doc.region == "陕西省"


COUNTY = {"region": "上杭县"}


@pytest.mark.parametrize("clause, expected", [
    ("全面贯彻落实党中央、国务院决策部署", {(2024, "actual", 6.6)}),
    ("认真落实国务院各项部署", {(2024, "actual", 6.6)}),
    ("深入贯彻国务院重要指示精神", {(2024, "actual", 6.6)}),
    ("坚决落实国务院的要求", {(2024, "actual", 6.6)}),
    # negatives: the body that publishes or reports is still the sentence's subject (the nation's figure)
    ("国务院公布", set()),
    ("国务院新闻办发布", set()),
])
def test_a_body_whose_decisions_are_carried_out_is_not_the_subject(clause, expected):
    text = f"县政府召开会议\n2024年,{clause},全年实现地区生产总值411.5亿元、增长6.6%。\n"
    assert growth(text, COUNTY) == expected


def _region(text):
    return read_region(text, K.regions, K.gazetteer, None, "http://www.gov.cn/gzdt/x.htm").region


@pytest.mark.parametrize("text, expected", [
    # the county five times, its province three times: the county's news on the nation's portal
    ("神木县去年生产总值过千亿。陕西省委、省政府对神木县作出通报表彰。神木县认真贯彻陕西省委部署,"
     "神木县全年完成生产总值1003亿元。陕西省委希望神木县再接再厲。", "神木市"),
    ("府谷县去年经济增长。陕西省委对府谷县表彰。府谷县贯彻陕西省委部署,府谷县全年完成生产总值。", "府谷县"),
    # negatives: two places of the same level named about as often; the province named as often as the county
    ("神木县去年增长。府谷县去年增长。神木县全年完成生产总值。府谷县全年完成生产总值。", "全国"),
    ("神木县去年增长。陕西省委表彰神木县。陕西省委希望。陕西省全年完成生产总值。", "全国"),
    ("神木县去年增长。陕西省委表彰神木县。榆林市委希望神木县。榆林市全年完成,府谷县也完成。", "全国"),
])
def test_the_place_named_most_under_its_own_parents_is_the_texts(text, expected):
    assert _region(text) == expected


REPORT_NEWS = ("来源:市融媒体中心 发布日期:2020-05-14 17:30 责任编辑:张三\n"
               "一年来,在省委、省政府和市委的坚强领导下,经济社会保持平稳健康发展,较好地完成了各项任务。\n"
               "全市地区生产总值257.02亿元,增长5.2%。\n")


@pytest.mark.parametrize("title, expected", [
    ("2020年文昌市政府工作报告解读(一):经济社会保持平稳健康发展", {(2019, "actual", 5.2)}),
    ("2020年市政府工作报告解读:发展质量好于预期", {(2019, "actual", 5.2)}),
    ("解读2020年政府工作报告", {(2019, "actual", 5.2)}),
    # negatives: a title of no work report, and a title of another year's report, keep the date's year
    ("文昌市经济社会保持平稳健康发展", {(2020, "actual", 5.2)}),
    ("2020年文昌市统计工作会议召开", {(2020, "actual", 5.2)}),
])
def test_news_of_its_own_years_work_report_speaks_of_the_year_before(title, expected):
    text = title + "\n" + REPORT_NEWS
    assert growth(text, {"region": "文昌市"}) == expected
