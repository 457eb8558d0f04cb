"""A mid-term review's table of the plan's indicators that names its aims' column (指标 | 2020年 | 2022年 | 2025年目标 |
年均增速 | 属性): the bare years before the page's date are outcomes, and a row of an average growth under the plan's last
year (地区生产总值年均增长(%) | — | 7.5左右 | 〔6.2〕) is the plan's average aim over its five years. Before, every year
after the first was read as an aim (the 2022 outcome charted as a 2022 target), and the average was charted as one
year's growth target (issue 23, class 3: header semantics). Negatives: a plan's own table (2020年 | 2025年 | 属性)
still aims at its later year. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = ("关于江西省国民经济和社会发展第十四个五年规划纲要实施情况的中期评估报告\n"
        "——2023年9月26日在江西省第十四届人民代表大会常务委员会第五次会议上\n附件:主要指标中期进展情况\n")


def read(header: str, rows: list[str]) -> set[tuple]:
    return figures(HEAD + header + "\n" + "\n".join(rows) + "\n", FIELDS, meta={"region": "江西省"}, charted=True)


@pytest.mark.parametrize("header", [
    "指标 | 2020年 | 2022年 | 2025年目标 | 属性",
    "指标 | 2020年基期值 | 2022年 | 2025年目标值 | 属性",
    "指标 | 2020年 | 2022年 | 2025年规划目标 | 属性",
    "指标名称 | 2020年 | 2022年 | 2025年目标 | 属性",
    "指标 | 2020年 | 2022年 | 2025年规划值 | 属性",
])
def test_the_bare_years_are_done(header):
    got = read(header, ["服务业增加值比重(%) | 48.1 | 49.1 | 52 | 预期性"])
    assert ("tertiary_share", 2022, "year", "actual", 49.1) in got and ("tertiary_share", 2025, "year", "target", 52.0) in got, got


@pytest.mark.parametrize("row", [
    "地区生产总值年均增长(%) | — | 7.5左右 | 〔6.2〕 | 滞后",
    "地区生产总值年均增速(%) | — | 7.5 | 6.2 | 滞后",
    "一般公共预算收入年均增长(%) | — | 7.5 | 6.2 | 滞后",
    "固定资产投资年均增长(%) | — | 7.5 | 6.2 | 滞后",
    "社会消费品零售总额年均增长(%) | — | 7.5 | 6.2 | 符合进度",
])
def test_an_average_row_is_the_plans(row):
    got = read("指标 | 2020年基期值 | 2025年目标值 | 2022年实现值 | 进展情况", [row])
    assert any(p == "2021-2025" and k == "target" and v == 7.5 for i, y, p, k, v in got), got
    assert not any(p == "year" for i, y, p, k, v in got)


def test_a_plans_own_table_aims_at_its_later_year():
    text = ("江西省国民经济和社会发展第十四个五年规划纲要\n2021年2月1日\n指标 | 2020年 | 2025年 | 属性\n"
            "服务业增加值比重(%) | 48.1 | 52 | 预期性\n")
    assert ("tertiary_share", 2025, "year", "target", 52.0) in figures(text, FIELDS, meta={"region": "江西省"}, charted=True)
