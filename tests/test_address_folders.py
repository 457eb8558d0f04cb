"""A place read from a folder of the page's address that spells its initials and its kind (issue 22):
mirrors of local governments' sites file each place's reports under …/dls/… (a 市 read Da Lian) or
…/ajxrmzf/… (a 县 and its people's government). The folder names a place only when the text also names
it, the kind fits the folder's last letter and the text's own words, and exactly one place fits.
Made-up texts in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from etl.knowledge import DATA_DIR, load_knowledge

K = load_knowledge(DATA_DIR)
CITY = "过去一年,全市上下团结奋斗,全市经济稳步推进,民生保障持续加强。"
COUNTY = "过去一年,全县上下团结奋斗,全县经济稳步推进,民生保障持续加强。"
DISTRICT = "过去一年,全区上下团结奋斗,全区经济稳步推进,民生保障持续加强。"
BANNER = "过去一年,全旗上下团结奋斗,全旗经济稳步推进,民生保障持续加强。"
FIGURES = "全年地区生产总值增长6.1%,一般公共预算收入增长5.2%。"


def region_at(text: str, url: str) -> str | None:
    return documents_from_text(K, text, "made_up.txt", meta={"source_url": url})[0].region


@pytest.mark.parametrize("url, text, place", [
    # a 市: its short name's initials and s
    ("http://mirror.example.com/web/zwgk/gzbg/dls/9A8B/index.shtml", CITY + "大连要勇于争先。" + FIGURES, "大连市"),
    ("http://mirror.example.com/web/zwgk/gzbg/sxs/77/index.shtml", CITY + "建设美丽绍兴。" + FIGURES, "绍兴市"),
    # a 县, with its people's government's initials after them
    ("https://portal.example.net/ajxrmzf/tjgb/202003/abc.shtml", COUNTY + "安吉发展迈上新台阶。" + FIGURES, "安吉县"),
    # a 区 and its development and reform commission
    ("http://example.org/gongkai/hsqfgw/gknr/202401/t1.html", DISTRICT + "海曙实践成效明显。" + FIGURES, "海曙区"),
    # a 旗, whose kind reads q too
    ("http://example.org/qxzf/zgeqrmzf/xxgk/1.html", BANNER + "准格尔经济稳中向好。" + FIGURES, "准格尔旗"),
    # a traditional-character text: its kind and name read as simplified
    ("https://portal.example.net/ajxrmzf/tjgb/2/abc.shtml", "過去一年,全縣上下團結奮鬥。安吉發展邁上新臺階。" + FIGURES,
     "安吉县"),
])
def test_a_folder_spelling_the_initials_and_kind_of_a_place_the_text_names_is_the_place(url, text, place):
    assert region_at(text, url) == place


@pytest.mark.parametrize("url, text", [
    # the folder fits 大连市, but the text never names it
    ("http://mirror.example.com/web/zwgk/gzbg/dls/9A8B/index.shtml", CITY + FIGURES),
    # the folder's last letter is a 市's, and 安吉 is a 县
    ("http://mirror.example.com/web/ajs/1/index.shtml", COUNTY + "安吉发展迈上新台阶。" + FIGURES),
    # the text calls itself a 县 (全县), and the folder spells a 市 it names
    ("http://mirror.example.com/web/zwgk/gzbg/dls/9A8B/index.shtml", COUNTY + "大连要勇于争先。" + FIGURES),
    # two cities the text names share the folder's initials (苏州, 随州): either may be the text's
    ("http://mirror.example.com/web/szs/1/index.shtml", CITY + "苏州与随州客商签约。" + FIGURES),
    # a folder of a kind of page, no place's initials (统计公报)
    ("http://mirror.example.com/web/tjgb/1/index.shtml", CITY + "大连要勇于争先。" + FIGURES),
])
def test_initials_in_a_folder_alone_or_of_another_kind_give_no_place(url, text):
    assert region_at(text, url) is None
