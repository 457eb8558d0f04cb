"""A functional zone within the place (大零号湾科技创新策源功能区, 虹桥商务功能区, 滨江文化功能区) is a part of it: its
figures are not the place's headline, as a park's or a science city's are not. The place's own figure in the clause
before stays the place's (issue 22/23, class 4: parts of the place; made-up set jf). Made-up sentences in this file's
own wording; the word is data/part_scopes.csv's."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "闵行区"}
HEAD = "某区2024年1—11月经济运行情况解读\n\n发布时间:2024-12-20\n\n1—11月,全区固定资产投资增长8.7%。"


@pytest.mark.parametrize("zone", ["大零号湾科技创新策源功能区", "虹桥商务功能区", "滨江文化功能区", "南部科创功能区",
                                  "临港产业功能区"], ids=["dalinghao", "hongqiao", "binjiang", "nanbu", "lingang"])
def test_the_zones_figure_is_no_headline(zone):
    got = figures(HEAD + f"{zone}固定资产投资增长35.2%。\n", FIELDS, meta=META)
    assert not any(f[4] == 35.2 for f in got)
    assert ("fixed_investment_growth", 2024, "M1-M11", "actual", 8.7) in got
