"""A chart's data under captions of other shapes than a span's level and growth: a year written without 年
(2013:198.5亿元,+9.6%), a caption of growth alone (…社会消费品零售总额增长速度 / 2018年 增长5.2%), of one year's parts
(2021年分季度地区生产总值累计增速(%) / 一季度:12.8), of a part's run since (2024年以来…累计增速(%) / 1—2月 5.1), and of
shares or a structure (…三次产业增加值占地区生产总值比重 / 2019年:第一产业8.7%,…,第三产业53.0%). Each line is read as its
year's or part's figure of the caption's indicator. Before, such lines were lost (issue 23, class 3: structure; made-up
set jz). Negatives: a line naming no year or part under a caption of several years is left; a caption naming no
indicator leaves its lines. Made-up bulletins in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
META = {"region": "鸡西市"}
HEAD = "鸡西市2024年国民经济和社会发展统计公报\n鸡西市统计局 2025-04-08\n\n一、综合\n\n"


@pytest.mark.parametrize("chart, want", [
    ("图1 2013—2016年地区生产总值及增长速度\n(图表数据)\n2013:198.5亿元,+9.6%\n2014:214.3亿元,+8.3%\n",
     ("gdp_growth", 2013, "year", 9.6)),
    ("图1 2013—2016年地区生产总值及增长速度\n(图表数据)\n2013:198.5亿元,+9.6%\n2014:214.3亿元,+8.3%\n",
     ("gdp", 2014, "year", 214.3)),
    ("图3 2018—2022年社会消费品零售总额增长速度\n2018年 增长5.2%\n2019年 增长4.6%\n2020年 下降8.1%\n",
     ("retail_sales_growth", 2020, "year", -8.1)),
    ("图3 2018—2022年社会消费品零售总额增长速度\n2018年　▲ 5.2%\n2019年　▲4.6%\n2020年　▼8.1%\n",
     ("retail_sales_growth", 2018, "year", 5.2)),
    ("图2 2021年分季度地区生产总值累计增速(%)\n一季度:12.8\n上半年:10.1\n前三季度:8.2\n全年:6.9\n",
     ("gdp_growth", 2021, "H1", 10.1)),
    ("图2 2024年以来全市规模以上工业增加值累计增速(%)\n1—2月 5.1\n1—3月 6.3\n1—4月 7.0\n",
     ("industrial_va_growth", 2024, "M1-M4", 7.0)),
    ("图2 2019—2023年三次产业增加值占地区生产总值比重\n2019年:第一产业8.7%,第二产业38.3%,第三产业53.0%\n"
     "2020年:第一产业9.1%,第二产业38.3%,第三产业52.6%\n", ("tertiary_share", 2020, "year", 52.6)),
])
def test_each_line_is_its_years_or_parts_figure(chart, want):
    assert want in figures(HEAD + chart + "\n二、农业\n", FIELDS, meta=META, charted=True)


def test_a_caption_naming_no_indicator_leaves_its_lines():
    chart = "图4 2019—2023年粮食产量及增长速度\n2019:198.5万吨,+2.6%\n2020:201.3万吨,+1.4%\n"
    got = figures(HEAD + chart + "\n二、农业\n", FIELDS, meta=META, charted=True)
    assert not any(f[3] in (2.6, 1.4) for f in got)
