"""A numbered heading of a year's review with a subtitle after its colon (一、回顾2015:主要指标增速继续位居全国前列,
二、数说2022:经济总量再上台阶) opens that year's review, as the heading alone (回顾2015) does: the lines below it that name
no year are that year's outcomes, charted, not guessed from the page's date. A subtitle with a figure in it is no such
heading indented as a page sets its paragraphs (issue 23, class 2: kind from structure; made-up set ic). Made-up explainers in this file's own wording."""

import pytest

from etl.extract.label_lines import card_review
from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "贵州省"}
PAGE = ("【解读】关键数字里的新年开局:开好局起好步\n\n发布时间:2016-01-28\n\n\u3000\u30001月26日,省人民代表大会开幕。报告中有哪些关键数字?\n\n"
        "\u3000\u3000{heading}\n\n\u3000\u3000全省地区生产总值达到10502.6亿元,增长10.7%。\n"
        "\u3000\u3000规模以上工业增加值增长9.9%;\n\u3000\u3000固定资产投资10676.7亿元,增长21.6%;\n")


@pytest.mark.parametrize("heading, year", [
    ("一、回顾2015:主要指标增速继续位居全国前列", 2015),
    ("二、数说2015:经济总量迈上新台阶", 2015),
    ("一、盘点2015:稳中有进", 2015),
    ("一、回眸2015:成绩来之不易", 2015),
    ("四、数读2015:亮点纷呈", 2015),
    ("三、2015年成绩单:主要指标好于预期", 2015),
], ids=["huigu", "shushuo", "pandian", "huimou", "shudu", "chengjidan"])
def test_the_lines_below_are_the_years_outcomes(heading, year):
    got = figures(PAGE.format(heading=heading), FIELDS, meta=META, charted=True)
    assert ("industrial_va_growth", year, "actual", 9.9) in got
    assert ("fixed_investment_growth", year, "actual", 21.6) in got


def test_a_subtitle_with_a_figure_is_no_heading():
    assert card_review("一、回顾2015:地区生产总值增长10.7%", 2016) is None
