"""A yearbook's entry and a statistics page of several years (issue 23, class 1): a title of a yearbook's data (统计资料 ·
…, 2018—2022年全县国民经济主要指标) is a statistics release's, though the entry cites the work report; a year's label in
【】 run into its paragraph (【2024年预期目标】经县人民代表大会审议通过,…) heads it; a numbered heading of a later year's
part (四、2024年1—5月主要指标) gives its figures that year and part. Negatives: a title of one year's indicators keeps its
type, a label of a year's review makes no aims, and a part's heading does not move a figure that names its own year.
Made-up pages in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "period", "kind", "value")
ENTRY = ("某县年鉴(2023)\n{title}\n\n【综述】2022年,全县经济运行总体平稳,主要指标稳中有进,县人民政府工作报告确定的目标任务全面"
         "完成,地区生产总值、一般公共预算收入、社会消费品零售总额等主要指标增速均高于全市平均水平,发展质量持续提升。\n\n表 主要指标\n"
         "指标名称 | 单位 | 2021年 | 2022年\n地区生产总值 | 亿元 | 170.4 | 178.9\n")
LABEL = ("修水县2023年国民经济运行综述\n修水县统计局\n\n2023年,全县地区生产总值186.3亿元,增长5.9%。\n\n{label}经县人民代表大会"
         "审议通过,全县地区生产总值增长6%左右,一般公共预算收入增长3%,固定资产投资增长5%。\n")
PART = ("某县2018—2023年主要经济指标\n发布时间:2024-06-20\n\n一、2023年主要指标\n2023年,全县地区生产总值186.3亿元,增长5.9%。\n\n"
        "{heading}\n全县规模以上工业增加值增长8.4%,固定资产投资增长6.6%;一般公共预算收入5.31亿元,增长4.1%。\n")


@pytest.mark.parametrize("title", ["统计资料 · 2018—2022年全县国民经济主要指标", "统计资料 · 国民经济",
                                   "2018—2022年全县国民经济主要指标", "2019-2023年主要经济指标"])
def test_a_yearbooks_data_is_a_statistics_release(title):
    assert documents_from_text(K, ENTRY.format(title=title), "entry.txt")[0].doc_type == "statistics release"


@pytest.mark.parametrize("label, fact", [
    ("【2024年预期目标】", ("gdp_growth", 2024, "year", "target", 6.0)),
    ("【2024年目标任务】", ("fiscal_revenue_growth", 2024, "year", "target", 3.0)),
    ("【2024年发展目标】", ("fixed_investment_growth", 2024, "year", "target", 5.0)),
])
def test_a_years_label_run_into_its_paragraph(label, fact):
    assert fact in figures(LABEL.format(label=label), FIELDS, meta={"region": "修水县"})


@pytest.mark.parametrize("heading, fact", [
    ("四、2024年1—5月主要指标", ("industrial_va_growth", 2024, "M1-M5", "actual", 8.4)),
    ("四、2024年1—5月主要指标", ("fiscal_revenue", 2024, "M1-M5", "actual", 5.31)),
    ("四、2024年1—8月主要经济指标", ("fixed_investment_growth", 2024, "M1-M8", "actual", 6.6)),
    ("四、2024年1-10月主要指标", ("fiscal_revenue_growth", 2024, "M1-M10", "actual", 4.1)),
    ("四、2024年一季度主要经济指标", ("fixed_investment_growth", 2024, "Q1", "actual", 6.6)),
])
def test_a_later_years_part_heading(heading, fact):
    assert fact in figures(PART.format(heading=heading), FIELDS, meta={"region": "修水县"})


def test_a_title_of_one_years_indicators_keeps_its_type():
    got = documents_from_text(K, ENTRY.format(title="2022年全县国民经济主要指标"), "entry.txt")[0].doc_type
    assert got == "government work report"


def test_a_label_of_a_years_review_makes_no_aims():
    got = figures(LABEL.format(label="【2023年回顾】"), FIELDS, meta={"region": "修水县"})
    assert not any(k == "target" for *_, k, _ in got), got


def test_a_figure_naming_its_own_year_keeps_it_under_a_parts_heading():
    page = PART.format(heading="四、2024年1—5月主要指标").replace("全县规模以上", "2023年全年,全县规模以上")
    assert ("industrial_va_growth", 2023, "year", "actual", 8.4) in figures(page, FIELDS, meta={"region": "修水县"})
