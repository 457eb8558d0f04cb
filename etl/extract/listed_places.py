"""Pure: the places of data/regions.csv (the home district and its neighbours, with their aliases and short names) as a
text names them: as an issuer (X区人民政府, X区第N届…), in a title line, or in set phrases (数字X, X区委, X发布). The
gazetteer's units are read by etl/extract/region.py and the modules it calls; these are the places the product knows
by more names than the gazetteer does."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.knowledge.places import Regions
from etl.knowledge.tables import alternation

# grammar: the words after a known place's name that make it the issuer or subject of a document: its government's
# organs, or its year and its economy as a page's subject
_GOVERNMENT_AFTER = (r"人民政府|政府工作报告|政府|人民代表大会|人大常委会|人大|第?[一二三四五六七八九十\d]+届|统计局|"
                     r"发展和改革局|发展改革局|发改局|区委|县委|市委|区长|县长|市长")
ISSUER_AFTER = _GOVERNMENT_AFTER + r"|国民经济|经济运行|统计公报|\d{4}年|年度|上半年|一季度|前三季度"
# the names a government's own media account takes after its place's short name (罗湖发布, X融媒)
OWN_MEDIA = ("发布", "融媒")
SET_PHRASES = ("数字{s}", "魅力{s}", "活力{s}", "幸福{s}", "品质{s}", "美丽{s}", "{s}区委", "{s}区政府", "{s}新闻",
               *("{s}" + w for w in OWN_MEDIA))


@lru_cache(maxsize=8)
def known_patterns(regions: Regions) -> tuple[re.Pattern, dict[str, str], re.Pattern, dict[str, str]]:
    """One pattern for every known name as issuer, one for every mention (full names and set
    phrases), each with a map from the matched text to the place's name_zh. The nation's own name is the word for the
    whole country (全国): it is the issuer only before its government's organs (全国人大), not before a year or a part
    of one (全国一季度增长5.3%: a comparison in a page of a place)."""
    issuer_names = {n: r.name_zh for r in regions.rows for n in (r.name_zh, *r.aliases) if n}
    whole = {r.name_zh: r.name_zh for r in regions.rows if r.level == "nation"}
    named = {n: place for n, place in issuer_names.items() if n not in whole}
    mention_names = {}
    for r in regions.rows:
        if r.level == "nation":
            continue
        mention_names[r.name_zh] = r.name_zh
        if r.short_zh and r.level == "district":
            for phrase in SET_PHRASES:
                text = phrase.format(s=r.short_zh)
                if text not in r.name_zh + "区委区政府":
                    mention_names[text] = r.name_zh
    issuer = f"((?:{alternation(named)})(?={ISSUER_AFTER})" + (f"|(?:{alternation(whole)})(?={_GOVERNMENT_AFTER})" if whole else "") + ")"
    return (re.compile(issuer), issuer_names,
            re.compile(alternation(mention_names)), mention_names)


def named_in_title(line: str, regions: Regions) -> list[str]:
    """Known places named in the title line: in full (X区召开…), or by a set phrase (X新闻)."""
    found = []
    for r in regions.rows:
        names = [r.name_zh, *r.aliases] if r.level != "nation" else list(r.aliases)   # "the first in the nation" names no issuer
        if r.short_zh and r.level == "district":
            names += [p.format(s=r.short_zh) for p in SET_PHRASES]
        pos = [line.find(n) for n in names if n in line]
        if pos:
            found.append((min(pos), r.name_zh))
    return [name for _, name in sorted(found)]


def mention_counts(text: str, regions: Regions) -> dict[str, int]:
    """How often the text names each known place, in full or by a set phrase."""
    _, _, mention_re, mention_names = known_patterns(regions)
    counts: dict[str, int] = {}
    for m in mention_re.finditer(text):
        name = mention_names[m.group()]
        counts[name] = counts.get(name, 0) + 1
    return counts
