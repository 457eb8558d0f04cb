"""Pure: a document's place from its page's address host (panji.gov.cn -> 潘集区; lhqzf.haikou.gov.cn -> 龙华区; the
initials of a unit, alone or after its province's or city's: cqfj.gov.cn -> 奉节县), read only where the text agrees:
it names the unit, or speaks of a government of its kind. Split from etl/extract/self_place.py, which reads how the
text speaks of itself."""

from __future__ import annotations

from urllib.parse import urlsplit

from etl.extract.self_place import kind_of, named_of_kind, ranked_within, simplified, speaks_of_government, text_names
from etl.knowledge.gazetteer import Gazetteer, Unit


def place_of_host_initials(url: str | None, text: str, kind: str | None, gazetteer: Gazetteer) -> Unit | None:
    """The one unit (of the text's own `kind`, when known) that the text names and whose initials are a
    label of the URL's host (hzsc.gov.cn for a 全区 text naming 上城: 杭州市上城区); None otherwise. Initials
    alone are far too ambiguous: the text must name the unit too."""
    labels = _initial_labels(url)
    text = simplified(text)
    found = {u.code: u for lb in labels for u in gazetteer.by_initials(lb)
             if (kind is None or kind_of(u.name) == kind)
             and text_names(text, u, gazetteer)}
    return next(iter(found.values())) if len(found) == 1 else None


def place_of_host_in_province(url: str | None, kind: str | None, gazetteer: Gazetteer, text: str = "") -> Unit | None:
    """The one unit (of the text's own `kind`, when known) whose initials follow its province's initials in a
    label of the URL's host (cqfj.gov.cn: 重庆 + 奉节 = 奉节县); None when none or several are, or when the text
    neither names the unit nor speaks of a government of its kind (区委, 全区: a table of a body's yearbook on
    xjbt is no place's text)."""
    found = {}
    for label in (lb for lb in _initial_labels(url) if len(lb) >= 4):
        provinces = {p.code for p in gazetteer.by_initials(label[:2]) if p.level == "province"}
        cut = 3 if label[2] == "s" and len(label) >= 5 else 2   # with its level word's initial (cqs: 重庆市) or without
        for tail in {label[2:], label[cut:]} if provinces else ():
            found.update({u.code: u for u in gazetteer.by_initials(tail) if any(p.code in provinces for p in gazetteer.parents(u))
                          and (kind is None or kind_of(u.name) == kind)})
    found = found or _media_in_province(url, kind, gazetteer)
    unit = next(iter(found.values())) if len(found) == 1 else None
    if unit is None or kind is not None:
        return unit
    text = simplified(text)
    return unit if speaks_of_government(text, kind_of(unit.name)) or text_names(text, unit, gazetteer) else None


def _media_in_province(url: str | None, kind: str | None, gazetteer: Gazetteer) -> dict[str, Unit]:
    """The units of the text's own `kind` whose initials and news or daily name a label (dsnews) of a host whose other
    label opens with their province's initials (zjol: 浙江): dsnews.zjol.com.cn -> 岱山县. Empty when the kind is unknown."""
    labels = host_labels(url)
    stems = [st for st in without_body(labels, 2, _MEDIA_WORDS) if len(st) <= 4]
    provinces = {p.code for lb in labels if len(lb) >= 3 and not lb.endswith(_MEDIA_WORDS)
                 for p in gazetteer.by_initials(lb[:2]) if p.level == "province"}
    if kind is None or not stems or not provinces:
        return {}
    return {u.code: u for st in stems for u in gazetteer.by_initials(st)
            if kind_of(u.name) == kind and any(p.code in provinces for p in gazetteer.parents(u))}


_KIND_INITIAL = {"q": "区旗", "x": "县", "s": "市"}   # a kind's initial after a unit's own in a host label (lhq)


def place_below_by_host(url: str | None, unit: Unit, gazetteer: Gazetteer) -> Unit | None:
    """The one unit below `unit` whose initials, alone or after the initials of a place above it, and with or without
    its kind's (lhq: 龙华区), are a label of the URL's host (jxfc.gov.cn under 宜春市: 江西 + 丰城 = 丰城市; lhqzf.haikou.gov.cn:
    龙华区); None when none or several are."""
    found = {}
    for label, kinds in ((x, y) for lab in _initial_labels(url) for x, y in ((lab, None), (lab[:-1], _KIND_INITIAL.get(lab[-1])))):
        for cut in range(0, len(label) - 1):
            head, tail = label[:cut], label[cut:]
            for u in gazetteer.by_initials(tail):
                above = gazetteer.parents(u)
                if any(p.code == unit.code for p in above) and (kinds is None or kind_of(u.name) in kinds) and (
                        not head or any(p in gazetteer.by_initials(head) for p in above)):
                    found[u.code] = u
    return next(iter(found.values())) if len(found) == 1 else None


def namesake_by_host(name: str, url: str | None, gazetteer: Gazetteer) -> Unit | None:
    """Of the units sharing `name` (鼓楼区: four cities'), the one whose initials, its city's before its
    own, are a label of the URL's host (njgl.gov.cn: 南京市鼓楼区); None when none or several are."""
    units = gazetteer.named(name)
    if len(units) < 2:
        return None
    for label in sorted(_initial_labels(url), key=len, reverse=True):   # the longest spelling tells most
        found = [u for u in units if u in gazetteer.by_initials(label)]
        if len(found) == 1:
            return found[0]
    return None


