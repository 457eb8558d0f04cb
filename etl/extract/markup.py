"""Pure: the marks a converter to Markdown leaves in a copied page (## 一、…, **412.6亿元**, [text](address)), dropped
before the page is read, their words kept. A forum's tags ([b]…[/b]) stay with normalize_text's own pattern."""

from __future__ import annotations

import re

# bold around a number or words (增长**8.5%**, **地区生产总值**): never meant by a Chinese report's own words
_BOLD = re.compile(r"\*\*(?=\S)([^*\n]{1,200}?)(?<=\S)\*\*")
# a heading's marks at a line's start (## 一、2023年工作回顾)
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(?=\S)", re.M)
# a link or an image ([《政府工作报告》](https://…), ![图](…)): the link's words kept, the image dropped
# (an address, not a footnote's mark before a bracket: 生产总值[2](初步核算)11486.51亿元)
_LINK = re.compile(r"(!?)\[([^\]\n]{0,200})\]\((?:https?:|www\.|\.{0,2}/)[^)\s]{0,500}\)")


def strip_markdown(text: str) -> str:
    """`text` without a Markdown converter's marks of bold, headings, links and images."""
    if "**" in text:
        text = _BOLD.sub(r"\1", text)
    if "#" in text:
        text = _HEADING.sub("", text)
    if "](" in text:
        text = _LINK.sub(lambda m: "" if m.group(1) else m.group(2), text)
    return text
