"""Pure: which place a document is about, read from its text, its sidecar and its URL.

Evidence, strongest first:
  1. the title and the first lines naming a place as the issuer or subject
     (X区人民政府, X区第N届人民代表大会, X区统计局, X区2023年…, 关于X区…);
  2. the issuing body or the speaker's office anywhere near the top (X区区长, X区委);
  3. the sidecar's `region` (a person said so);
  4. the sidecar's URL, by the site's domain (data/regions.csv `domains`), or its host (etl/extract/host_place.py);
  5. repeated mentions in the body (full names, and short names in set phrases such as 数字X or X区委),
     when one place clearly dominates and is of the kind the text speaks of as its own (全县: a 县);
  6. the unit of that kind the body names clearly most, by full or short name (etl/extract/self_place.py).
When none of them tells, the answer is None with a reason: the document is kept out of every district's series until
a sidecar names it. Place names are data: data/regions.csv, and every unit of China in the gazetteer
(etl/knowledge/gazetteer.py). A name is only ever a name of one of them, never a run of characters that happens to end
in 市 or 区; a name that several units share (朝阳区, 鼓楼区) counts only when the text names the city or province of just one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.clause_years import blank
from etl.extract.host_place import (
    below_the_ranking,
    listed_domain_place,
    namesake_by_host,
    place_of_host,
    place_of_host_in_province,
    place_of_host_initials,
)
from etl.extract.issuer_below import cited_document, listed_among_others, venue_for_below, vouches_for_below
from etl.extract.listed_places import known_patterns, mention_counts, named_in_title
from etl.extract.media_account import account_below
from etl.extract.page_frame import CRUMB_MARK
from etl.extract.path_place import host_or_above, place_of_city_and_own_initials, place_of_path_initials
from etl.extract.patterns import PART_NAME
from etl.extract.place_relations import above, among_siblings, named_in, never_named, unnamed_site, within
from etl.extract.self_place import (
    compared_with,
    holds_the_text,
    kind_of,
    led_from_above,
    most_local,
    named_most_below,
    named_most_by_short,
    named_of_kind,
    outnamed,
    own_kind,
    province_named,
    ranked_within,
    self_floor,
    speaks_below,
    whole_line_name,
)
from etl.extract.subject_place import named_whole, paper_place, storied_place, subject_place
from etl.extract.title_place import (
    SENTENCE_LINE,
    described_first,
    headline_below,
    indicators_title_name,
    namesake_parent,
    own_name_in_title,
    owner_named,
    short_title_name,
    title_in_address,
    title_lines,
    title_unit_below,
    unaddressed,
    zone_in_title,
)
from etl.knowledge.gazetteer import Gazetteer, short_name
from etl.knowledge.places import Regions

# grammar: a unit of the gazetteer counts as the issuer or subject only before the words that name a government for sure
# (the places of data/regions.csv, before more: etl/extract/listed_places.py)
_STRICT_AFTER = (r"人民政府|人民代表大会|两会|人大常委会|第?[一二三四五六七八九十\d]+届\s*(?:人民代表|人大|人代|政协|[一二三四五六七八九十\d]+次)|统计局|发改局|发展和改革(?:局|委员会)|政府工作报告|(?:代理?)?[市县区旗]长[\u4e00-\u9fff]{2,4}\n|"
                 r"\d{4}年[^\n。,,;;、]{0,10}?(?:国民经济|政府工作报告|经济运行|统计公报|计划执行|计划草案|(?:财政)?(?:预算执行|预算草案|决算))|"
                 r"国民经济和社会发展|" + PART_NAME + r"(?:经济运行|主要经济指标)")
_SEAT = re.compile(r"(?:人民政府|政府)的?(?:所在地|驻地)")   # 是X市人民政府所在地: the seat a district hosts, no issuer
_ISSUER = re.compile(r"([\u4e00-\u9fff]{2,16}?)(?=《?(?:" + _STRICT_AFTER + "))")   # 16: 积石山保安族东乡族撒拉族自治县
# … and, in a page's first lines only, its government without 人民 (X区政府召开…, X县政府门户网站, X县统计信息网): further down, a level
# above's government or press office (甘肃省政府新闻办召开发布会) speaks of a unit below it
_ISSUER_AT_HEAD = re.compile(r"([\u4e00-\u9fff]{2,16}?)(?=《?(?:" + _STRICT_AFTER + r"|政府(?:召开|常务会|全体会|工作报告|门户)|统计(?:信息)?网|经济运行(?:情况|简况|分析)|主要经济指标|[市县区旗]长(?=[::\s])))")
# a line that opens with a party committee's office and its holder's post (中共梅河口市委书记, 中共某区委主要负责同志, 中共 unsaid: 某市委副书记、市长): a speaker's line
# (its holder's name, or ×××, and nothing else after the posts: not 中共某省委书记张某到某县调研, a visit)
_PARTY_OFFICE = re.compile(r"^[ \t]*(?:中共)?([\u4e00-\u9fff]{2,16}?)委(?:员会)?(?:副?书记|常委|主要负责同志|主要领导)(?:、[\u4e00-\u9fff]{1,8})?"
                           r"[ \t\u3000]*[\u4e00-\u9fff×xX*]{0,4}[ \t\u3000]*$", re.M)
# a bar of links to other sites (中国政府网 | X市人民政府网 | …): it names no issuer
_LINK_BAR = re.compile(r"^[^\n|]*网\s*\|[^\n]*\|[^\n]*$", re.M)
# a site's name alone on a line (铜仁市人民政府网): the publisher; a title below it may name a place within it
_SITE_NAME = re.compile(r"^\s*[\u4e00-\u9fff]{2,20}?政府(?:门户)?网站?\s*$")
# the government above named as the leadership (在党中央、国务院和省委、省政府坚强领导下), not the issuer
_LEADERSHIP = re.compile(r"[^。;;,,]{0,16}?(?:坚强)?领导下")


@dataclass(frozen=True)
class RegionReading:
    region: str | None
    evidence: str          # title | issuer | sidecar | url | mentions | none
    warning: str | None = None


def _named_as_issuer(text: str, regions: Regions, gazetteer: Gazetteer, at_head: bool = False) -> list[str]:
    """Places named as issuer or subject, in order of appearance (known names, and any unit of the
    gazetteer whose full name ends the words before an issuer word)."""
    text = unaddressed(blank(_LINK_BAR, text))   # links (中国政府网 |), addressees: no issuer
    issuer_re, issuer_names, _, _ = known_patterns(regions)
    listed = [m for m in issuer_re.finditer(text) if not _LEADERSHIP.match(text, m.end()) and not cited_document(text, m.start())]
    found: list[tuple[int, str]] = [(m.start(), issuer_names[m.group(1)]) for m in listed
                                    if not vouches_for_below(text, m.end(), issuer_names[m.group(1)], gazetteer)
                                    and not venue_for_below(text, m.start(), m.end(), issuer_names[m.group(1)], gazetteer,
                                                             regions.is_nation(issuer_names[m.group(1)]))]
    for m in (_ISSUER_AT_HEAD if at_head else _ISSUER).finditer(text):
        name = gazetteer.name_ending(m.group(1))
        if name and any(k.start(1) < m.end(1) - len(name) and m.end(1) <= k.end(1) for k in listed):
            continue   # the tail of a longer known name (北区 of 渝北区)
        start = m.end(1) - len(name) if name else 0
        if name and len(name) <= 2 and start > m.start(1) and text[start - 1] not in "年月日在于市省州盟":
            continue   # a two-character name at the end of other words (较好完成县: not 成县; 2024年夏县, 邯郸市磁县 are)
        if name and (_LEADERSHIP.match(text, m.end(1)) or cited_document(text, start) or vouches_for_below(text, m.end(1), name, gazetteer)
                     or venue_for_below(text, start, m.end(1), name, gazetteer) or _SEAT.match(text, m.end(1)) or listed_among_others(text, start, name, gazetteer)):
            continue   # the level above as the leadership, its bureau verifying a unit below it, its congress as the venue
            # where a unit below it is spoken of, or the last of governments listed (X区、Y县人民政府负责同志参加)
        if name:
            known = next((r.name_zh for r in regions.rows if r.name_zh.endswith(name) or name.endswith(r.name_zh)),
                         None)
            found.append((start, known or name))
    if at_head:   # a speaker's line (中共广州市番禺区委副书记、区长 ×××): the party committee's place is the text's
        found += [(m.start(1), name) for m in _PARTY_OFFICE.finditer(text) if (name := gazetteer.name_ending(m.group(1)))]
    return [name for _, name in sorted(found)]


def _unresolved(name: str, text: str, regions: Regions, gazetteer: Gazetteer) -> str | None:
    """Why `name` cannot be told apart (it names several units of the gazetteer and the text names
    the city or province of none or of several of them), or None when it can."""
    if name in gazetteer.merged and regions.by_name(name) is None:
        code, year = gazetteer.merged[name]
        return (f"{name} became part of {gazetteer.units[code].name} in {year}: its figures are not that place's "
                "series; kept out of every series until a sidecar names its region")
    units = gazetteer.named(name) if regions.by_name(name) is None else ()
    if len(units) < 2:
        return None
    head = text[:3000]
    named = gazetteer.parented(units, head)
    if len(named) == 1:
        return None
    where = "、".join(gazetteer.parents(u)[0].name for u in units if gazetteer.parents(u))
    return (f"{name} names {len(units)} places ({where}) and the text names the city or province of "
            f"{'none' if not named else 'several'} of them: kept out of every series until a sidecar names its region")


def _listed_or_label(unit, regions: Regions, gazetteer: Gazetteer) -> str:
    """A unit as the database labels it: data/regions.csv's name for a listed place, else its label."""
    return next((r.name_zh for r in regions.rows if r.code == unit.code), None) or gazetteer.label(unit)


