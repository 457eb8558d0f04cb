"""Pure: the place whose government's own media account publishes a page (X发布, X融媒 on its first line), when the
page's head also names a place above it only as the source of its figures (X市统计局发布各县市区…): the account's place
is the page's, if the page names it more often than that place above."""

from __future__ import annotations

import re

from etl.extract.listed_places import OWN_MEDIA
from etl.knowledge.gazetteer import Gazetteer, short_name

# grammar: an account's name opening a line, before a space, a date or the line's end (丹江口融媒  2024-07-26 20:05)
_ACCOUNT = re.compile(r"^\W*([\u4e00-\u9fff]{2,8}?)(?:" + "|".join(OWN_MEDIA) + r")(?=\s|\d|$)")


def account_below(head_lines: list[str], named: list[str], body: str, gazetteer: Gazetteer) -> list[str]:
    """The unit of the media account on the page's first two lines, when a place `named` at the head is above it
    and the body names the account's unit at least three times and more often than that place."""
    for line in head_lines[:2]:
        m = _ACCOUNT.match(line)
        units = (gazetteer.named(m.group(1)) or gazetteer.by_short(m.group(1))) if m else ()
        if len(units) != 1:
            continue
        unit = units[0]
        mine = body.count(short_name(unit.name) or unit.name)
        above = [p for p in gazetteer.parents(unit) if p.name in named]
        if above and mine >= 3 and all(mine > body.count(short_name(p.name) or p.name) for p in above):
            return [unit.name]
    return []
