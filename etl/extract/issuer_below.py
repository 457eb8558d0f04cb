"""Pure: an issuer line that speaks for a unit below it — a bureau verifying a lower unit's figures (经X统计局核定),
or a congress named as the venue where a lower unit is spoken of (在X…会议期间) — names that unit's text, not its own;
nor does a name that opens the title of a document the text cites (《X人民政府关于…的意见》)."""

from __future__ import annotations

import re

from etl.knowledge.gazetteer import Gazetteer

# a bureau that verifies the figures (经X统计局核定,…): it vouches for the unit its sentence then names
# … or a government above approving or naming something of a unit below it (重庆市政府批准石柱县退出贫困县序列)
_VERIFIED = re.compile(r"统计局[^。;;,,]{0,6}?(?:核定|核算|审定|核实|认定)|(?:人民)?政府[^。;;,,]{0,2}?(?:批准|同意|批复|命名|授予)")
_UNIFIED = re.compile(r"统计局统一核算")
# a congress or meeting as the place where something is said (在X第N届人民代表大会第N次会议期间,…表示)
_VENUE_AFTER = re.compile(r"[^。;;\n]{0,40}?(?:期间|举行|召开)")
# … or a congress at which a unit below sends its delegation (X省十二届人大四次会议临沂代表团分组审议…)
# (全国人大重庆代表团: the nation's congress, where a province's delegation speaks)
_DELEGATION_AFTER = re.compile(r"[^。;;\n]{0,30}?(?:会议|人大)[\u4e00-\u9fff]{2,8}?代表团")


def vouches_for_below(text: str, end: int, name: str, gazetteer: Gazetteer) -> bool:
    """The place ending at `end` is a bureau verifying figures (经X统计局核定), or a government approving
    something (X市政府批准…), whose sentence then names a unit below it: the figures, and the text, are that unit's."""
    verified = _VERIFIED.match(text, end)
    if not verified:
        return False
    if _UNIFIED.match(text, end) and text[max(0, end - len(name) - 1):end - len(name)] in ("经", "据"):
        return True   # 经长沙市统计局统一核算,全市…: the bureau above accounts for the units below it, the text's place one
    stop = re.search(r"[。;;\n]", text[verified.end():])
    rest = text[verified.end():verified.end() + (stop.start() if stop else 80)]
    for below in gazetteer.mentions(rest):
        unit = gazetteer.resolve(below, text[:3000])
        if unit is not None and any(p.name == name for p in gazetteer.parents(unit)):
            return True
    return False


def venue_for_below(text: str, start: int, end: int, name: str, gazetteer: Gazetteer, nation: bool = False) -> bool:
    """The place at text[start:end] names a congress, meeting or press office as the venue (在X…会议期间,
    在X人民政府新闻办公室…举行的发布会, X…会议Y代表团审议…) of words about a unit below it that the text names at least three times
    and twice as often as X itself; X written just before that unit's name (大连庄河市) names the unit, not X. Every
    unit is below the `nation`."""
    venue = start >= 1 and text[start - 1] in "在于" and _VENUE_AFTER.match(text, end)
    if not (venue or _DELEGATION_AFTER.match(text, end)):
        return False
    unit = None if nation else gazetteer.resolve(name, text[:3000])
    if unit is None and not nation:
        return False
    below = {u.code: u for n in gazetteer.mentions(text) for u in gazetteer.named(n)
             if nation or any(p.code == unit.code for p in gazetteer.parents(u))}
    mine = name if nation else gazetteer.counted_names[unit.code]
    for child in below.values():
        theirs = gazetteer.counted_names[child.code]
        times_mine = text.count(mine) if nation else \
            text.count(mine) - text.count(mine + theirs) - text.count(unit.name + theirs) * (mine != unit.name)
        if text.count(theirs) >= max(3, 2 * times_mine):
            return True
    return False


def cited_document(text: str, start: int) -> bool:
    """A name that opens the quoted title of a document it cites (《云南省人民政府关于…的意见》, or any title after a
    word that cites it: 数据摘自《石家庄市2018年…统计公报》): the issuer of that document, not of this text."""
    if text[start - 1:start] != "《":
        return False
    end = text.find("》", start, start + 80)
    return end > 0 and ("关于" in text[start:end] or bool(_CITING.search(text, max(0, start - 6), start - 1)))


# words that cite a document by its title (数据摘自《石家庄市2018年…统计公报》): its issuer is not this text's
_CITING = re.compile(r"(?:摘自|引自|来源于|来自|取自|参见|详见|根据|依据|据)\s*$")


def listed_among_others(text: str, start: int, name: str, gazetteer: Gazetteer) -> bool:
    """The name at `start` is the last of governments listed with other places' (大武口区、惠农区、平罗县人民政府负责同志参加
    会议: those who attended), not the issuer; the same place's bodies listed together (中共楚雄州委、楚雄州人民政府) are."""
    if text[start - 1:start] != "、":
        return False
    opened = max(text.rfind(c, 0, start) for c in ",,。;;::\n") + 1
    return any(other != name and not name.startswith(other) for other in gazetteer.mentions(text[opened:start]))
