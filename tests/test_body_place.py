"""A document whose title and issuer name no place is read by what its body says of itself (issue 22):
a place named in full once and by its short name more often, a place that is the subject of a clause, and
an ordinary word that ends with a county's name. Made-up texts in this file's own wording."""

import pytest

from etl.knowledge import DATA_DIR, load_knowledge
from tests.extracting import region_of

K = load_knowledge(DATA_DIR)
FILLER = "各项工作稳步推进,民生保障持续加强。"


def test_an_ordinary_word_ending_with_a_county_name_is_not_a_mention_of_it():
    assert "范县" not in K.gazetteer.mentions("创建国家级示范县,建成示范县三个。")
    assert K.gazetteer.mentions("范县经济平稳运行,范县财政增收。")["范县"] == 2


@pytest.mark.parametrize("text, place", [
    # named in full once (with its committee), by its short name three more times
    ("绵阳两会特稿\n一年来,在绵阳市委的坚强领导下,全市上下扎实工作。绵阳经济稳中有进,绵阳制造加快发展。"
     "地区生产总值增长6.5%。", "绵阳市"),
    ("回眸这一年\n过去一年,在遵义市委领导下,遵义发展势头良好,遵义人民生活改善。全市生产总值增长5%。", "遵义市"),
])
def test_a_place_named_once_in_full_and_often_by_its_short_name_is_the_texts(text, place):
    assert region_of(text) == place


def test_a_county_text_that_names_its_city_often_is_not_filed_under_the_city():
    text = ("一年来,在绵阳市委的坚强领导下,全县上下团结奋斗。绵阳下达的任务全面完成,绵阳考核位次前移,"
            "县委县政府部署落实有力。全县生产总值增长6%。")
    assert region_of(text) != "绵阳市"


@pytest.mark.parametrize("text, place", [
    ("2023年以来,滨海新区坚持改革开放,经济运行稳中向好。" + FILLER + "地区生产总值增长5%。", "滨海新区"),
    ("全省县域经济考核结果公布。仙桃市进入先进行列,连续多年位居前列。" + FILLER + "生产总值增长7%。", "仙桃市"),
    # the places below it named too: still its own
    ("在党中央坚强领导下,喀什地区认真落实各项部署。全年疏附县、疏勒县增长较快。生产总值增长6%。", "喀什地区"),
])
def test_the_place_a_clause_is_about_is_the_texts(text, place):
    assert region_of(text) == place


@pytest.mark.parametrize("text", [
    # two places are subjects: not told
    "2023年以来,滨海新区坚持改革开放。同期,仙桃市进入先进行列。生产总值增长5%。",
    # the subject is a city, but the text calls itself a county
    "2023年以来,绵阳市坚持改革开放,全县上下共同努力,县委部署有力。生产总值增长5%。",
    # a neighbour named as often as the subject, neither above nor below it
    "2023年以来,滨海新区坚持开放。与仙桃市签订合作协议。生产总值增长5%。",
    # the name after a committee or a number is no subject
    "在党中央领导下,绵阳市委部署有力。生产总值增长5%。",
])
def test_no_place_is_read_where_the_body_does_not_say_clearly(text):
    assert region_of(text) is None


def test_the_head_of_a_chain_of_names_is_not_the_subject():
    text = "山区发展加快,湖北省宜昌市夷陵区全区生产总值增长6%。" + FILLER * 3
    assert region_of(text) != "湖北省"


RANKED = ("2023年是岳阳发展极不平凡的一年。湖南省委部署有力,岳阳港吞吐量列全省第一,岳阳综合评价全省第一,"
          "主要指标保持全省“第一方阵”,岳阳新增企业保持全省第一,岳阳制造提质增效。湖南全年开放加快。")


def test_a_city_ranked_first_in_its_province_is_not_read_as_the_province():
    from etl.extract.self_place import own_kind
    assert own_kind(RANKED) is None or own_kind(RANKED)[0] != "省"
    assert region_of(RANKED) != "湖南省"


@pytest.mark.parametrize("text", [
    "全省上下团结奋斗,全省经济稳中有进。湖南全年生产总值增长5%,湖南外贸加快。",
    "湖南省委、省政府部署有力,全省经济平稳。湖南全年生产总值增长5%。长沙增长较快。",
])
def test_a_province_named_most_is_still_read_as_the_province(text):
    assert region_of(text) == "湖南省"


def test_a_province_named_twice_is_not_read_where_one_of_its_cities_is_named_more():
    text = ("这一年是岳阳发展极不寻常的一年。湖南开放加快,岳阳港吞吐量增长,岳阳制造提质,湖南全年外贸加快,"
            "岳阳新增企业增长,岳阳文旅兴旺。")
    assert region_of(text) != "湖南省"


@pytest.mark.parametrize("text", [
    "日前,省统计局通报了县域经济评价结果,温江位居全省“十强县”,连续多年入选全省十强。温江区经济总量稳步提升,温江发展势头良好。",
    "溧阳再次进入全省前十,全省百强县中位次前移。溧阳市经济平稳,溧阳全年生产总值增长6%。",
])
def test_a_place_ranked_among_its_provinces_best_is_not_read_as_the_province(text):
    from etl.extract.self_place import own_kind
    assert own_kind(text) is None or own_kind(text)[0] != "省"
    assert region_of(text) not in ("四川省", "江苏省")
