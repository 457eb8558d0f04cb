"""A table's caption below the text's first line (表1 2022年全县生产总值及其增长速度) is no title for the whole text: a
bulletin excerpt that opens with its year's review (2023年,全县…) is that year's, even when its table's caption names
another (issue 23, found once set J's texts were at hand again). Made-up texts of this file's own wording; negative: a
text whose first line is the caption keeps it as its title."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "value")
BULLETIN = ("{y}年,在县委县政府坚强领导下,全县上下团结奋进,经济社会持续健康发展,各项事业取得新成效,人民生活水平稳步提高,"
            "发展质量和效益不断提升。\n一、综合\n初步核算,全年全县生产总值414.9亿元,按不变价格计算,同比增长7.4%。\n"
            "{caption}\n单位:亿元\n指 标 | 绝对数 | 比上年增长(%)\n第一产业 | 60.8 | 3.9\n")


@pytest.mark.parametrize("year, caption", [(2023, "表1 2022年全县生产总值及其增长速度"), (2021, "表1 2020年全县生产总值"),
                                           (2019, "附表2 2018年主要经济指标"), (2024, "表3 2023年分行业增加值"),
                                           (2018, "表1 2017年全县生产总值及其增长速度")])
def test_a_caption_below_the_opening_is_no_title(year, caption):
    text = BULLETIN.format(y=year, caption=caption)
    assert documents_from_text(K, text, "case.txt", meta={"region": "利辛县"})[0].title != caption
    assert ("gdp", year, 414.9) in figures(text, FIELDS, meta={"region": "利辛县"}, charted=True)


def test_a_caption_on_the_first_line_is_the_title():
    text = "表1 2022年全县生产总值及其增长速度\n单位:亿元\n指 标 | 绝对数 | 比上年增长(%)\n生产总值 | 414.9 | 7.4\n"
    assert documents_from_text(K, text, "case.txt", meta={"region": "利辛县"})[0].title.startswith("表1 2022年")
