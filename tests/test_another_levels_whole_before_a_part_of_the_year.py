"""Another level's whole followed by a part of the year before the name (全自治区1—2月规模以上工业增加值增长7.0%, 全省一季度
…, 全市前三季度…): the figure is that level's, as with a year there (全市2024年…). Before, the part's digits hid the whole,
and the region's figure was charted as the county's (issue 22, class 5: other places; made-up set ka). Negatives: the
place's own whole before a part (全旗1—2月…) stays the place's. Made-up monthly reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
META = {"region": "伊金霍洛旗"}
HEAD = "伊金霍洛旗2025年1—2月统计月报\n伊金霍洛旗统计局 2025年3月14日\n\n"


@pytest.mark.parametrize("sentence, value", [
    ("全自治区1—2月规模以上工业增加值增长7.0%。", 7.0),
    ("全省1—2月固定资产投资增长2.8%。", 2.8),
    ("全省1—2月社会消费品零售总额增长4.4%。", 4.4),
    ("全市1—2月一般公共预算收入下降1.2%。", -1.2),
    ("全国1—2月固定资产投资增长4.1%。", 4.1),
])
def test_the_figure_is_the_other_levels(sentence, value):
    got = figures(HEAD + "全旗规模以上工业增加值增长7.1%。" + sentence + "\n", FIELDS, meta=META, charted=True)
    assert not any(f[3] == value for f in got)


def test_our_own_whole_before_a_part_stays_ours():
    got = figures(HEAD + "全旗1—2月规模以上工业增加值增长7.1%。\n", FIELDS, meta=META, charted=True)
    assert ("industrial_va_growth", 2025, "M1-M2", 7.1) in got
