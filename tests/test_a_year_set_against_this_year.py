"""A sentence that names a year and then sets this year against it (2018年全县社会消费品零售总额增长9%,今年目标增长10%):
the aim words after 今年 are this year's, and the figure of the named year before them is that year's outcome, not an aim
of it. Before, the sentence's 今年…目标 made every figure in it a target, and the year gone's growth was charted as its
target (issue 23, kind from structure; found by writing congress news in a few common shapes). On an undated page the
figure said of 今年 right after a named year is not of that year for sure: it waits in review. Negatives: the figure said
of 今年 on a dated page is the date's year's aim, and a sentence with no 今年 after its year keeps its reading.
Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "铜山区"}
DATED = "某县两会召开\n\n发布时间:2019-01-14 11:40\n\n{s}\n"
UNDATED = "某县两会召开\n\n{s}\n"


def charted(text: str) -> set[tuple]:
    return figures(text, FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("page,sentence,outcome", [
    (DATED, "2018年全县社会消费品零售总额增长9%,今年目标增长10%。", ("retail_sales_growth", 2018, "actual", 9.0)),
    (DATED, "2018年全区规模以上工业增加值增长11%,今年力争增长9%。", ("industrial_va_growth", 2018, "actual", 11.0)),
    (UNDATED, "2020年全区一般公共预算收入增长5%,今年预期增长6%。", ("fiscal_revenue_growth", 2020, "actual", 5.0)),
    (UNDATED, "2019年全县社会消费品零售总额增长9%,今年目标增长10%。", ("retail_sales_growth", 2019, "actual", 9.0)),
    (UNDATED, "2021年全区规模以上工业增加值增长11%,今年力争增长9%。", ("industrial_va_growth", 2021, "actual", 11.0)),
])
def test_the_named_years_figure_is_its_outcome(page, sentence, outcome):
    got = charted(page.format(s=sentence))
    assert outcome in got and (outcome[0], outcome[1], "target", outcome[3]) not in got


@pytest.mark.parametrize("sentence,year,value", [
    ("全县2018年经济总量突破300亿元,今年预期目标增长7.5%。", 2018, 7.5), ("某省2018年经济总量破4万亿 今年预期目标增长7.5%", 2018, 7.5),
    ("全区2020年地区生产总值突破500亿元,今年预期增长6.5%左右。", 2020, 6.5), ("全市2016年经济总量迈上千亿台阶,今年目标增长8%。", 2016, 8.0),
    ("某市2019年GDP突破2000亿元 今年预期增长7%", 2019, 7.0),
])
def test_undated_this_years_figure_is_not_charted_under_the_named_year(sentence, year, value):
    assert not any(f[3] == value and f[1] == year for f in charted(UNDATED.format(s=sentence)))


def test_on_a_dated_page_this_years_figure_is_the_dates_aim():
    got = charted(DATED.format(s="全县2018年经济总量突破300亿元,今年预期目标增长7.5%。"))
    assert ("gdp_growth", 2019, "target", 7.5) in got


def test_a_sentence_with_no_this_year_after_its_year_keeps_its_reading():
    got = charted(DATED.format(s="报告提出,2019年全县地区生产总值预期增长7.5%。"))
    assert ("gdp_growth", 2019, "target", 7.5) in got