def _namesake_named(listed, text: str, gazetteer: Gazetteer):
    """Another unit of a listed place's name whose city or province the text names while it names none
    of the listed place's (海口市龙华区 is not Shenzhen's 龙华区); None when the listed place stands."""
    head = text[:3000]
    mine = gazetteer.units.get(listed.code)
    if mine is None or any(p.name in head for p in gazetteer.parents(mine)):
        return None
    others = [u for u in gazetteer.named(listed.name_zh) if u.code != listed.code
              and any(p.name in head for p in gazetteer.parents(u))]
    return others[0] if len(others) == 1 else None


def _label(name: str, text: str, regions: Regions, gazetteer: Gazetteer) -> str:
    """The place `name` stands for, as the database labels it: a place of data/regions.csv by its name;
    a unit of the gazetteer by its label (today's name for a former one, 神木县 -> 神木市; a shared name
    with its parent's, 北京市朝阳区); anything else as written."""
    listed = regions.by_name(name)
    if listed is not None:
        other = _namesake_named(listed, text, gazetteer)
        return gazetteer.label(other) if other else name
    unit = gazetteer.resolve(name, text[:3000])
    if unit is None:
        return name
    return _listed_or_label(unit, regions, gazetteer)


def _dominant(counts: dict[str, int], text: str, regions: Regions, gazetteer: Gazetteer) -> str | None:
    """The unit of the gazetteer the body names most, when it can be told apart from its namesakes and
    is named three times or more and at least twice as often as any other, or twice or more and more
    often than any other where every other place named is above it or is it by another name (琼山区 twice and its
    city 海口市 once: the district's text; 神木县 five times and its province three times; 恩施州 and 恩施自治州)."""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    name = ranked[0][0]
    if _unresolved(name, text, regions, gazetteer):
        return None
    clear = len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]
    if clear and ranked[0][1] >= 3:
        return name
    # named most, and every other place named is above it (a county's news naming its province's committee)
    unit = gazetteer.resolve(name, text[:3000])
    above = {p.name for p in gazetteer.parents(unit)} if unit else set()
    return name if all(other in above or gazetteer.resolve(other, text[:3000]) == unit for other, _ in ranked[1:]) else None


