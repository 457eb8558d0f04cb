"""Pure: the part of the year an item reports on, from its head (一季度…经济运行总体平稳, 2018年前三季度江西经济运行…), when
the item is dated just after that part ends: its own year's outcomes not said to be the whole year's are that part's,
as a half year's item's are the half's (etl/extract/when.py, of_the_half)."""

from __future__ import annotations

import re

from etl.extract.patterns import SO_FAR, part_end, part_year_of
from etl.records import Document

_FIRST_FIGURE = re.compile(r"\d\s*[%亿万]")


def lead_part(doc: Document) -> str | None:
    """The one part of a year an item's head (before its first figure) names (一季度…经济运行) when the item is dated one to
    three months after that part ends: its own year's outcomes not said to be the whole year's are that part's."""
    if not doc.doc_date or doc.doc_type in ("government work report", "plan report"):
        return None
    first, _, rest = doc.text[:400].partition("\n")
    text = rest if first.strip() == doc.title.strip() else doc.text[:400]
    part = None
    for head in (doc.title, text[:300]):   # the title, else the text's head below it when the title names no part
        head = head[:_FIRST_FIGURE.search(head + "0%").start()]   # before its first figure, and not of the year so far
        part = part or (None if SO_FAR.search(head) else part_year_of(head, only=True))
    end = part_end(part)
    return part if end and 1 <= int(doc.doc_date[5:7]) - end <= 3 else None
