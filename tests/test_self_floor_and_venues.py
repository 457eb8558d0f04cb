"""Two general rules of a document's region, each with texts written for this test:

1. A text that calls itself a county-level kind (全县, 我县, 本县, 县委; 全区, 区委; 全旗, 旗委) more often
   than any higher kind is never placed above that kind: not at the province it names twice, nor at the
   city whose committee it follows. It is the unit of that kind it identifies clearly, else unknown.
   A short name inside another unit's full name (河北 of 河北省) names no unit of its own.
   A province's report that says 全省, and a city's that says 全市, stay theirs.
2. A congress named as the venue of what is said (在X…会议期间, …表示) is no issuer when the text is
   about a unit below X that it names at least three times and twice as often as X; X written just
   before that unit's name (苏州昆山市) names the unit. A city's own congress news stays the city's.
"""

import pytest

from etl.extract.self_place import self_floor
from tests.extracting import region_of

FILLER = "各项工作稳步推进。" * 5


@pytest.mark.parametrize("text, region", [
    # the province named twice, the county unnamed: unknown, never the province
    ("今年工作的总体要求\n深入贯彻总书记考察湖南、视察湖南重要讲话精神,认真落实市委全会精神,按照县委九届五次全会部署,"
     "凝聚全县上下力量。" + FILLER, None),
    # the county named once by its short name, its city named too: the county
    ("今年工作的总体要求\n深入贯彻总书记考察浙江、视察浙江重要讲话精神,落实湖州市委全会精神,按照县委十五届四次全会部署,"
     "为建设美丽浙江贡献安吉力量,全县上下齐心协力。" + FILLER, "安吉县"),
    ("今年工作的总体要求\n深入贯彻总书记来川视察、视察四川重要讲话精神,落实成都市委全会部署,按照区委十届六次全会要求,"
     "奋力谱写武侯新篇章,全区上下齐心协力。" + FILLER, "武侯区"),
    # a banner's kind: the autonomous region named twice is above it
    ("今年工作的总体要求\n全面贯彻总书记考察内蒙古重要讲话精神,建设美丽内蒙古,按照旗委全会部署,全旗上下齐心协力。"
     + FILLER, None),
    # traditional characters
    ("今年工作的總體要求\n深入貫徹總書記視察福建、來福建考察重要講話精神,按照縣委全會部署,全縣上下齊心協力。" + FILLER, None),
    # 河北 of 河北省 is not 河北区 of another city
    ("今年工作的总体要求\n落实河北省委全会精神,建设经济强省、美丽河北,按照区委全会部署,全区上下齐心协力。" + FILLER, None),
    # negatives: a province that says 全省 and names a county committee once; a city that says 全市
    ("今年工作的总体要求\n全省上下深入贯彻总书记考察江西重要讲话精神,建设美丽江西,我省经济稳中有进,全省财政收入增长,"
     "压实市县委责任。" + FILLER, "江西省"),
    ("绵阳市政府工作报告\n全市上下认真落实市委全会部署,指导各县委抓好落实,全市经济稳中有进,我市工业增长。" + FILLER,
     "绵阳市"),
])
def test_a_text_that_calls_itself_a_county_is_never_placed_above_it(text, region):
    assert region_of(text) == region


@pytest.mark.parametrize("text, floor", [
    ("按照县委全会部署,全县上下齐心协力,我县经济增长。", "县"),
    ("按照区委全会部署,本区域发展,全区上下齐心协力。", "区"),
    ("全市上下落实市委部署,全市经济增长,指导县委工作。", None),
    ("全省上下落实省委部署,我省经济增长。", None),
    ("社区委员会换届,全县一次。", None),
])
def test_the_county_kind_a_text_calls_itself(text, floor):
    assert self_floor(text) == floor


@pytest.mark.parametrize("text, region", [
    ("在大连市第十五届人民代表大会第六次会议期间,人大代表、大连庄河市委书记接受采访时表示,庄河市将加快港口建设。"
     "据介绍,去年庄河市经济稳中有进,全市地区生产总值增长3%。庄河港扩建成效显现,庄河积极对接国家战略。" + FILLER, "庄河市"),
    ("在湖北省第十四届人民代表大会第二次会议期间,省人大代表、宜昌市夷陵区委书记表示,夷陵区将做强产业。"
     "去年夷陵区经济稳中有进,全区工业增长,夷陵文旅火热。" + FILLER, "夷陵区"),
    ("在成都市第十八屆人民代表大會第三次會議期間,人大代表、成都都江堰市市長接受採訪時表示,都江堰市將建設旅遊城市。"
     "去年都江堰市經濟穩中有進,全市消費回暖,都江堰景區遊客增長。" + FILLER, "都江堰市"),
    # the parent written before the unit's name (苏州昆山市) names the unit, not the parent
    ("在苏州市第十七届人民代表大会第四次会议期间,人大代表、苏州昆山市委书记表示,苏州昆山市将做强制造业。"
     "去年昆山市经济稳中有进,全市工业增长,昆山开发区表现亮眼。" + FILLER, "昆山市"),
    # negatives: the city's own congress news naming one of its county-level cities twice; a congress as the subject
    ("在大连市第十五届人民代表大会第六次会议期间,市长接受采访时表示,大连市将加快建设,全市经济稳中有进,"
     "支持庄河市港口建设,庄河市经济增长。大连市工业回暖。" + FILLER, "大连市"),
    ("大连市第十五届人民代表大会第六次会议开幕\n会上,市长作政府工作报告,全市经济稳中有进,庄河市、瓦房店市增长较快。"
     + FILLER, "大连市"),
])
def test_a_congress_as_the_venue_is_no_issuer_for_a_unit_below_it(text, region):
    assert region_of(text) == region
