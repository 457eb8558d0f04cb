"""A line that is only a year (2026年——) dates the targets under it; a report's name with a number before it
(1、2021年某市政府工作报告(全文) …) is a title run into the text, not the year its paragraph is about; and a
GDP-based intensity (单位生产总值二氧化碳排放) is no GDP figure (issue 23, classes of set AA). Made-up texts of this
file's own wording; negatives: a year line's own figures, and a GDP growth beside the intensities."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
CONGRESS = ("某市人代会开幕\n2月4日上午,某市第九届人民代表大会第六次会议开幕。代市长作政府工作报告。报告分三个部分:{a}年工作回顾、"
            "“十五五”时期目标任务、{b}年重点工作。\n{a}年{s}\n全市生产总值增长5.1%\n报告说,{a}年是砥砺奋进的一年,全市生产总值"
            "增长5.1%,目标任务全面完成。\n{b}年{s}\n锚定“十五五”,生产总值预期目标增长{g}%以上\n报告提出今年全市经济社会发展"
            "主要预期目标:生产总值增长{g}%以上,一般公共预算收入增长3%左右。")


@pytest.mark.parametrize("a, s, g", [(2025, "——", 5.5), (2020, "——", 6.0), (2022, ":", 6.5), (2017, "—", 7.0),
                                     (2015, "——", 7.5)])
def test_a_line_that_is_only_a_year_dates_the_targets_under_it(a, s, g):
    got = {f for f in figures(CONGRESS.format(a=a, b=a + 1, s=s, g=g), FIELDS) if f[2] == "target"}
    assert got == {("gdp_growth", a + 1, "target", g), ("fiscal_revenue_growth", a + 1, "target", 3.0)}


def test_the_figures_under_the_earlier_year_line_stay_its_outcomes():
    got = figures(CONGRESS.format(a=2020, b=2021, s="——", g=6.0), FIELDS)
    assert ("gdp_growth", 2020, "actual", 5.1) in got
    assert not any(f[1] == 2021 and f[2] == "actual" for f in got)


NUMBERED = ("{y}年某市政府工作报告(全文)\n\n资源描述\n\n{n}{y}年某市政府工作报告(全文) 政府工作报告 {y}年2月19日在某市第五届"
            "人民代表大会第六次会议上 代市长 各位代表: 现在,我代表市人民政府,向大会报告工作。 一、{p}年工作和“十三五”发展回顾 "
            "{p}年是极不平凡的一年。在市委的坚强领导下,全市上下扎实工作。全年GDP增长{g}%,一般公共预算收入增长1.9%。")


@pytest.mark.parametrize("y, n, g", [(2021, "1、", 4.2), (2019, "1. ", 7.1), (2016, "1、", 8.3), (2014, "2、", 9.6),
                                     (2023, "1.", 5.4)])
def test_a_numbered_report_name_does_not_date_its_paragraph(y, n, g):
    got = {f for f in figures(NUMBERED.format(y=y, p=y - 1, n=n, g=g), FIELDS) if f[0] == "gdp_growth"}
    assert got == {("gdp_growth", y - 1, "actual", g)}


@pytest.mark.parametrize("intensity", ["单位生产总值二氧化碳排放降低3.5%", "单位生产总值二氧化碳排放下降2.8%",
                                       "单位GDP二氧化碳排放下降4%", "单位GDP二氧化碳排放降低3%左右",
                                       "单位地区生产总值二氧化碳排放降低3.2%"])
def test_an_intensity_per_unit_of_gdp_is_no_gdp_figure(intensity):
    text = f"某县2024年政府工作报告\n今年主要预期目标:地区生产总值增长6%左右,{intensity}。"
    got = {f for f in figures(text, FIELDS) if f[0] == "gdp_growth"}
    assert got == {("gdp_growth", 2024, "target", 6.0)}
