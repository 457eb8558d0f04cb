"""A chart's data set out as a table under its caption (图1 2022—2024年地区生产总值及增长速度 / 年份 | 2022年 | … /
总量(亿元) | 681.4 | … / 增速(%) | 2.0 | …): rows named by what they measure alone are the caption's one indicator's, its
level and its growth, each year's. Before, such rows named no indicator and were not read (issue 23, class 3: tables;
made-up set jz). Negatives: a caption naming two indicators gives its measure rows none. Made-up bulletins in this file's
own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
META = {"region": "南岗区"}
HEAD = "南岗区2024年经济运行情况\n南岗区统计局 2025-02-26\n\n"


def chart(caption: str, level_row: str, growth_row: str) -> str:
    return (HEAD + f"{caption}\n年份　　　　　　2022年　2023年　2024年\n{level_row}\n{growth_row}\n\n"
            "全年经济运行总体平稳。\n")


GDP = ("图1　2022—2024年地区生产总值及增长速度", "总量（亿元）　　1381.4　1412.0　1452.5", "增速（%）　　　　2.0　　5.3　　5.4")
RETAIL = ("图2　2022—2024年社会消费品零售总额及增长速度", "总额（亿元）　　736.8　772.3　801.6", "增长（%）　　　　-1.2　　4.8　　3.8")
REVENUE = ("图3　2022—2024年一般公共预算收入及增长速度", "绝对值（亿元）　　31.2　33.5　34.9", "增长速度（%）　　　　-6.1　　7.4　　4.2")


@pytest.mark.parametrize("table, want", [
    (GDP, ("gdp", 2022, 1381.4)),
    (GDP, ("gdp_growth", 2023, 5.3)),
    (RETAIL, ("retail_sales", 2023, 772.3)),
    (RETAIL, ("retail_sales_growth", 2022, -1.2)),
    (REVENUE, ("fiscal_revenue", 2024, 34.9)),
    (REVENUE, ("fiscal_revenue_growth", 2023, 7.4)),
])
def test_the_measure_rows_are_the_captions_indicator(table, want):
    assert want in figures(chart(*table), FIELDS, meta=META, charted=True)


def test_a_caption_naming_two_indicators_gives_none():
    text = chart("图1　2022—2024年地区生产总值和一般公共预算收入", "总量（亿元）　　1381.4　1412.0　1452.5",
                 "增速（%）　　　　2.0　　5.3　　5.4")
    got = figures(text, FIELDS, meta=META, charted=True)
    assert not any(f[2] in (1381.4, 1412.0, 5.3) for f in got)
