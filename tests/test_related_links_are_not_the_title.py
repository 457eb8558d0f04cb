"""A statistics page whose list of related links (相关文件:, 相关阅读, 上一篇) names other releases (2024年一季度…经济运行
情况) below its own figures: the page's title is its own (2024年1-5月份…主要经济指标), and its figures are of its months.
Before, a linked title was read as the page's, and every figure of the page was charted as the first quarter's (issue
23, class 1: the period from the kind of document). Negatives: a page with no list of links keeps its title. Made-up
pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
PAGE = ("荣成市统计局 统计信息\n2024年1-5月份荣成市主要经济指标\n发布日期:2024-06-21 信息来源:荣成市统计局\n"
        "1-5月份,全市经济运行延续恢复向好态势。\n工业生产较快增长。全市规模以上工业增加值同比增长9.4%。\n"
        "财政收入平稳增长。全市一般公共预算收入完成37.82亿元,同比增长4.1%。\n{links}")


@pytest.mark.parametrize("marker", ["相关文件:", "相关阅读", "【相关链接】", "上一篇:", "相关新闻"])
def test_a_linked_title_is_not_the_pages(marker):
    links = f"{marker}\n2024年一季度荣成市经济运行情况\n2023年荣成市国民经济和社会发展统计公报\n"
    got = figures(PAGE.format(links=links), FIELDS, meta={"region": "荣成市"}, charted=True)
    assert ("industrial_va_growth", 2024, "M1-M5", 9.4) in got and ("fiscal_revenue", 2024, "M1-M5", 37.82) in got, got
    assert not any(p == "Q1" for i, y, p, v in got)


def test_a_page_without_links_as_before():
    got = figures(PAGE.format(links=""), FIELDS, meta={"region": "荣成市"}, charted=True)
    assert ("industrial_va_growth", 2024, "M1-M5", 9.4) in got
