"""Where a document's place is read from (issue 22, classes of set AE): a line that is only a unit's full name just
below a section's name (盟市概况 / 包头市) names the place, as a masthead on the first line does; and a text that opens
with its own committee and government leading the whole of its place (2017年,X市委、市政府…带领全市…) is that
place's. Made-up texts of this file's own wording; negatives: a name in a sentence line below, a committee led from
above (在X市委、市政府的领导下) and a committee that leads no 全市 name no place."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K


def place(text: str) -> str | None:
    return documents_from_text(K, text, "made_up.txt")[0].region


BODY = "\n\n2023年是全面贯彻党的二十大精神的开局之年。全市上下在市委、市政府的坚强领导下,凝心聚力抓经济,地区生产总值增长7%。"


@pytest.mark.parametrize("section, name", [("盟市概况", "包头市"), ("市情概况", "赤峰市"), ("地方概况", "鄂尔多斯市"),
                                           ("走进城市", "乌海市"), ("城市简介", "通辽市")])
def test_a_full_name_line_below_a_sections_name_names_the_place(section, name):
    assert place(f"{section}\n\n{name}" + BODY) == name


def test_a_name_inside_a_sentence_line_below_names_no_place():
    assert place("盟市概况\n\n今年包头市和赤峰市经济运行平稳,两地协同发展。" + BODY) is None


OPENING = "{y}年,{c}委、市政府认真学习贯彻党的十九大精神,带领全市各族人民全面落实中央和自治区决策部署,经济稳中向好。"


@pytest.mark.parametrize("year, city", [(2017, "包头市"), (2018, "赤峰市"), (2019, "乌海市"), (2020, "通辽市"),
                                        (2016, "呼伦贝尔市")])
def test_a_text_opening_with_its_own_government_leading_the_whole_is_its(year, city):
    assert place(OPENING.format(y=year, c=city)) == city


@pytest.mark.parametrize("text", [
    "2017年,在包头市委、市政府的坚强领导下,全县上下团结奋进,经济稳中向好。",
    "2017年,包头市委、市政府召开会议,研究部署经济工作。"])
def test_a_government_led_from_or_leading_no_whole_names_no_place(text):
    assert place(text) is None