def _heading_candidate(named: list[str], regions: Regions, gazetteer: Gazetteer, counts: dict[str, int],
                       body: str, speaker_kind: str | None) -> str | None:
    """Of the places a heading or issuer line names, the one the text is about: the most local, the
    one the body names clearly most when two are, and of the kind the speaker calls its own."""
    distinct = list(dict.fromkeys(most_local(named, regions, gazetteer)))
    if len(distinct) > 1:   # two places at the top: the one the body is about, if clear
        def times(n: str) -> int:   # known places by their mentions, others by their name
            return counts.get(n) or body.count(n)
        distinct.sort(key=lambda n: -times(n))
        if times(distinct[0]) < 2 * max(1, times(distinct[1])):
            return None
    name = distinct[0]
    if speaker_kind and kind_of(name) != speaker_kind and regions.by_name(name) is None:
        return None   # 我代表区人民政府 under a heading that names a city: a link to another report, not the issuer
    return name


def _short_of_own_kind(title_line: str, text: str, gazetteer: Gazetteer) -> list[str]:
    """The unit a title opens with by its short name, unless the body speaks of itself as another kind of place
    (巴州…统计公报 over 全州…: not 巴州区, whose text says 全区)."""
    named = short_title_name(title_line, gazetteer)
    kind = own_kind(text[:3000]) if named else None
    return [] if kind and kind[0] not in (kind_of(named[0]), named[0][-1]) else named   # (自治区: 全区 or 全省)


