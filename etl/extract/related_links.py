"""Pure: where a page's list of links to other pages begins (相关文件:, 相关阅读, 上一篇): the titles listed there name
other documents (2024年一季度…经济运行情况 under a page of 1-5月), never the page's own."""

from __future__ import annotations

import re

_RELATED = re.compile(r"^\s*[【\[]?(?:相关(?:文件|链接|阅读|新闻|报道|稿件)|推荐阅读|延伸阅读|上一篇|下一篇)", re.M)


def links_start(text: str, limit: int) -> int:
    """The offset of the first line opening a list of related links within text[:limit], else `limit`."""
    m = _RELATED.search(text, 0, limit)
    return m.start() if m else limit
