"""A science and technology city (崖州湾科技城), a science city, a cooperation zone, a business district or an area of a
zone (片区) named as a clause's subject is a part of the place: its figures (某科技城固定资产投资增长21.3%) are not the
place's. Before, they were charted as the district's own (issue 22, a part of the place). Negatives: the district's
figure beside them stays; a word of such an area inside a name that is no subject (科技城建设加快推进) takes no figure
away. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "2025年某区人民政府工作报告\n——2025年1月9日在某区第三届人民代表大会第五次会议上\n一、2024年工作回顾\n"


@pytest.mark.parametrize("line,part", [
    ("海湾科技城固定资产投资增长21.3%。", 21.3),
    ("光谷科学城规上工业增加值增长16.4%。", 16.4),
    ("东部产业合作区一般公共预算收入增长12.7%。", 12.7),
    ("中央商务区社会消费品零售总额增长9.6%。", 9.6),
    ("其中,自贸试验区滨江片区进出口总额增长31.2%。", 31.2),
    ("老城片区社会消费品零售总额增长3.1%。", 3.1),
    ("未来科技城一般公共预算收入增长15.2%。", 15.2),
])
def test_the_areas_figure_is_not_the_districts(line, part):
    got = figures(HEAD + "全区地区生产总值增长5.8%。" + line + "\n", FIELDS, meta={"region": "某区"}, charted=True)
    assert not any(v == part for i, y, k, v in got), got
    assert ("gdp_growth", 2024, "actual", 5.8) in got


def test_an_area_named_in_passing_takes_no_figure_away():
    got = figures(HEAD + "科技城建设加快推进,全区固定资产投资增长7.6%。\n", FIELDS, meta={"region": "某区"}, charted=True)
    assert ("fixed_investment_growth", 2024, "actual", 7.6) in got, got
