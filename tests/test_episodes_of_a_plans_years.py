"""A year named inside a five-year plan's years, in the middle of a clause after a verb ("十二五"时期,某县经受2013年
洪灾考验,…), is an episode of those years, not the year the sentence's figures are about: the figures after it are the
plan's end year's, as without the episode. Before, such a year was read as the paragraph's, and the span's end levels were
filed under it (issue 23, found on set AS after it was measured once). Made-up reviews of this file's own wording.
Negatives: a year that opens its clause (“十三五”开局之年,2016年全县…) or follows 是/为/在 is still the figures' year."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
REVIEW = "某县五年发展综述\n{lead}与2010年比,全县地区生产总值由106.96亿元增加到188.06亿元,年均增长11.9%。\n"
META = {"region": "嫩江县"}


@pytest.mark.parametrize("lead", [
    "“十二五”时期,某县经受2013年洪灾考验,圆满完成各项任务。",
    "“十二五”期间,全县战胜2014年严重旱灾,发展成绩显著。",
    "“十二五”以来,某县承办2012年全省运动会,城市面貌一新。",
    "“十二五”时期,全县抓住2011年撤县设市机遇,加快发展。",
    "“十二五”时期,某县经历2012年特大暴雨袭击,稳中有进。",
])
def test_an_episode_year_does_not_date_the_plans_figures(lead):
    got = figures(REVIEW.format(lead=lead), FIELDS, meta=META)
    assert ("gdp", 2015, 188.06) in got and not any(f[0] == "gdp" and f[2] == 188.06 and f[1] != 2015 for f in got)


@pytest.mark.parametrize("text, want", [
    ("某县发展综述\n“十三五”开局之年,2016年全县地区生产总值实现120.5亿元,增长8.1%。\n", ("gdp", 2016, 120.5)),
    ("某县发展综述\n“十三五”时期是关键五年,在2017年,全县地区生产总值实现130.5亿元,增长8.1%。\n", ("gdp", 2017, 130.5)),
])
def test_a_year_that_opens_its_clause_still_dates_the_figures(text, want):
    assert want in figures(text, FIELDS, meta=META)
