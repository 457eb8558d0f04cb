"""Pure: an illustrated summary's part of the year set on a card of its own line (1—11月 over 规上工业增加值增长9.2%).
Said again above another card (1—11月 … 1—11月), the part labels each card it stands over, not all cards after it:
it is written into the card's line (1—11月规上工业增加值增长9.2%), so the cards after take their page's year. A part said
once stays a heading of what follows (etl/extract/figure_time.py section_part)."""

from __future__ import annotations

import re
from collections import Counter

from etl.extract.figure_time import PART_LINE
from etl.extract.label_lines import lines_joined


def card_parts_written_in(text: str, names: re.Pattern) -> str:
    """`text` with each part line that the page says twice or more joined to the card line right below it, a line
    that names an indicator (`names`: Knowledge.term_re) and holds a figure; every other line as it is."""
    if "\n" not in text:
        return text
    said = Counter(p for p in map(_part, text.split("\n")) if p)
    again = {p for p, n in said.items() if n >= 2}
    if not again:
        return text

    def card(line: str, nxt: str) -> str | None:
        part = _part(line)
        return part + nxt.strip() if part in again and names.search(nxt) and any(c.isdigit() for c in nxt) else None
    return lines_joined(text, card)


_MARKS = re.compile(r"^[^\w(（]*|[\s::]+$")


def _part(line: str) -> str:
    """The part a line of nothing but a part of the year names, as written without its marks (1—11月); or nothing."""
    return _MARKS.sub("", line) if line.strip() and PART_LINE.fullmatch(line) else ""
