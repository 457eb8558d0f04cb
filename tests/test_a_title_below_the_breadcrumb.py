"""A site's page: its name, its menus (首页 走进简阳 新闻中心 …), a breadcrumb (首页 > 新闻中心 > 简阳要闻), then the item's own
title (一季度全市经济实现“开门红” 地区生产总值增长6.5%): the title is the line below the breadcrumb, not the longest menu
line above it. Before, a menu was read as the title, and the item lost the part of the year its title names (issue
23, class 1: time from the document). Negatives: a breadcrumb followed by a user's handle and a stamp gives no title
(TUhjnbcbe - 2023/1/28), and a page with no breadcrumb reads its title as before. Made-up pages in this file's own
wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K

MENUS = "简阳市人民政府门户网站\n首页 走进简阳 新闻中心 信息公开 政务服务 政民互动 投资简阳 专题专栏\n新闻中心\n  简阳要闻\n"


def title_of(text: str) -> str:
    return documents_from_text(K, text, "case.txt")[0].title


@pytest.mark.parametrize("crumb,title", [
    ("首页 > 新闻中心 > 简阳要闻", "一季度全市经济实现“开门红” 地区生产总值增长6.5%"),
    ("当前位置:首页 > 新闻中心 > 简阳要闻", "简阳上半年主要经济指标稳中有进"),
    ("您的位置:首页 » 新闻中心 » 简阳要闻", "前三季度全市经济运行情况分析"),
    ("首页 › 政务公开 › 统计信息", "2025年1-5月简阳市主要经济指标"),
    ("首页 > 新闻中心", "简阳一季度固定资产投资增长10.6%"),
    ("首页 > 新闻中心 > 简阳要闻", "简阳:一季度规上工业增加值增长8.2%"),
])
def test_the_line_below_the_breadcrumb_is_the_title(crumb, title):
    text = MENUS + crumb + "\n" + title + "\n2025-04-25 18:06:12 来源:简阳市融媒体中心\n正文第一段。\n"
    assert title_of(text).replace(" ", "") == title.replace(" ", "")


def test_a_handle_below_the_breadcrumb_is_no_title():
    text = "首页 » 常识 » 预防 » 青海省2021年统计公报\nTUhjnbcbe - 2023/1/28 17:34:00\n正文。\n"
    assert "TUhjnbcbe" not in title_of(text)
