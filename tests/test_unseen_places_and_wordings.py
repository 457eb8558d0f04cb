"""Reports of places and wordings the rules were not written on: a place read from the gazetteer of
every unit of China (never a stray run of characters), names that several places share, and a few
general wordings (structure ratios, multi-year totals, footnote marks, urban income)."""

import pytest

from etl.documents import documents_from_text
from etl.extract.classify import extract_document
from etl.knowledge import load_knowledge

K = load_knowledge()
BODY = "\n过去一年,全区地区生产总值增长5.2%,一般公共预算收入增长3%。\n" + "各项事业稳步推进。" * 20


def region_of(text: str) -> str | None:
    return documents_from_text(K, text, "case.txt")[0].region


def figures(text: str, confidence: str | None = "high") -> set:
    return {(m["indicator"], m["year"], m["kind"], m["value"]) for d in documents_from_text(K, text, "case.txt")
            for m in extract_document(d, K) if confidence is None or m["confidence"] == confidence}


@pytest.mark.parametrize("head, region", [
    ("临潼区人民政府工作报告", "临潼区"),                                   # not in regions.csv: the gazetteer's
    ("——2024年1月9日在桐乡市第十届人民代表大会第四次会议上", "桐乡市"),
    ("就张家港市第十七届人民代表大会第三次会议作报告", "张家港市"),          # never 就张家港市
    ("2023年诸暨市国民经济和社会发展统计公报", "诸暨市"),                     # never 年诸暨市
    ("围场满族蒙古族自治县人民政府工作报告", "围场满族蒙古族自治县"),         # never 自治县
    ("广西壮族自治区人民政府工作报告", "广西壮族自治区"),
    ("长春市朝阳区人民政府工作报告", "长春市朝阳区"),                         # a shared name: the label says whose
    ("北京市朝阳区人民政府2015年政府工作报告", "北京市朝阳区"),
    # a unit renamed or made a district since (data/renamed_units.csv): today's unit
    ("神木县人民政府工作报告", "神木市"),
    ("2013年吴江市国民经济和社会发展统计公报", "吴江区"),
    ("户县第十七届人民代表大会第二次会议", "鄠邑区"),
    ("——在蓟县第十六届人民代表大会第五次会议上", "蓟州区"),
])
def test_a_place_is_a_unit_of_the_gazetteer(head, region):
    assert region_of(head + BODY) == region


@pytest.mark.parametrize("head", [
    "朝阳区第十七届人民代表大会第三次会议",          # two 朝阳区 (北京市, 长春市) and neither city named
    "鼓楼区人民政府工作报告",                         # four of them
    "火星区人民政府工作报告",                         # no such unit
    "年全市人民代表大会",                             # a stray run, not a name
    "某某县人民政府工作报告",
])
def test_no_place_is_read_where_the_text_does_not_tell_one(head):
    assert region_of(head + BODY) is None


def test_an_ambiguous_name_says_why_it_was_left_unknown():
    [doc] = documents_from_text(K, "朝阳区第十七届人民代表大会第三次会议" + BODY, "case.txt")
    assert doc.region is None and any("names 2 places" in w for w in doc.warnings)


def test_a_place_named_again_and_again_in_the_body_is_the_documents():
    text = "【概况】\n2020年,琼山区辖4个街道。琼山区全年地区生产总值完成265.07亿元。琼山区固定资产投资增长10.9%。" + "。" * 30
    assert region_of(text) == "琼山区"


REVIEW = "临潼区2024年政府工作报告\n——2024年1月9日在临潼区第十八届人民代表大会第四次会议上\n一、2023年工作回顾\n"


@pytest.mark.parametrize("sentence, expected", [
    ("三次产业结构调整为13.0:41.0:46.0。", {("tertiary_share", 2023, "actual", 46.0)}),
    ("三次产业结构由15:40:45调整为13.0 : 41.0 : 46.0。", {("tertiary_share", 2023, "actual", 46.0)}),
    ("三次产业比例为2.8:41.1:56.1。", {("tertiary_share", 2023, "actual", 56.1)}),
    ("三次产业结构为1:2:3。", set()),                                 # not shares: they do not add up to 100
    ("城乡收入比为2.1:1.0:1.5。", set()),                             # a ratio, but not the structure
])
def test_a_structure_ratio_gives_the_tertiary_share(sentence, expected):
    assert {f for f in figures(REVIEW + sentence, None) if f[0] == "tertiary_share"} == expected


