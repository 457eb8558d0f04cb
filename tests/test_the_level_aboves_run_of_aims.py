"""A county's or city's report that quotes the level above's aims as a run of clauses, each a name and its figure
(今年全省地区生产总值增长6%左右,规上工业增加值增长7%以上,固定资产投资增长8%以上,…), or a place of the gazetteer
announcing them (潍坊市提出今年地区生产总值增长6%以上; 吕梁市提出今年全市…: its 全市 is its own): the whole run is the
level above's. Before, only the first clause was known as the province's and the rest were charted as the place's own
aims (issue 22, other places' figures; issue 23, class 4). Negatives: the place's own aims after the quotation, its own
name again in the run (…,我市增长7%), and a run after a gap in points (高于全省1.2个百分点,…) stay the place's.
Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


def plan(region: str, level_word: str, body: str) -> set[tuple]:
    text = (f"2024年{region}人民政府工作报告\n——2024年1月10日在{region}第九届人民代表大会第四次会议上\n"
            f"二、2024年主要预期目标\n{body}\n建议今年{level_word}主要预期目标设定为:地区生产总值增长7%左右,"
            "规上工业增加值增长8.5%,固定资产投资增长10%。\n")
    return figures(text, FIELDS, meta={"region": region}, charted=True)


@pytest.mark.parametrize("region,word,body,theirs", [
    ("仙桃市", "全市", "省委经济工作会议提出,今年全省地区生产总值增长6%左右,规上工业增加值增长7%以上,固定资产投资增长8%以上。",
     {7.5, 6.0, 7.0, 8.0}),
    ("仙桃市", "全市", "今年全省地区生产总值增长6%左右,规上工业增加值增长7%,固定资产投资增长8%以上,社会消费品零售总额增长7.5%。",
     {6.0, 7.0, 7.5}),
    ("寿光市", "全市", "潍坊市提出今年地区生产总值增长6%以上,规上工业增加值增长7%,固定资产投资增长8%。", {6.0, 7.0}),
    ("孝义市", "全市", "吕梁市提出今年全市地区生产总值增长5.5%左右,规上工业增加值增长6%。", {5.5, 6.0}),
    ("博罗县", "全县", "惠州市委提出,今年地区生产总值增长5.5%左右、规上工业增加值增长6%,固定资产投资增长7%。", {5.5, 6.0, 7.0}),
])
def test_the_run_is_the_level_aboves(region, word, body, theirs):
    got = plan(region, word, body)
    own = {("gdp_growth", 2024, "target", 7.0), ("industrial_va_growth", 2024, "target", 8.5),
           ("fixed_investment_growth", 2024, "target", 10.0)}
    assert own <= got and not any(v in theirs and (i, y, k, v) not in own for i, y, k, v in got), got


def test_our_name_again_in_the_run():
    got = plan("仙桃市", "全市", "今年全省地区生产总值增长6%左右,我市规上工业增加值增长9%。")
    assert ("industrial_va_growth", 2024, "target", 9.0) in got


def test_after_a_gap_in_points_ours():
    text = ("2024年仙桃市人民政府工作报告\n——2024年1月10日在仙桃市第九届人民代表大会第四次会议上\n一、2023年工作回顾\n"
            "全市地区生产总值增长7.1%,高于全省1.2个百分点,规上工业增加值增长9.3%。\n")
    assert ("industrial_va_growth", 2023, "actual", 9.3) in figures(text, FIELDS, meta={"region": "仙桃市"}, charted=True)
