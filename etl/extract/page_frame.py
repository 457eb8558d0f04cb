"""Pure: the frame a site puts around a document: the title it prints right below its breadcrumb (首页 > 新闻中心 >
简阳要闻, then 一季度全市经济实现“开门红”…), read there before any line of the site's menus above it, and where its list of
links to other pages begins (相关文件:, 相关阅读, 上一篇), whose titles name other documents, never the page's own."""

from __future__ import annotations

import re

# what sets apart the steps of a line that is a breadcrumb, no title (首页 > 信息公开, X县人民政府 → 政务公开); a step of 首页 »
# … may be the page's title cut short, where no other line is one
CRUMB_MARK = re.compile(r"[>→]")
_BREADCRUMB = re.compile(r"^\s*(?:(?:您的|您当前的|当前)位置\s*[::]?\s*)?首页\s*(?:[>»›]|&gt;).*$", re.M)
_NOT_A_TITLE = re.compile(r"[。!?]|(?:发布|更新)?(?:时间|日期)\s*[::]|来源\s*[::]|\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LINES_AFTER = 3   # the title stands within the few lines below the breadcrumb
_TITLE_CHARS = (6, 80)


def framed_title(text: str, usual: str) -> str:
    """`usual` (the title read from the text's first lines), unless it stands above the site's breadcrumb, among the
    site's own name and menus: then the title right below the breadcrumb, when a line there reads as one."""
    crumb = _BREADCRUMB.search(text, 0, 3000)
    at = text.find(usual) if usual else -1
    if crumb is None or at >= crumb.start() or (usual and at < 0):
        return usual
    return title_below_breadcrumb(text, crumb) or usual


def title_below_breadcrumb(text: str, crumb: re.Match) -> str | None:
    """The first line below the breadcrumb `crumb` that reads as a title (no sentence's stop, no date or source
    line), else None."""
    lines = [ln.strip() for ln in text[crumb.end():crumb.end() + 600].splitlines() if ln.strip()][:_LINES_AFTER]
    first = lines[0] if lines else ""
    fits = _TITLE_CHARS[0] <= len(first) <= _TITLE_CHARS[1] and not _NOT_A_TITLE.search(first) \
        and 2 * len(_CJK.findall(first)) >= len(first)   # mostly words, not a user's handle or a stamp
    return first if fits else None


# … of which some stand only at a page's end, over other pages and readers' words (往期推荐, 精选留言)
_TAIL_WORDS = r"相关推荐|往期(?:推荐|回顾|精选)|猜你喜欢|更多推荐|(?:精选|热门|网友|读者)(?:留言|评论)"
_RELATED = re.compile(r"^\s*[【\[]?(?:相关(?:文件|链接|阅读|新闻|报道|稿件)|推荐阅读|延伸阅读|上一篇|下一篇|" + _TAIL_WORDS + ")", re.M)
# an editor's note opening a paragraph (【编者按】, 编者按:): a reposting account's words, not the item's
_EDITORS_NOTE = re.compile(r"^\s*[【\[]?编者(?:按|的话)[】\]]?\s*[::]?")
# … a heading of what a page's end holds of other pages and of readers' words (往期推荐, 精选留言): its run is no text's
_TAIL = re.compile(r"^\s*[【\[]?(?:" + _TAIL_WORDS + r")[】\]]?\s*[::]?\s*$")


def links_start(text: str, limit: int) -> int:
    """The offset of the first line opening a list of related links within text[:limit], else `limit`."""
    m = _RELATED.search(text, 0, limit)
    return m.start() if m else limit


# a link of a list: a bullet or a number opening it, a headline, and the day it was posted closing it (·涉县召开…会议
# 明年…增长9%  2013-12-22; 3. 某区:…  [12-24]); its figures are another page's, most often another place's
_LINK_DATE = r"[\[(【(]?(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?[\])】)]?"
_LINK_ITEM = re.compile(r"^[ \t\u3000]*[·•●▪◆■▶>]\s*[^\n]{4,80}?[ \t\u3000]+" + _LINK_DATE + r"[ \t\u3000]*$", re.M)
_DATED_LINE = re.compile(r"^[^\n]{4,80}?[ \t\u3000]+" + _LINK_DATE + r"[ \t\u3000]*$")


def drop_link_lists(text: str) -> str:
    """The text without the lines of its lists of related links: a bulleted line closed by its day anywhere, any line
    closed by a day in the run of lines after a related-links heading (相关新闻:), and every line of the run after a
    heading of other pages or readers' words at a page's end (往期推荐, 精选留言); and an editor's note (【编者按】…)."""
    text = _LINK_ITEM.sub("", text) if "·" in text or "•" in text or "●" in text else text
    out, in_links, in_tail = [], False, False
    for line in text.split("\n"):
        if _EDITORS_NOTE.match(line):
            continue   # (【编者按】…: the reposting account's words, often of its own place)
        if _RELATED.match(line):
            in_links, in_tail = True, bool(_TAIL.match(line))
        elif in_links and (_DATED_LINE.match(line) or (in_tail and line.strip())):
            continue   # (after 往期推荐 or 精选留言, every line of its run, dated or not)
        elif line.strip() or in_tail:   # (a tail's run ends at its blank line)
            in_links = in_tail = False
        out.append(line)
    return "\n".join(out)


# a line of a post's topics (#2024某市两会# #政府工作报告#), no title: no space after its first mark, as a heading's (# 标题)
HASHTAGS = re.compile(r"#[^#\s][^#\n]{0,23}#(?:\s*#[^#\n]{1,24}#)*\s*$")
