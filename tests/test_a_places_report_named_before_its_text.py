"""A report's name, with its place, run into its text (…(安徽省)2018年某某县人民政府工作报告(全文) 各位代表:…预计,全年实现
地区生产总值453.5亿元), as a reposting site gives it: the name's year is the report's, so the outcomes its review gives are
of the year before, as they are after 2018年政府工作报告 without a place. Read as the paragraph's year, they were charted a
year late on a page restamped years later (issue 23, found by renaming each development text's review heading).
Negatives: a name with no bracketed prefix keeps its reading, and a page dated by its own stamp is unchanged.
Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
META = {"region": "铜山区"}
PAGE = ("某网 政府报告\n\n公文搜 2021-07-27 16:58:48 政府报告\n\n{name} 各位代表:现在,我代表县人民政府,向大会报告工作,请予审议。"
        "一、{y}年主要工作 一年来,全县上下攻坚克难。预计,全年实现地区生产总值453.5亿元,增长9%;一般公共预算收入32.1亿元,增长8.2%。\n")


def charted(name: str, year: int) -> set[tuple]:
    return figures(PAGE.format(name=name, y=year), FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("name,reviewed", [
    ("(安徽省)2018年长丰县人民政府工作报告(全文)", 2017), ("(浙江省)2016年淳安县人民政府工作报告", 2015),
    ("【江西省】2020年某市政府工作报告", 2019), ("(湖南省)2017年某某县人民政府工作报告(全文)", 2016),
    ("[四川省]2019年某区人民政府工作报告", 2018),
])
def test_the_outcomes_are_of_the_year_before_the_reports(name, reviewed):
    got = charted(name, reviewed)
    assert ("gdp", reviewed, 453.5) in got and not any(f[1] == reviewed + 1 for f in got)


@pytest.mark.parametrize("name,reviewed", [("2019年某某县人民政府工作报告", 2018), ("2021年某区政府工作报告", 2020)])
def test_a_name_opening_the_line_is_no_year_of_its_figures(name, reviewed):
    assert not any(f[1] == reviewed + 1 for f in charted(name, reviewed))
