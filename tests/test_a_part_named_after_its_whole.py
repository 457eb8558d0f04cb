"""A part named after its whole: a clause opening with 其中 and a word or two before an indicator's name whose whole the
paragraph has given a figure already (全社会固定资产投资1186.42亿元,增长28.0%。其中,城镇固定资产投资(不含农户)1120.53亿元,
增长27.6%) is the whole's part; its figures are not the place's, a second value of the same year. Before, the part's
growth was charted beside the whole's (issue 23, class 4: subjects; a made-up bulletin of set jd). Negatives: the same
name with no whole before it, or after 其中 with no word of a part, is read as before. Made-up bulletins in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "曲靖市"}
HEAD = "曲靖市2013年国民经济和社会发展统计公报\n2014年3月20日\n\n"


def charted(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("body, part", [
    ("全年全社会固定资产投资1186.42亿元,比上年增长28.0%。其中,城镇固定资产投资(不含农户)1120.53亿元,增长27.6%。", 27.6),
    ("全年全社会固定资产投资1186.42亿元,比上年增长28.0%。其中城镇固定资产投资1120.53亿元,增长27.6%。", 27.6),
    ("全年全社会固定资产投资1186.42亿元,比上年增长28.0%,其中:城镇固定资产投资1120.53亿元,增长27.6%。", 27.6),
    ("全年全社会固定资产投资1186.42亿元,比上年增长28.0%。其中,民间固定资产投资612.4亿元,增长31.2%。", 31.2),
    ("全年社会消费品零售总额612.5亿元,增长13.1%。其中,限额以上社会消费品零售总额240.8亿元,增长15.6%。", 15.6),
    ("全年全社会固定资产投资1186.42亿元,比上年增长28.0%。其中,城镇地区固定资产投资1050.2亿元,增长26.9%。", 26.9),
    ("全年社会消费品零售总额612.5亿元,增长13.1%。其中,城镇社会消费品零售总额520.4亿元,增长12.7%。", 12.7),
    ("全年全社会固定资产投资1186.42亿元,比上年增长28.0%。其中城镇固定资产投资完成1120.53亿元,增长27.6%。", 27.6),
    ("全年全社会固定资产投资1186.42亿元,比上年增长28.0%;其中,城镇固定资产投资1120.53亿元,增长27.6%。", 27.6),
])
def test_the_parts_growth_is_not_charted(body, part):
    got = charted(body)
    assert not any(v == part for *_, v in got)
    assert any(v in (28.0, 13.1) for *_, v in got)


def test_with_no_whole_before_the_name_is_read():
    got = charted("全年城镇固定资产投资1120.53亿元,增长27.6%。")
    assert ("fixed_investment_growth", 2013, "actual", 27.6) in got


def test_another_indicator_after_qizhong_is_read():
    got = charted("全年地区生产总值1820.3亿元,增长10.1%。其中,全年规模以上工业增加值增长12.4%。")
    assert ("industrial_va_growth", 2013, "actual", 12.4) in got
