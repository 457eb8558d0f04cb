"""财政总收入 is a total of its own (indicators.csv fiscal_total_revenue): when its local part follows it
(…,其中地方级公共财政收入…), the total is still read. Before, any name followed by 其中地方… was dropped as a revenue
with the upper levels' share. Negatives: a budget revenue followed by its own local part (公共财政收入…其中地方财政预算收入)
is still that share-including total, not read; the local part is read. Made-up reports in this file's own wording
(issue 23, class 7: the indicators people expect)."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
REPORT = "2013年政府工作报告\n——2013年1月15日在长泰县第十六届人民代表大会第二次会议上\n一、2012年工作回顾\n{s}\n"


def charted(sentence: str) -> set[tuple]:
    return figures(REPORT.format(s=sentence), FIELDS, meta={"region": "长泰县"}, charted=True)


@pytest.mark.parametrize("sentence,want", [
    ("全县财政总收入6.8亿元,增长18.2%,其中地方级公共财政收入4.2亿元。", ("fiscal_total_revenue", 2012, "actual", 6.8)),
    ("全县财政总收入6.8亿元,增长18.2%,其中地方级公共财政收入4.2亿元。",
     ("fiscal_total_revenue_growth", 2012, "actual", 18.2)),
    ("财政总收入完成12.5亿元,其中地方一般公共预算收入7.1亿元。", ("fiscal_total_revenue", 2012, "actual", 12.5)),
    ("财政总收入增长9%,其中地方公共财政预算收入增长11%。", ("fiscal_total_revenue_growth", 2012, "actual", 9.0)),
    ("全县财政总收入完成9.6亿元,比上年增长12.5%,其中地方公共财政收入5.8亿元,增长15%。",
     ("fiscal_total_revenue_growth", 2012, "actual", 12.5)),
])
def test_the_total_stands_beside_its_local_part(sentence, want):
    assert want in charted(sentence)


@pytest.mark.parametrize("sentence,never,kept", [
    ("公共财政收入19.84亿元,增长1.8%,其中地方公共财政预算收入13.01亿元。", 19.84, 13.01),
    ("公共财政预算收入30.2亿元,其中地方公共财政预算收入21.5亿元。", 30.2, 21.5),
    ("财政总收入6.8亿元,其中地方级公共财政收入4.2亿元。", 6.8, 4.2),
])
def test_a_budget_revenue_with_its_upper_share_is_still_left(sentence, never, kept):
    got = charted(sentence)
    assert not any(i == "fiscal_revenue" and v == never for i, y, k, v in got)
    assert ("fiscal_revenue", 2012, "actual", kept) in got
