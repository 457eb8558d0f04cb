"""Pure: a document's place from its address: folders and hosts that spell initials, and the place above a host.

Mirrors and portals of local governments file each place's pages under a folder named by the initials
of its short name and of its kind (…/lys/… for a 市 whose short name reads Liao Yang, …/ncxrmzf/… for a
县's people's government). Initials alone are far too ambiguous (lys is several cities), so a folder
only names a place the text also names, of the kind the folder's last letter and the text's own words
(全市, 全县) say, and only when exactly one unit fits; otherwise None. A city's initials then a county-level
unit's (nbyz: 宁波 + 鄞州) are specific enough alone for a text of that unit's kind that speaks of its
government. And a city's site that carries a text calling itself a province (我省) is the province's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from etl.extract.host_place import BODY_INITIALS, host_labels, host_of, without_body
from etl.extract.self_place import kind_of, simplified, speaks_of_government, text_names
from etl.knowledge.gazetteer import Gazetteer, Unit

# the initials of the bodies whose folders follow a place's: its people's government, and those of its sites' hosts
_BODIES = ("rmzf", *BODY_INITIALS)


@lru_cache(maxsize=16)
def _kind_letter(kind: str) -> str:
    from pypinyin import lazy_pinyin  # imported when first needed
    return lazy_pinyin(kind)[0][:1].lower()


def _folders(url: str | None) -> list[str]:
    """The address's folders that may spell initials and a kind: letters only, 3 to 10 of them, each
    also without a body's initials after it (ncxrmzf: ncx)."""
    names = _letter_folders(url)
    return names + without_body(names, 3, _BODIES)


def _letter_folders(url: str | None) -> list[str]:
    try:
        path = urlsplit(url or "").path.lower()
    except ValueError:
        return []
    return [seg for seg in path.split("/") if 3 <= len(seg) <= 10 and seg.isascii() and seg.isalpha()]


def place_of_path_initials(url: str | None, text: str, kind: str | None, gazetteer: Gazetteer) -> Unit | None:
    """The one unit whose short name's initials and kind's initial make a folder of `url` (…/dls/…: a
    市 read Da Lian), that `text` names by its short or full name, of the text's own `kind` when known."""
    text = simplified(text)
    found: dict[str, Unit] = {}
    for folder in _folders(url):
        head, letter = folder[:-1], folder[-1]
        for unit in gazetteer.by_initials(head):
            own = kind_of(unit.name)
            if _kind_letter(own) != letter or (kind is not None and own != kind):
                continue
            if text_names(text, unit, gazetteer):
                found[unit.code] = unit
    return next(iter(found.values())) if len(found) == 1 else None


def _labels(url: str | None) -> list[str]:
    """The host's labels, each also without a body's initials after it, and the address's folders that end with a
    body's initials, without them (…/hzshtqzf/…: hzshtq): a bare folder of four letters is as often a section's
    initials (…/zdjc/…, 重点监测) as two places'; and a city's short host label before each folder (gz.gov.cn/…/lwq/:
    gzlwq, a city's site filing its districts' pages)."""
    host = [lb for lb in host_of(url).split(".") if 4 <= len(lb) <= 12 and lb.isascii() and lb.isalpha()]
    city = [lb for lb in host_labels(url) if 2 <= len(lb) <= 3 and lb.isascii()]
    folders = _letter_folders(url)
    return host + without_body(host, 4, _BODIES) + without_body(folders, 4, _BODIES) + [c + f for c in city for f in folders]


def _spellings(label: str) -> set[str]:
    """`label`, without a kind's initial at its end (…q) and without a city's kind (…s…) after its first two or three
    letters: hzshtq -> hzshtq, hzsht, hzhtq, hzht."""
    out = {label, label[:-1]}
    for k in (2, 3):
        out |= {s[:k] + s[k + 1:] for s in list(out) if len(s) > k + 2 and s[k] == "s"}
    return out


def place_of_city_and_own_initials(url: str | None, text: str, kind: str | None, gazetteer: Gazetteer) -> Unit | None:
    """The one county-level unit whose city's initials and then its own spell a label of the address (nbyz: 宁波 +
    鄞州 = 鄞州区; …/hzshtqzf/…: 汉中市 + 汉台区 and the government), of the kind the text calls its own and
    whose government the text speaks of (区委, 全区); None otherwise. Two places' initials in a row are
    specific where one's are not, so the text need not name it."""
    text = simplified(text)
    found: dict[str, Unit] = {}
    for spelled in {s for label in _labels(url) for s in _spellings(label) if len(s) >= 4}:
        for unit in gazetteer.by_initials(spelled):
            own, parent = kind_of(unit.name), gazetteer.units.get(unit.parent or "")
            if parent is None or unit.level != "district" or (kind is not None and own != kind):
                continue
            if any(parent in gazetteer.by_initials(spelled[:k]) and unit in gazetteer.by_initials(spelled[k:])
                   for k in range(2, len(spelled) - 1)) and speaks_of_government(text, own):
                found[unit.code] = unit
    return next(iter(found.values())) if len(found) == 1 else None


def host_or_above(unit: Unit | None, kind: tuple[str, bool] | None, text: str, gazetteer: Gazetteer) -> Unit | None:
    """The address's place, or the one place above it of the kind the text calls its own (我省 on a city's
    site: the city's province, whose report the site carries), when the text never speaks of itself as the
    address's kind (全市, 我市 beside 全省第3: the city's own text, ranked in its province)."""
    if unit is None or kind is None or kind_of(unit.name) == kind[0] \
            or re.search(f"[全我]{kind_of(unit.name)}", simplified(text)):
        return unit
    above = [p for p in gazetteer.parents(unit) if kind_of(p.name) == kind[0]]
    return above[0] if len(above) == 1 else unit