_LOCAL_REPORT = re.compile(r"(?:^|[\d年《“])[市县区州旗盟](?:人民)?政府(?:工作)?报告")


def _from_headings(text: str, regions: Regions, gazetteer: Gazetteer, sidecar_region: str | None,
                   counts: dict[str, int], speaker_kind: str | None, url: str | None = None) -> RegionReading | None:
    """Evidence 1 and 2: the title and first lines, the issuer anywhere near the top, a known place in the title line."""
    head_lines = [ln for ln in text[:1500].splitlines() if ln.strip()][:6]
    # the line below a breadcrumb (首页 > 信息公开 > …) or bar of links is a title only when no sentence (2017年,全市…。)
    heads = [ln for ln in head_lines if not CRUMB_MARK.search(ln) and not _LINK_BAR.match(ln) and not _SITE_NAME.match(ln)]
    title_line = heads[0] if heads and not SENTENCE_LINE.search(heads[0]) else ""
    # a title of a city's or a county's own report with no name (解读2013年市政府工作报告): the nation named near the top
    # (3月5日,国务院总理…作政府工作报告) is the background, not the page's place
    local_report = bool(_LOCAL_REPORT.search(title_line))
    for evidence, where in (("title", "\n".join(head_lines)), ("issuer", text[:3000]), ("title", title_line)):
        named = _named_as_issuer(where, regions, gazetteer, at_head=evidence == "title") if where is not title_line else \
            named_in_title(where, regions) or whole_line_name(where, gazetteer) or _short_of_own_kind(where, text, gazetteer) \
            or indicators_title_name(where, gazetteer) or headline_below(head_lines, gazetteer) \
            or own_name_in_title(where, text[:3000], gazetteer)
        named = [n for n in named if not (local_report and regions.is_nation(n))]
        named += account_below(head_lines, named, text[:20000], gazetteer) if evidence == "title" else []   # X融媒
        name = _heading_candidate(named, regions, gazetteer, counts, text[:20000], speaker_kind) if named else None
        if name is None:
            continue
        why = _unresolved(name, text, regions, gazetteer)
        unit = namesake_by_host(name, url, gazetteer) if why and name not in gazetteer.merged else None
        if unit is not None and not sidecar_region:
            return RegionReading(_listed_or_label(unit, regions, gazetteer), "url")   # the site tells which
        if why and not sidecar_region:
            return RegionReading(None, "none", why)
        if why:
            continue
        warning, name = None, (evidence == "title" and title_unit_below(title_line, name, gazetteer)) or name
        name = _label(name, text, regions, gazetteer)
        if sidecar_region and _label(sidecar_region, text, regions, gazetteer) != name:
            warning = f"the text names {name} ({evidence}) but the sidecar says {sidecar_region}; read as {name}"
        return RegionReading(name, evidence, warning)
    return None


