"""The tertiary share as reports word it (issue 23, class 7): 服务业 for the tertiary sector, a share of GDP
said as 占地区生产总值的 or after the sector's growth (增长12%,占GDP的23%), and 産 for 产 in traditional mirrors.
Made-up texts in this file's own wording."""

import pytest

from tests.extracting import figures

REVIEW = "罗湖区人民政府工作报告\n——2022年1月12日在罗湖区第七届人民代表大会第二次会议上\n\n一、2021年工作回顾\n\n"


def read(text: str) -> set[tuple]:
    return figures(REVIEW + text, ("indicator", "year", "kind", "value"), meta={"region": "罗湖区"}, charted=True)


@pytest.mark.parametrize("text, share", [
    ("服务业增加值占GDP比重达到61.4%。", 61.4),
    ("第三产业增加值占地区生产总值的62.8%。", 62.8),
    ("第三产业增加值增长9.1%,占GDP的58.2%。", 58.2),
    ("服务业增加值占全区生产总值比重为66.3%。", 66.3),
    ("服务业增加值占比达59%。", 59.0),
])
def test_the_tertiary_share_in_its_wordings(text, share):
    assert ("tertiary_share", 2021, "actual", share) in read(text)


@pytest.mark.parametrize("text", [
    "现代服务业增加值占比达60%。",                 # a part of the services
    "第三产业增加值占全省的15%。",                 # a share of the province's, not of the economy
    "服务业增加值增长8%,达到320亿元。",            # growth and level: no share said
    "生产性服务业增加值占服务业比重提高到70%。",   # a part of the services again
])
def test_no_tertiary_share_where_none_of_the_economy_is_said(text):
    assert not any(f[0] == "tertiary_share" for f in read(text))


@pytest.mark.parametrize("part", ["商务服务业", "金融服务业", "科技服务业", "软件和信息技术服务业"])
def test_a_part_of_the_services_is_no_tertiary_share(part):
    assert not any(f[0] == "tertiary_share" for f in read(f"{part}增加值占GDP比重达到12.5%。"))
