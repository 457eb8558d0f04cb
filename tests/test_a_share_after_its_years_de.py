"""A percentage right after its year and 的 (提高到2012年的39.4%, 达到2020年的3.1%): the share or rate of that year, not
a ratio (占全区…的44%, whose 的 closes what it is a part of). Before, every such percentage was dropped as a ratio
(issue 23, class 1: time; made-up sets jt, is). Negatives: a ratio after 占…的 is still no figure. Made-up review
sentences in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "诸城市"}
HEAD = "2013年诸城市政府工作报告\n2013年1月9日在诸城市第十七届人民代表大会第一次会议上\n\n"


@pytest.mark.parametrize("sentence, want", [
    ("五年来,服务业增加值占生产总值比重由2007年的36.8%提高到2012年的39.4%。", ("tertiary_share", 2012, "actual", 39.4)),
    ("五年来,第三产业增加值占比由2007年的33.1%提高到2012年的38.2%。", ("tertiary_share", 2012, "actual", 38.2)),
    ("过去五年,服务业比重从2007年的35.0%上升到2012年的40.6%。", ("tertiary_share", 2012, "actual", 40.6)),
    ("五年来,服务业增加值占地区生产总值比重提高到2012年的41.3%。", ("tertiary_share", 2012, "actual", 41.3)),
    ("五年来,第三产业比重提升至2012年的37.7%,结构持续优化。", ("tertiary_share", 2012, "actual", 37.7)),
])
def test_the_percentage_is_that_years(sentence, want):
    assert want in figures(HEAD + sentence + "\n", FIELDS, meta=META, charted=True)


def test_a_ratio_after_zhan_is_still_none():
    got = figures(HEAD + "2012年,全市服务业增加值占全省的4.4%。\n", FIELDS, meta=META, charted=True)
    assert not any(f[3] == 4.4 for f in got)
