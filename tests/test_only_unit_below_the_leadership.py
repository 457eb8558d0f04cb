"""A county-level city's text that names its prefecture only in the chain that leads it (认真落实省委…、郑州市委…全会精神)
and names one unit below that prefecture, of its own kind, only once (…建设荥阳实践新局面) is that unit's (issue 22, class
of set AE's unknown). Made-up texts of this file's own wording; negatives: two units below named once each, and a unit
of another kind than the text's own, name no place."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K


def place(text: str) -> str | None:
    return documents_from_text(K, text, "made_up.txt")[0].region


LED = ("今年是关键之年。做好政府工作,要认真落实省委全会暨省委经济工作会议、{c}市委全会暨{c}市委经济工作会议精神,全市上下"
       "团结奋进,开创现代化建设{s}实践新局面。全市地区生产总值增长6%左右,全市居民收入稳步增长。")


@pytest.mark.parametrize("city, short, want", [("郑州", "荥阳", "荥阳市"), ("郑州", "新郑", "新郑市"), ("金华", "义乌", "义乌市"),
                                               ("苏州", "昆山", "昆山市"), ("泉州", "晋江", "晋江市")])
def test_the_only_unit_below_the_leading_city_is_the_place(city, short, want):
    assert place(LED.format(c=city, s=short)) == want


@pytest.mark.parametrize("city, short", [("郑州", "荥阳和新郑"), ("金华", "武义")])
def test_two_units_below_or_another_kind_name_no_place(city, short):
    assert place(LED.format(c=city, s=short)) is None
