"""An industrial cluster zone (产业集聚区) is a part of the county: its figures (县产业集聚区完成一般公共预算收入3.86亿元,
增长7.4%) are not the county's. Before, they were charted as the county's own (issue 22, other places' figures: a part
of the place). Negatives: the county's figure beside them stays. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "2025年鹿邑县人民政府工作报告\n——2025年1月9日在鹿邑县第十七届人民代表大会第五次会议上\n一、2024年工作回顾\n"


@pytest.mark.parametrize("line,part", [
    ("县产业集聚区完成一般公共预算收入3.86亿元,增长7.4%。", 3.86),
    ("产业集聚区规上工业增加值增长12.3%。", 12.3),
    ("县产业集聚区固定资产投资增长18.5%。", 18.5),
    ("其中,产业集聚区实现一般公共预算收入3.86亿元。", 3.86),
    ("高新技术产业集聚区社会消费品零售总额增长9.1%。", 9.1),
])
def test_the_zones_figure_is_not_the_countys(line, part):
    got = figures(HEAD + "全县地区生产总值增长5.8%。" + line + "\n", FIELDS, meta={"region": "鹿邑县"}, charted=True)
    assert not any(v == part for i, y, k, v in got), got
    assert ("gdp_growth", 2024, "actual", 5.8) in got
