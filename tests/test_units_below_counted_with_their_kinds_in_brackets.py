"""Units below a place counted with their kinds in brackets (五县(市), 三县(区), 两区(县)) before an indicator's name are
those units, not the place: 分区域看,五县(市)生产总值增速均在8.5%以上 is no growth of the city's. Before, the bracket hid
the kind, and the bound of several counties was charted as the city's growth (issue 22, subjects; made-up set jf).
The city's own figure before them is still charted. Made-up bulletins in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "嘉兴市"}
HEAD = "嘉兴市2013年国民经济和社会发展统计公报\n2014年3月20日\n\n全年全市生产总值3147.7亿元,比上年增长9.0%。"


@pytest.mark.parametrize("sentence", [
    "分区域看,五县(市)生产总值增速均在8.5%以上。",
    "五县(市)地区生产总值均增长8.5%以上。",
    "三县(区)地区生产总值增长8.5%。",
    "两区(县)规模以上工业增加值增长8.5%。",
    "六县(市)固定资产投资均增长8.5%以上。",
    "四县(区)社会消费品零售总额增长8.5%。",
])
def test_the_counted_units_figure_is_not_the_citys(sentence):
    got = figures(HEAD + sentence + "\n", FIELDS, meta=META, charted=True)
    assert not any(v == 8.5 for *_, v in got)
    assert ("gdp_growth", 2013, "actual", 9.0) in got