def _from_body(text: str, regions: Regions, gazetteer: Gazetteer, counts: dict[str, int],
               kind: tuple[str, bool] | None) -> RegionReading | None:
    """Evidence 5 and 6: mentions in the body, and how the text speaks of itself; never a place above the
    county-level kind the text calls its own (全县, 县委: not the province it names twice)."""
    body = text[:20000]
    floor = self_floor(body)
    kind = kind or ((floor, False) if floor else None)
    speaker_kind = kind[0] if kind and kind[1] else None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    local = [kv for kv in ranked if (regions.by_name(kv[0]) or regions.home).level == "district"]
    if local and local[0][1] >= 3 and (len(local) == 1 or local[0][1] >= 2 * local[1][1]):
        return RegionReading(_label(local[0][0], text, regions, gazetteer), "mentions")
    full = gazetteer.mentions(body)
    # a place named in full at least once and by its short name three times or more (南阳市委, 南阳 …)
    short = gazetteer.by_short_name(body, full)
    named = _dominant(full, text, regions, gazetteer) or (
        namesake_parent(_dominant(short, text, regions, gazetteer), gazetteer) if max(short.values(), default=0) >= 3
        else None)
    container = gazetteer.resolve(named, text[:3000]) if named else None   # 列宜春第5; 广东 8 times and 南雄 8 times
    if container and outnamed(body, container, gazetteer):
        return None
    if container and (holds_the_text(body, container, max(full.get(named, 0), short.get(named, 0)), gazetteer, kind)
                   or led_from_above(body, container, gazetteer)):   # 省委省政府、成都市委市政府: above the text's place
        inner = named_most_below(body, container, speaker_kind, gazetteer, kind[0] if kind else None)   # 广东 8, 南雄 8: 南雄市
        return RegionReading(_listed_or_label(inner, regions, gazetteer), "mentions") if inner else None
    if named and kind is None and among_siblings(named, body, full, gazetteer):
        return None   # 潮安区、饶平县分别入选…, 潮州 as often: its city's text as well as its own
    if named and (speaker_kind is None or kind_of(named) == speaker_kind) and not above(named, floor, text, gazetteer) \
            and not _province_of_a_lower_text(named, kind):
        return RegionReading(_label(named, text, regions, gazetteer), "mentions")
    unit = named_of_kind(body, kind[0], gazetteer) if kind else None
    if unit is not None and ranked_within(body, unit, gazetteer):
        return None   # its own kind's unit that it ranks itself in (列宜春第5 in a 全市 text): the city above it
    if unit is not None and not _unresolved(unit.name, text, regions, gazetteer):
        return RegionReading(_listed_or_label(unit, regions, gazetteer), "self")
    unit = province_named(body, gazetteer, once=bool(kind) and kind[0] == "省") if floor is None and (kind is None or kind[0] == "省") or (
        kind and kind[0] == "区") else None   # an autonomous region's text speaks of itself as 全区 (全区实现生产总值)
    if unit is not None and (unit.name.endswith("自治区") or not (kind and kind[0] == "区")) and not speaks_below(body, unit):
        return RegionReading(_listed_or_label(unit, regions, gazetteer), "mentions")
    unit = named_most_by_short(body, gazetteer)   # 赣州 six times, never 赣州市; 绵阳 five times, 德阳市 once
    if unit is not None and (speaker_kind is None or kind_of(unit.name) == speaker_kind):
        return RegionReading(_listed_or_label(unit, regions, gazetteer), "mentions")
    named = subject_place(body, full, gazetteer, kind[0] if kind else None)
    if named and not above(named, floor, text, gazetteer):
        return RegionReading(_label(named, text, regions, gazetteer), "mentions")
    return None


def _province_of_a_lower_text(named: str, kind: tuple[str, bool] | None) -> bool:
    """`named` is a province and the text speaks of its own place as a whole of a lower kind (全市, 市委 twice or more,
    never 全省): the province holds the text's place (湖北省科技奖励 in a city's plan), it is not the place."""
    own_word = "区" if named.endswith("自治区") else kind_of(named)
    return kind is not None and kind_of(named) == "省" and kind[0] != own_word


def _host_against_body(unit, text: str, regions: Regions, gazetteer: Gazetteer, counts: dict[str, int],
                       kind) -> RegionReading:
    """The place the address spells (heilongjiang.…, haikou.…), unless the text is about another: one inside
    it (a province's news site on one of its cities), or one it names while never naming the address's."""
    host = _listed_or_label(unit, regions, gazetteer)
    inner = _from_body(text, regions, gazetteer, counts, kind)
    if inner is None and never_named(host, text[:20000], gazetteer):
        return RegionReading(None, "none", unnamed_site(host))
    if inner is None or inner.region in (None, host) or within(host, inner.region, regions, gazetteer):
        return RegionReading(host, "url")    # a city's site naming its province: the city
    body, name = text[:20000], inner.region
    if within(name, host, regions, gazetteer):
        return inner
    if body.count(short_name(name) or name) < 3:
        return RegionReading(host, "url")    # a name said once or twice does not outweigh the address
    if not named_in(unit.name, body):
        return inner
    return RegionReading(None, "none", f"the address names {host} and the text {inner.region}: kept out of every "
                                       "series until a sidecar names its region")


