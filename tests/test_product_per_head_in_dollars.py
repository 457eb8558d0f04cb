"""Product per head stated in US dollars (人均GDP 2.3万美元; 83650元,折合11866美元) is kept in dollars, on a 万 scale, as
trade is kept in the currency it was stated in: before, a per-head product in dollars was dropped because its indicator
is in 万元 (issue 23, class 7: the extended indicators beside the core ones). The series then carries the dollars on an
axis of their own and a target in one currency is never judged against an outcome in the other. Negatives: a per-head
product in yuan stays in 万元; income per head in dollars is not read. Made-up reports of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "unit")
REPORT = ("平阴县2024年政府工作报告\n——2024年1月12日在平阴县第十八届人民代表大会第三次会议上\n一、2023年工作回顾\n{s}\n")


def charted(sentence: str) -> set[tuple]:
    got = figures(REPORT.format(s=sentence), FIELDS, meta={"region": "平阴县"}, charted=True)
    return {(i, y, k, round(v, 4), u) for i, y, k, v, u in got}


@pytest.mark.parametrize("sentence,value", [
    ("全县地区生产总值310亿元,人均地区生产总值达到2.3万美元。", 2.3),
    ("2023年全县人均GDP为12500美元,比上年提高800美元。", 1.25),
    ("按常住人口计算,人均生产总值8.4万元,按年均汇率折算为11866美元。", 1.1866),
    ("人均地区生产总值1.6万美元,居民人均可支配收入3.1万元。", 1.6),
    ("全年人均GDP达1.35万美元,增长5.1%。", 1.35),
])
def test_an_outcome_per_head_in_dollars(sentence, value):
    assert ("gdp_per_capita", 2023, "actual", value, "万美元") in charted(sentence)


def test_an_aim_per_head_in_dollars():
    page = ("平阴县2024年政府工作报告\n——2024年1月12日在平阴县第十八届人民代表大会第三次会议上\n"
            "今年经济社会发展的主要预期目标是:地区生产总值增长6%左右,人均GDP达到2.2万美元。\n")
    got = figures(page, FIELDS, meta={"region": "平阴县"}, charted=True)
    assert ("gdp_per_capita", 2024, "target", 2.2, "万美元") in got


def test_per_head_in_yuan_stays_in_yuan():
    got = charted("人均地区生产总值8.4万元,增长5%。")
    assert ("gdp_per_capita", 2023, "actual", 8.4, "万元") in got
    assert not {f for f in got if f[0] == "gdp_per_capita" and f[4] != "万元"}


def test_income_per_head_in_dollars_is_not_read():
    got = charted("居民人均可支配收入折合4200美元,增长6%。")
    assert not {f for f in got if f[0] == "disposable_income"}
