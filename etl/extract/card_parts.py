"""Pure: an illustrated summary's part of the year set on a card of its own line (1—11月 over 规上工业增加值增长9.2%).
Said again above another card (1—11月 … 1—11月), the part labels each card it stands over, not all cards after it:
it is written into the card's line (1—11月规上工业增加值增长9.2%), so the cards after take their page's year. A part said
once stays a heading of what follows (etl/extract/figure_time.py section_part)."""

from __future__ import annotations

import re

from etl.extract.figure_time import PART_LINE


def card_parts_written_in(text: str, names: re.Pattern) -> str:
    """`text` with each part line that the page says twice or more joined to the card line right below it, a line
    that names an indicator (`names`: Knowledge.term_re) and holds a figure; every other line as it is."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    parts = [_part(ln) for ln in lines]
    said = [p for p in parts if p]
    again = {p for p in said if said.count(p) >= 2}
    if not again:
        return text
    out, i = [], 0
    while i < len(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if parts[i] in again and names.search(nxt) and any(c.isdigit() for c in nxt):
            out.append(parts[i] + nxt.strip())
            i += 2
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


_MARKS = re.compile(r"^[^\w(（]*|[\s::]+$")


def _part(line: str) -> str:
    """The part a line of nothing but a part of the year names, as written without its marks (1—11月); or nothing."""
    return _MARKS.sub("", line) if line.strip() and PART_LINE.fullmatch(line) else ""