def _by_listed_site(by_url: str, text: str, regions: Regions, gazetteer: Gazetteer, counts: dict[str, int],
                    kind) -> RegionReading:
    """The place of a site data/regions.csv lists, unless the text is about a place inside it (www.gov.cn on a county),
    or, a place's own site, about another it names often while never naming the site's (a Hong Kong office on 河南)."""
    inner = _from_body(text, regions, gazetteer, counts, kind)
    if inner is not None and within(inner.region, by_url, regions, gazetteer):
        return inner
    if not regions.is_nation(by_url) and never_named(by_url, text[:20000], gazetteer):
        return inner if inner is not None and inner.region else RegionReading(None, "none", unnamed_site(by_url))
    return RegionReading(by_url, "url")


def read_region(text: str, regions: Regions, gazetteer: Gazetteer, sidecar_region: str | None = None,
                source_url: str | None = None) -> RegionReading:
    body = text[:20000]
    zone = next(filter(None, (zone_in_title(ln, gazetteer) for ln in title_lines(text))), None)
    if zone and not sidecar_region:
        return RegionReading(None, "none", f"the title is of {zone}, a part of a place or a body that no unit of the gazetteer "
                                           "is: kept out of every series until a sidecar names its region")
    counts = mention_counts(body, regions)
    kind = own_kind(body)
    reading = _from_headings(text, regions, gazetteer, sidecar_region, counts, kind[0] if kind and kind[1] else None,
                             source_url)
    if reading is not None:
        return reading
    if sidecar_region:
        return RegionReading(_label(sidecar_region, text, regions, gazetteer), "sidecar")
    # 【概况】阿鲁科尔沁旗(简称阿旗)地处…, 2018年湖北省经济社会发展主要预期目标为:, 2022阜阳两会: the text's own place
    described = described_first(text, gazetteer) or owner_named(text, gazetteer, kind)
    if described:
        return RegionReading(_label(described, text, regions, gazetteer), "title")
    named = _named_as_issuer(title_in_address(source_url), regions, gazetteer)   # …/2012年開原市政府工作報告
    name = _heading_candidate(named, regions, gazetteer, counts, body, None) if named else None
    if name and not _unresolved(name, text, regions, gazetteer):
        return RegionReading(_label(name, text, regions, gazetteer), "url")
    by_url = listed_domain_place(source_url, regions)
    if by_url:
        return _by_listed_site(by_url, text, regions, gazetteer, counts, kind)
    unit = host_or_above(place_of_host(source_url, gazetteer, body), kind, body, gazetteer)
    if unit is not None:
        return _host_against_body(unit, text, regions, gazetteer, counts, kind)
    reading = _from_body(text, regions, gazetteer, counts, kind)   # (not a place it measures itself against: 比南平市高)
    if reading is not None and not ((u := gazetteer.labelled(reading.region or "")) and compared_with(body, u, gazetteer)):
        return reading
    own = kind[0] if kind else self_floor(body)
    unit = place_of_host_initials(source_url, body, own, gazetteer) or \
        below_the_ranking(body, source_url, kind[0] if kind else None, gazetteer) or \
        place_of_host_in_province(source_url, own, gazetteer, body) or \
        place_of_path_initials(source_url, body, own, gazetteer) or \
        place_of_city_and_own_initials(source_url, body, own, gazetteer)
    if unit is not None:
        return RegionReading(_listed_or_label(unit, regions, gazetteer), "url")
    unit = named_whole(body, own, gazetteer) or storied_place(body, own, gazetteer) or paper_place(body, own, gazetteer)   # 缙云全县上下; 泽州发展史上; 来源:X日报
    if unit is not None:
        return RegionReading(_listed_or_label(unit, regions, gazetteer), "mentions")
    return RegionReading(
        None, "none", "no district named in the title, issuer, sidecar or URL: kept out of every series until a "
                      "sidecar names its region")
