"""An app's item heads its parts with emoji and a year (📊 2023年 关键词:跨越, 📈 2024年 全省经济“成绩单”): a heading of a
year before the item's date that names no aim reviews that year, and the figures under it are its outcomes. Before, the
heading was no heading and the outcomes went to review with no year stated near them (issue 23, class 1: time).
Negatives: a heading of the item's own year with an aim's word (🎯 2025年 目标任务) is no review. Made-up pages in this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "重磅!政府工作报告来了\n宁德发布 2025-01-16 08:30\n点击蓝字 关注我们\n1月14日,市八届人大五次会议开幕。\n"


def read(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "宁德市"}, charted=True)


@pytest.mark.parametrize("heading", [
    "📊 2024年 关键词:跨越",
    "📈 2024年 全市经济“成绩单”",
    "✅ 2024年 我们这样走过",
    "🔥2024年 亮点纷呈",
    "🌟 2024年 数说宁德",
])
def test_a_past_years_heading_reviews_it(heading):
    got = read(heading + "\n🔺 地区生产总值3772.4亿元、增长6.3%,总量稳居全省前列;\n🔺 一般公共预算收入212.6亿元,增长5.1%。")
    assert {("gdp", 2024, "actual", 3772.4), ("fiscal_revenue_growth", 2024, "actual", 5.1)} <= got, got


def test_a_heading_of_the_years_aims_is_no_review():
    got = read("🎯 2025年 目标任务\n🔺 地区生产总值增长6%左右;\n🔺 一般公共预算收入增长5%。")
    assert not any(k == "actual" and v in (6.0, 5.0) for i, y, k, v in got), got
