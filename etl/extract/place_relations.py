"""Pure: how places relate, for reading a text's region: one inside another, one above the county-level kind a text
calls its own, and a site's place a text never names."""

from __future__ import annotations

from etl.extract.self_place import above_floor
from etl.knowledge.gazetteer import Gazetteer, short_name
from etl.knowledge.places import Regions


def above(name: str, floor: str | None, text: str, gazetteer: Gazetteer) -> bool:
    """`name` is a city or province above the county-level kind the text calls its own."""
    unit = gazetteer.resolve(name, text[:3000]) if floor else None
    return unit is not None and above_floor(unit, floor)


def within(inner: str | None, outer: str, regions: Regions, gazetteer: Gazetteer) -> bool:
    """`inner` is a place below `outer` (every place is below the nation)."""
    if inner is None or inner == outer or regions.is_nation(outer):
        return inner not in (None, outer)
    unit = gazetteer.labelled(inner)
    return unit is not None and any(p.name == outer for p in gazetteer.parents(unit))


def never_named(name: str, body: str, gazetteer: Gazetteer) -> bool:
    """The text never names the address's place (full or short name) and names another three times or more (a Hong
    Kong office's page on 河南, which it names five times): the site is not the text's place."""
    return not named_in(name, body) and max(gazetteer.mentions(body).values(), default=0) >= 3


def named_in(name: str, body: str) -> bool:
    """The text names the place by its full or its short name."""
    return any(n and n in body for n in (name, short_name(name)))


def unnamed_site(name: str) -> str:
    """Why a page of `name`'s site is kept out of every series (never_named)."""
    return (f"the address is {name}'s site, but the text never names it and names other places often: kept out of "
            "every series until a sidecar names its region")


def among_siblings(name: str, body: str, full: dict[str, int], gazetteer: Gazetteer) -> bool:
    """`name` is one of two or more units below the same place that the text names in full (潮安区、饶平县分别入选…), and
    it names that place at least as often as `name` (潮州 three times): a text that never speaks of itself may be the
    parent's, listing its parts, as well as the part's."""
    unit = gazetteer.labelled(name)
    parent = gazetteer.units.get(unit.parent or "") if unit is not None else None
    if parent is None:
        return False
    siblings = [n for n in full if n != name and any(u.parent == parent.code for u in gazetteer.named(n))]
    times = lambda n: body.count(short_name(n) or n)   # noqa: E731
    return bool(siblings) and times(parent.name) >= times(name)