@pytest.mark.parametrize("sentence, indicator", [
    ("四年来,全区累计完成地区生产总值1425亿元。", "gdp"),
    ("五年来累计实现一般公共预算收入76.6亿元。", "fiscal_revenue"),
    ("过去三年累计完成固定资产投资638亿元。", "fixed_investment"),
])
def test_a_multi_year_total_is_not_a_years_level(sentence, indicator):
    assert not [f for f in figures(REVIEW + sentence, None) if f[0] == indicator]


@pytest.mark.parametrize("sentence, expected", [
    ("全区生产总值[2]825.5亿元,比上年增长6.0%。", ("gdp", 2023, "actual", 825.5)),
    ("全区生产总值[12]825.5亿元。", ("gdp", 2023, "actual", 825.5)),
])
def test_a_footnote_mark_between_a_name_and_its_number_is_passed_over(sentence, expected):
    assert expected in figures(REVIEW + sentence, None)


@pytest.mark.parametrize("sentence, urban, headline", [
    ("城镇居民人均可支配收入43700元。", ("disposable_income_urban", 4.37), False),
    ("城镇常住居民人均可支配收入增长6%。", ("disposable_income_urban_growth", 6.0), False),
    ("全体居民人均可支配收入增长8%。", None, True),
    ("居民人均可支配收入增长8%,其中城镇居民人均可支配收入增长6.5%。", ("disposable_income_urban_growth", 6.5), True),
])
def test_urban_income_is_its_own_series_not_all_residents(sentence, urban, headline):
    found = figures(REVIEW + sentence, None)
    assert (urban is None) or (urban[0], 2023, "actual", urban[1]) in found
    assert bool({f for f in found if f[0] in ("disposable_income", "disposable_income_growth")}) == headline
    assert not {f for f in found if f[0].startswith("disposable_income") and not f[0].endswith("urban")
                and not f[0].endswith("urban_growth") and f[3] in (4.37, 6.0, 6.5)}


NEWS = "临潼区人大会议开幕 2024-01-20 09:00\n区长作政府工作报告。\n"


@pytest.mark.parametrize("text, expected", [
    # a heading of its own opens the targets
    (NEWS + "今年预期目标\n全区生产总值增长6%-6.5%,一般公共预算收入增长5%。\n",
     {("gdp_growth", 2024, "target", 6.0), ("fiscal_revenue_growth", 2024, "target", 5.0)}),
    # 主要预期目标建议为 opens them too, the year before a comma included
    ("临潼区人大会议开幕\n2024年,全区经济社会发展的主要预期目标建议为:地区生产总值增长7%左右。\n",
     {("gdp_growth", 2024, "target", 7.0)}),
])
def test_a_section_of_targets_makes_its_items_targets(text, expected):
    assert expected <= figures(text, None)


def test_an_undated_items_this_year_is_the_year_it_names_with_a_target():
    text = ("临潼区人大会议开幕\n报告提出,2024年全区生产总值增长目标为6%以上。\n"
            "今年全区经济社会发展的主要预期目标是:一般公共预算收入增长5%左右。\n")
    assert ("fiscal_revenue_growth", 2024, "target", 5.0) in figures(text, None)


@pytest.mark.parametrize("late", [
    "会议透露,2023年临潼区地区生产总值增长5.2%。",
    "2023年全区一般公共预算收入增长3%。",
])
def test_a_figure_dated_before_the_plans_year_is_no_target_of_it(late):
    text = NEWS + "今年全区经济社会发展的主要预期目标是:地区生产总值增长6%左右。\n" + late + "\n"
    assert not [f for f in figures(text, None) if f[2] == "target" and f[1] == 2023]
