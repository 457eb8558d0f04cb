"""A headline that reports last year and then this year's aim (四川2018年经济总量破4万亿 今年预期目标增长7.5%): 今年 between
the name and its figure is the item's own year, nearer the figure than the year stated before the name; and a page
stamp with the hour (2019年01月14日 11:40 某财网) marks a news item, dated by it (issue 23, class of set AJ: the aim read
as the year before's). Made-up texts of this file's own wording; negatives: a headline without 今年 keeps its stated
year, and one on an undated page gives 今年 no year."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
PAGE = "{title}\n\n{title}\n{stamp} 某财网\n\n1月14日,某省人民代表大会会议开幕,省长作政府工作报告。\n"


@pytest.mark.parametrize("title, stamp, want", [
    ("四川2018年经济总量破4万亿 今年预期目标增长7.5%", "2019年01月14日 11:40", ("gdp_growth", 2019, "target", 7.5)),
    ("湖南2020年经济总量破4万亿 今年预期目标增长6.5%", "2021年01月20日 09:12", ("gdp_growth", 2021, "target", 6.5)),
    ("某省2016年GDP增长7.6% 今年预期目标增长7%", "2017年01月18日 10:05", ("gdp_growth", 2017, "target", 7.0)),
    ("某市2022年生产总值破万亿 今年地区生产总值预期增长6%", "2023年02月08日 15:30", ("gdp_growth", 2023, "target", 6.0)),
    ("某省2019年固定资产投资增长10% 今年全省固定资产投资预期增长8%", "2020年01月15日 08:45", ("fixed_investment_growth", 2020, "target", 8.0)),
])
def test_this_years_aim_in_a_headline_is_the_items_year(title, stamp, want):
    got = figures(PAGE.format(title=title, stamp=stamp), FIELDS, meta={"region": "四川省"}, charted=True)
    assert want in got and (want[0], want[1] - 1, "target", want[3]) not in got


def test_a_headline_without_this_year_keeps_its_year():
    got = figures(PAGE.format(title="四川2018年经济总量破4万亿 增长8%", stamp="2019年01月14日 11:40"), FIELDS,
                  meta={"region": "四川省"})
    assert ("gdp_growth", 2018, "actual", 8.0) in got


def test_an_undated_page_gives_this_year_no_year():
    text = "四川2018年经济总量破4万亿 今年预期目标增长7.5%\n\n1月14日,某省人民代表大会会议开幕。\n"
    got = figures(text, FIELDS, meta={"region": "四川省"}, charted=True)
    assert not {f for f in got if f[3] == 7.5 and f[1] == 2019}
