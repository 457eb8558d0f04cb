"""Pure: the running heads of a PDF's text (the report's name printed over or under each page's number: 某市人民政府工作报告
/ - 2 -), dropped before the page numbers are, so that a page break neither opens a new document (the head is a title's
words) nor stands in the middle of a sentence the break cut; and the text's first line repeated at the head of its
pages, with or without their numbers."""

from __future__ import annotations

import re
from collections import Counter

# a page's number on a line of its own: - 12 -, — 3 —, 第 3 页, 第 4 页 共 12 页; or set far apart after the running head
# or the issuer a footer prints beside it (某县统计局        第2页 共3页)
_PAGE_NUMBER = r"[ \t\u3000]*(?:[^\n。,,;;!?]{1,40}?\S[ \t\u3000]{2,})?(?:[-—]\s*\d{1,3}\s*[-—]|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?)[ \t]*"
PAGE_NUMBER_LINE = re.compile(rf"(?m)^{_PAGE_NUMBER}\n")
_PAGE_NUMBER_ALONE = re.compile(_PAGE_NUMBER)
# a head is short and no sentence, and a head stands beside a page's number on at least two pages
_HEAD_CHARS = range(2, 41)
_NO_HEAD = re.compile(r"[。,,;;!?]|^\s*(?!\d{4}年)[\d(（]")   # (a head may open with its year: 2024年上半年…分析)
_PAGES_AT_LEAST = 2
_NUMBERED = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[章节部篇])")


def _beside_numbers(lines: list[str]) -> list[bool]:
    """For each line, whether the nearest non-blank line above or below it is a page's number."""
    numbered = [bool(_PAGE_NUMBER_ALONE.fullmatch(line)) for line in lines]
    beside, last = [False] * len(lines), False
    for k, line in enumerate(lines):   # the nearest above, then the nearest below, each in one pass
        beside[k], last = last, (numbered[k] if line.strip() else last)
    last = False
    for k in range(len(lines) - 1, -1, -1):
        beside[k], last = beside[k] or last, (numbered[k] if lines[k].strip() else last)
    return beside


def drop_running_heads(text: str) -> str:
    """`text` without the lines that repeat beside page numbers: a line of at most 40 characters that is no sentence
    and no cell of numbers, found beside a page's number on two pages or more, is dropped wherever it stands beside
    one; the same words elsewhere (the report's own title on its first page) are kept."""
    text = _title_repeated(text)
    if "\n" not in text or not PAGE_NUMBER_LINE.search(text):
        return text
    lines = text.split("\n")
    beside = _beside_numbers(lines)
    heads = Counter(line.strip() for k, line in enumerate(lines) if beside[k] and len(line.strip()) in _HEAD_CHARS
                    and not _NO_HEAD.search(line) and not _PAGE_NUMBER_ALONE.fullmatch(line))
    first = re.sub(r"\s", "", next((line for line in lines if line.strip()), ""))
    # (… or once, when it holds the title of the text's first line: 政 府 工 作 报 告 / … / - 2 - / 某市人民政府工作报告(2025))
    drop = {head for head, n in heads.items() if n >= _PAGES_AT_LEAST or (len(first) >= 4 and first in head)}
    if not drop:
        return text
    return "\n".join(line for k, line in enumerate(lines) if not (beside[k] and line.strip() in drop))


def _title_repeated(text: str) -> str:
    """`text` without the later lines that repeat its first line word for word, twice or more: a PDF's title printed
    at the head of each page with no page number beside it (or a bare one, which a table's cells look like); the first
    is the title. Linear."""
    lines = text.split("\n")
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    title = lines[first].strip() if first is not None else ""
    if len(title) not in _HEAD_CHARS or len(title) < 4 or _NO_HEAD.search(title) or _NUMBERED.match(title):
        return text   # (一、2018年工作回顾 first, as a table of contents opens a page: a section's heading, said again below)
    later = {k for k in range(first + 1, len(lines)) if lines[k].strip() == title}
    return "\n".join(line for k, line in enumerate(lines) if k not in later) if len(later) >= _PAGES_AT_LEAST else text