def _initial_labels(url: str | None) -> list[str]:
    """The host's labels that may spell a place's initials, each also without the initials of the body
    that runs the site after them (zjrd: 浙江 and 人大; hzsctjj: 杭州上城 and 统计局)."""
    labels = [lb for lb in host_labels(url) if 2 <= len(lb) <= 10]
    return labels + without_body(labels, 2) + without_body(labels, 2, _MEDIA_WORDS)   # hsnews: 海曙's news site


def without_body(labels: list[str], shortest: int, bodies: tuple[str, ...] | None = None) -> list[str]:
    """Each label that ends with a body's initials (…zf; `bodies`, else BODY_INITIALS), without them, when `shortest`
    letters or more are left."""
    return [lb[:-len(b)] for lb in labels for b in bodies or BODY_INITIALS if lb.endswith(b) and len(lb) - len(b) >= shortest]


# the initials of the bodies that run a place's sites: 人大, 政府, 统计局, 发改委, 政协
BODY_INITIALS = ("rd", "zf", "tjj", "fgw", "zx")


# host labels that are never a place's name
GENERIC_LABELS = frozenset({"www", "gov", "com", "net", "org", "edu", "info", "news", "mobile", "wap", "cn"})
_MEDIA_WORDS = ("news", "daily", "media", "net", "rb")   # a news site named by its place and the word (hsnews, djymedia, cqjjnet, cqrb: 日报)


def host_of(url: str | None) -> str:
    """The host of an address, lower case, with or without its scheme; "" when there is none."""
    if not url:
        return ""
    try:
        return (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return ""


def host_labels(url: str | None) -> list[str]:
    """The labels of the address's host that may be a place's name or initials: letters only, none of GENERIC_LABELS."""
    return [lb for lb in host_of(url).split(".") if lb.isalpha() and lb not in GENERIC_LABELS]


def place_of_host(url: str | None, gazetteer: Gazetteer, body: str = "") -> Unit | None:
    """The one unit whose short name in pinyin is a label of the URL's host (panji.gov.cn -> 潘集区), or the one
    unit below it another label spells (lhqzf.haikou.gov.cn -> 龙华区); of several, the one `body` tells apart
    (`told_apart`); None when no label is, or several units' still."""
    labels = [lb for lb in host_labels(url) if len(lb) >= 4]
    if not labels:
        return None
    # a place's newspaper names its site by the place and the word (baotounews, qingdaonews): the place
    labels += without_body(labels, 4, _MEDIA_WORDS)
    found = {u.code: u for lb in labels for u in gazetteer.spelled(lb)}
    if not found:   # the initials of a place above, then the name (sxzhongyang: 山西 + 中阳 = 中阳县)
        found = {u.code: u for lb in labels for cut in (2, 3) for u in gazetteer.spelled(lb[cut:])
                 if len(lb) - cut >= 4 and any(p in gazetteer.by_initials(lb[:cut]) for p in gazetteer.parents(u))}
    found = told_apart(found, body, gazetteer) if len(found) > 1 and body else found
    unit = next(iter(found.values())) if len(found) == 1 else None
    return (place_below_by_host(url, unit, gazetteer) or unit) if unit is not None else None


def told_apart(found: dict[str, Unit], body: str, gazetteer: Gazetteer) -> dict[str, Unit]:
    """Of several units a host spells (chaoyang: 朝阳市 of 辽宁, 朝阳区 of 北京, 朝阳县 …), the one of the kind the text
    speaks of as its own (市委、市政府) that the text names, or that is in a province the text names; all of them when not
    exactly one is (yanjin: 延津县 and 盐津县, told apart by a text of 全县 that names 延津)."""
    text = simplified(body)
    kept = {c: u for c, u in found.items() if speaks_of_government(text, kind_of(u.name)) and (text_names(text, u, gazetteer) or any(
        p.level == "province" and text_names(text, p, gazetteer) for p in gazetteer.parents(u)))}
    return kept if len(kept) == 1 else found


def below_the_ranking(body: str, url: str | None, kind: str | None, gazetteer: Gazetteer):
    """A text that ranks itself within the place it names most (列宜春第5) and never names itself: the unit
    below that place whose initials the URL's host spells (jxfc.gov.cn: 丰城市), else None."""
    full = gazetteer.mentions(body)
    counts = gazetteer.by_short_name(body, full)
    top = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))[0]
    unit = (gazetteer.resolve(top, body[:3000]) if top else None) or (
        named_of_kind(body, kind, gazetteer) if kind else None)
    return place_below_by_host(url, unit, gazetteer) if unit is not None and ranked_within(body, unit, gazetteer) else None


def listed_domain_place(url: str | None, regions) -> str | None:
    """The place of data/regions.csv whose web domain the URL's host is, or is under."""
    host = host_of(url)
    if not host:
        return None
    found = [(len(d), -i, r.name_zh) for i, r in enumerate(regions.rows) for d in r.domains
             if host == d or host.endswith("." + d)]
    return max(found)[2] if found else None   # the longest domain; of equals, the first listed
