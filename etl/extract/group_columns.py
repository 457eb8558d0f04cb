"""A column that names whose figure its title's indicator is (城镇居民 | 增速 | 农村居民 | 增速 under a table titled
城乡居民人均可支配收入, places down the side): the column's word put before the title's name names the column's indicator.
Where the catalogue knows that narrower indicator (城镇居民人均可支配收入), the column is its; where the column names a group
the catalogue has no indicator of (农村居民), the column is none of the title's, not the whole's."""

from __future__ import annotations

import re

_NONE = ""   # (the column names a group of no indicator of the catalogue)


def _names(cat, words: str) -> list[tuple[int, int, str]]:
    """(start, end, family) of each name in `words`: an indicator's, or "" for a name of no headline's (农村居民…收入)."""
    return [(m.start(), m.end(), cat.term_family.get(m.group()) or _NONE) for m in cat.term_re.finditer(words)]


def _narrowed(cat, column: str, term: str, family: str) -> str | None:
    """The family `column` + `term` names, the column's end and the term's start written once (城镇居民 + 居民人均…); _NONE
    when they overlap and name no other indicator as a whole; None when the column narrows nothing."""
    for k in range(min(len(column), len(term)), -1, -1):
        if not column.endswith(term[:k]):
            continue
        joined = column + term[k:]
        names = _names(cat, joined)
        if names and names[0][:2] == (0, len(joined)) and names[0][2] != family:
            return names[0][2]   # (城镇 + 居民人均可支配收入; 农村 + …: a name of no headline's, _NONE)
        if k and (not names or names[0][0] > 0):
            return _NONE   # (a group the catalogue has no name for, the whole's name found within it)
    return None


def column_family(cat, title: str, family: str, columns: tuple[str, ...]) -> str | None:
    """The family of a cell under `columns` (its header, and the column it is the growth of) in a table whose `title`
    names `family`: a narrower one a column names, None for a group the catalogue has no indicator of, else `family`."""
    term = next((title[a:b] for a, b, f in _names(cat, title) if f == family), None) if family else None
    for column in columns:
        column = column.strip()
        if term and 2 <= len(column) <= 8:
            found = _narrowed(cat, column, term, family)
            if found is not None:
                return found or None
    return family


# a header's own words before what it says of them (收入增长目标(%), 规上工业): the name it shortens
_HEADER_WORD = re.compile(r"\s*([\u4e00-\u9fff]{2,8}?)(?:实际|预期|计划|年度)?(?:增长|增速|目标|完成|[(%]|$)")


def shortened_in_title(cat, header: str, title: str) -> str | None:
    """The one family among a title's several whose name holds a column's short name (收入增长目标(%) under a title
    naming 地区生产总值、一般公共预算收入…; 规上工业 beside 规模以上工业增加值 and 固定资产投资, its short form written out
    by data/abbreviations.csv): None when no name, or more than one family's, holds it."""
    m = _HEADER_WORD.match(header)
    if not m:
        return None
    word = m.group(1)
    for short, full in cat.abbreviations.items():
        word = word.replace(short, full) if len(short) > 1 else word
    found = {f for a, b, f in _names(cat, title) if f and word in title[a:b]}
    return found.pop() if len(found) == 1 else None


def narrower_in_title(cat, title: str, header: str, family: str) -> str:
    """The family of a title's one indicator whose name holds the name a column gives (图2 …城镇常住居民人均可支配收入及
    增长速度 over a column 人均可支配收入(元)): the column is that narrower indicator's; else `family`."""
    named = [header[a:b] for a, b, f in _names(cat, header) if f == family]
    found = {f for a, b, f in _names(cat, title) if f and f != family and named and named[0] in title[a:b]}
    return found.pop() if len(found) == 1 else family
