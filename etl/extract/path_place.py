"""Pure: a document's place from a folder of its address that spells the place's initials and kind.

Mirrors and portals of local governments file each place's pages under a folder named by the initials
of its short name and of its kind (…/lys/… for a 市 whose short name reads Liao Yang, …/ncxrmzf/… for a
县's people's government). Initials alone are far too ambiguous (lys is several cities), so a folder
only names a place the text also names, of the kind the folder's last letter and the text's own words
(全市, 全县) say, and only when exactly one unit fits; otherwise None.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from etl.extract.self_place import kind_of, simplified
from etl.knowledge.gazetteer import Gazetteer, Unit

# the initials of the bodies whose folders follow a place's (people's government, government, congress,
# statistics bureau, development and reform commission, political consultative conference)
_BODIES = ("rmzf", "zf", "rd", "tjj", "fgw", "zx")


@lru_cache(maxsize=16)
def _kind_letter(kind: str) -> str:
    from pypinyin import lazy_pinyin  # imported when first needed
    return lazy_pinyin(kind)[0][:1].lower()


def _folders(url: str | None) -> list[str]:
    """The address's folders that may spell initials and a kind: letters only, 3 to 10 of them, each
    also without a body's initials after it (ncxrmzf: ncx)."""
    try:
        path = urlsplit(url or "").path.lower()
    except ValueError:
        return []
    names = [seg for seg in path.split("/") if 3 <= len(seg) <= 10 and seg.isascii() and seg.isalpha()]
    return names + [n[:-len(b)] for n in names for b in _BODIES if n.endswith(b) and len(n) - len(b) >= 3]


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
            if any(name and name in text for name in (gazetteer.counted_names[unit.code], *gazetteer.names_of(unit))):
                found[unit.code] = unit
    return next(iter(found.values())) if len(found) == 1 else None
