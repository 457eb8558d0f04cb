"""A plan's table of indicators: the column of its base year (2020年基数, 2015年基期值, or the first of its years beside a
type column: 2015年 | 2020年 | 年均增长 | 属性) holds what was done that year, and a column of the plan's yearly average
(规划年均增长) holds no single year's growth. Before, the base was charted as that year's aim and the average as the
year before's growth (issue 23, class 3: tables). Negatives: the aims' column stays an aim. Made-up pages in this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = ("关于临安区国民经济和社会发展第十四个五年规划纲要实施中期评估的报告\n"
        "——2023年10月16日在临安区第二届人民代表大会常务委员会第十次会议上\n"
        "一、“十四五”时期主要目标\n到2025年,全区地区生产总值达到900亿元左右。\n二、主要指标进展\n")


def read(table: str) -> set[tuple]:
    return figures(HEAD + table + "\n", FIELDS, meta={"region": "临安区"}, charted=True)


@pytest.mark.parametrize("header", [
    "指标名称 | 单位 | 2020年基数 | 2025年目标 | 2022年实际 | 评估结论",
    "指标 | 单位 | 2020年基期值 | 2025年目标值 | 2022年完成 | 进度",
    "指标 | 单位 | 2020年(基数) | 2025年规划目标 | 2022年 | 评价",
    "指标 | 单位 | 基期(2020年) | 目标(2025年) | 2022年实际 | 评价",
    "序号指标 | 单位 | 2020年基年值 | 2025年预期目标 | 2022年实现值 | 情况",
])
def test_the_base_column_is_done(header):
    got = read(header + "\n地区生产总值 | 亿元 | 647.2 | 900 | 741.5 | 符合进度\n一般公共预算收入 | 亿元 | 61.3 | 80 | 70.2 | 滞后")
    assert ("gdp", 2020, "actual", 647.2) in got and ("fiscal_revenue", 2020, "actual", 61.3) in got, got
    assert ("gdp", 2025, "target", 900.0) in got, got
    assert not any(y == 2020 and k == "target" for i, y, k, v in got), got


@pytest.mark.parametrize("header", [
    "指标 | 单位 | 2015年 | 2020年 | 年均增长 | 属性",
    "指标 | 单位 | 2015年 | 2020年 | 年均增长(%) | 指标属性",
    "指标名称 | 单位 | 2015年 | 2020年 | 年均增速 | 属性",
    "指标 | 单位 | 2015年 | 2020年 | 年均增长[累计] | 性质",
    "指标 | 计量单位 | 2015年 | 2020年 | 年均增长 | 类型",
])
def test_the_first_year_beside_a_type_column_is_done(header):
    text = ("临安区国民经济和社会发展第十三个五年规划纲要\n(2016年2月26日临安区第一届人民代表大会第五次会议通过)\n"
            "二、“十三五”时期主要目标\n到2020年,地区生产总值力争达到780亿元。\n专栏 主要指标\n" + header + "\n地区生产总值 | 亿元 | 508.4 | 780 | 8%左右 | 预期性\n"
            "一般公共预算收入 | 亿元 | 16.2 | 25 | 9% | 预期性\n")
    got = figures(text, FIELDS, meta={"region": "临安区"}, charted=True)
    assert ("gdp", 2015, "actual", 508.4) in got and ("gdp", 2020, "target", 780.0) in got, got
    assert not any(y == 2015 and k == "target" for i, y, k, v in got), got


@pytest.mark.parametrize("average", ["规划年均增长", "年均增长目标", "年均增速(%)", "“十三五”年均增长", "年均增长率"])
def test_an_average_column_is_no_years_growth(average):
    header = f"指标 | 单位 | 2015年 | 2020年规划目标 | 2020年实际 | {average} | 完成情况"
    text = ("临安区国民经济和社会发展第十三个五年规划纲要实施情况总结评估报告\n发布日期:2021年3月19日\n"
            "一、总体情况\n2019年根据第四次全国经济普查结果对地区生产总值等指标作了修订。\n"
            "二、主要指标完成情况\n" + header + "\n地区生产总值 | 亿元 | 455.2 | 600 | 552.8 | 7.3% | 完成\n"
            "一般公共预算收入 | 亿元 | 36.3 | 50 | 48.5 | 7.3% | 未完成\n注:2015年为规划编制时的数。\n\n三、经济运行情况\n")
    assert not any(v == 7.3 for i, y, k, v in figures(text, FIELDS, meta={"region": "临安区"}))   # not even to review
    assert ("gdp", 2020, "actual", 552.8) in figures(text, FIELDS, meta={"region": "临安区"}, charted=True)
