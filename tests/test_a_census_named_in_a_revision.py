"""A revision of the year before's figure by the national census (2014年地区生产总值根据第三次全国经济普查结果修订为
265.7亿元) is the place's own revised figure: 全国 in the census's name is no subject of the clause (issue 23,
class 5). Negatives: the nation's own figure (全国地区生产总值增长6.9%) is still the nation's. Made-up bulletins in this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")


def read(sentence: str) -> set[tuple]:
    text = ("土默特右旗2015年国民经济和社会发展统计公报\n发布时间:2016-04-08\n一、综合\n"
            "经初步核算,全旗实现地区生产总值286.4亿元,按可比价格计算增长8.3%。\n" + sentence + "\n")
    return figures(text, FIELDS, meta={"region": "土默特右旗"}, charted=True)


@pytest.mark.parametrize("sentence, fact", [
    ("2014年地区生产总值根据第三次全国经济普查结果修订为265.7亿元。", ("gdp", 2014, 265.7)),
    ("2014年地区生产总值经第三次全国经济普查修订为265.9亿元。", ("gdp", 2014, 265.9)),
    ("2012年地区生产总值依据全国经济普查数据核实为231.7亿元。", ("gdp", 2012, 231.7)),
    ("2014年地区生产总值按第三次全国经济普查结果核定为266.2亿元。", ("gdp", 2014, 266.2)),
    ("2013年地区生产总值按照全国经济普查结果修订为248.1亿元。", ("gdp", 2013, 248.1)),
])
def test_the_revision_by_the_census_is_ours(sentence, fact):
    got = read(sentence)
    assert fact in got, got


def test_the_nations_own_figure_stays_the_nations():
    got = read("同期全国地区生产总值增长6.9%。")
    assert ("gdp_growth", 2015, 6.9) not in got, got
