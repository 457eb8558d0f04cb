"""Pure: a document's place from how it speaks of itself, when no title, issuer line or sidecar names it.

A report speaks of its own place by its kind: 我代表市人民政府, 全县, 全区 (traditional 全縣, 全區). That kind
says which names can be its own (a county's report is a 县's), and among the units of that kind the
one it names clearly more than any other (by full name, or by short name: 安吉 for 安吉县) is its place.
A site whose host is the place's name in pinyin (panji.gov.cn) names it too. Each rule answers only
when exactly one unit fits; otherwise None, and the document stays unknown with its reason.
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.knowledge.gazetteer import Gazetteer, Unit, short_name

# grammar: the kinds of place a report can be, as the last character of a unit's name, and the ways a
# report names its own kind; traditional characters read as simplified
KINDS = "市县区省旗盟州"
_TRADITIONAL = str.maketrans({"縣": "县", "區": "区"})


@lru_cache(maxsize=8)
def simplified(text: str) -> str:
    """`text` with the traditional kinds read as simplified, and the names of officials after their titles blanked
    (市长贺海东代表市政府…: 海东 is the mayor's given name, not 海东市), and the 代 of an acting head (代县长: not 代县),
    read once per text."""
    text = text.translate(_TRADITIONAL) if "縣" in text or "區" in text else text
    if "长" not in text and "记" not in text:
        return text
    return _LEADER.sub(lambda m: m.group(1) + "□" * len(m.group(2)), _ACTING.sub("□", text))


# an official's title and name, before what the official did (县长李中耀代表…, 书记王海东指出): the name is no place's
_LEADER = re.compile(r"((?<!副)[省市县区州旗盟]长|书记|主任)([\u4e00-\u9fff]{2,3}?)"
                     r"(?=代表|作|向|在|主持|指出|强调|说|表示|出席|参加|讲话|同志|[,,、。::((\s])")

# an acting head (代县长王某, 代区长, 代市长): 代 is "acting", never the place 代县 before 长
_ACTING = re.compile(r"代(?=[省市县区州旗盟]长)")

# decisive: the speaker's own government (我代表市人民政府), or its head reporting to its congress as news tells it
# (县长李中耀代表县人民政府向大会作政府工作报告, 市长陈飞作政府工作报告)
_SPEAKER = re.compile(r"我代表([市县区省旗盟州])(?:人民)?政府"
                      r"|(?<![副省])([市县区旗盟州])长[\u4e00-\u9fff□]{2,3}(?:代表\2(?:人民)?政府)?(?:向大会)?作了?(?:政府)?工作报告")
_WHOLE = re.compile(r"全([市县区省旗盟州])|我(?!代表)([市县区省旗盟州])")   # 全县, 我县: the whole of its own place
SPEAKER_WEIGHT = 10
# the county-level kinds, whose text may name itself only once (伊吾的发展): a 市 may be a prefecture whose
# county-level city's text names it once (按照赣州市部署), so a 市 is never placed by one mention
COUNTY_KINDS = "县区旗"
# the kinds a text may name itself by once: the county-level ones, and 州, which only autonomous prefectures
# end with (a county's text naming its 州 once calls itself 全县, not 全州)
ONE_MENTION_KINDS = COUNTY_KINDS + "州"
# words before a place's name that make it another place: one visited, helped, learnt from or compared with
_MEASURED_AGAINST = r"比|较|高于|低于|快于|慢于"   # what a text measures its figures against (比南平市高)
_ANOTHER = re.compile(r"(?:对口|帮扶|支援|援建|结对|协作|合作|赴|前往|到访|考察|学习|借鉴|对标|兄弟|周边|毗邻|相邻|"
                      + _MEASURED_AGAINST + r"|与|同|和)[了过]?$")
_COMPARED = re.compile(rf"(?:{_MEASURED_AGAINST})$")
_ANOTHER_AFTER = re.compile(r"^.{0,4}?(?:结对|帮扶|对口|合作|协作|考察|学习)")
# every way a text calls a kind of place its own, speaker lines aside: 全县, 我县, 本县, and its party committee
# (县委十二届…全会, 市、县委的坚强领导); not 本区域, 全市场, 社区委
_SELF = re.compile(r"(?:全|我(?!代表)|本)([市县区省旗盟州])(?![域场])|(?<!社)([市县区省旗盟州])委")
# a whole-of word that ranks or compares the text's place within a larger whole, not the text's own
# (列全省第一, 保持全省“第一方阵”, 居全省前列, 高于全省, 全省首批, 在全市率先): a city's report ranks itself in its province
_RANKED_AFTER = re.compile(r"[“\"]?(?:第|前列|首位|之首|排名|排位|平均|方阵|[十百]强|前[十二三四五]|首批|首个|率先|唯一)")
_RANKED_BEFORE = re.compile(r"(?:居|列|排名|高于|低于|快于|慢于|领先|落后)$")


def _ranking(text: str, m: re.Match) -> bool:
    """A 全X that ranks or compares (我市排名第一 is still the text's own)."""
    return text.startswith("全", m.start()) and bool(
        _RANKED_AFTER.match(text, m.end()) or _RANKED_BEFORE.search(text, max(0, m.start() - 2), m.start()))


# the kinds below a prefecture: a text calling itself one of them is never a city's or a province's
_ABOVE_COUNTY = ("province", "city")


def own_kind(text: str) -> tuple[str, bool] | None:
    """(the kind of place the text speaks of as its own, whether a speaker line says so), when one kind
    clearly leads (said at least twice, and twice as often as any other); None otherwise."""
    text = simplified(text)
    score = dict.fromkeys(KINDS, 0)
    speaker = {m.group(1) or m.group(2) for m in _SPEAKER.finditer(text)}
    for kind in speaker:
        score[kind] += SPEAKER_WEIGHT
    for m in _WHOLE.finditer(text):
        if not _ranking(text, m):
            score[m.group(1) or m.group(2)] += 1
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    (kind, top), (_, second) = ranked[0], ranked[1]
    if top < 2 or top < 2 * second:   # one 全市 may well be a ranking in the city (位居全市首位)
        return None
    return kind, kind in speaker


def self_floor(text: str) -> str | None:
    """The county-level kind (县, 区, 旗) a text calls itself (全县, 我县, 本县, 县委) at least twice, more
    often than any higher kind and twice as often as another county-level kind; None otherwise. Such a
    text is never placed above that kind: not a province it names twice, nor the city its committee
    answers to."""
    score, whole = dict.fromkeys(KINDS, 0), dict.fromkeys(KINDS, 0)
    text = simplified(text)
    for m in _SELF.finditer(text):
        if not _ranking(text, m):
            score[m.group(1) or m.group(2)] += 1
            whole[m.group(1) or m.group(2)] += bool(m.group(1))
    county = sorted(((score[k], k) for k in COUNTY_KINDS), reverse=True)
    (top, kind), (second, _) = county[0], county[1]
    # a higher kind blocks only by its own whole (全市, 我市) when the county kind says its own (全区): 市委 in a
    # district's text is the city's committee it answers to
    above = whole if whole[kind] else score
    if top < 2 or top < 2 * second or any(above[k] >= top for k in KINDS if k not in COUNTY_KINDS):
        return None
    return kind


def above_floor(unit: Unit, floor: str | None) -> bool:
    """A unit above the county-level kind a text calls itself: a city or a province, unless its name is
    of that kind (an 自治区 whose text says 全区)."""
    return floor is not None and unit.level in _ABOVE_COUNTY and not unit.name.endswith(floor)


def kind_of(name: str) -> str:
    """The kind of a unit by its name: 自治区 is a province's kind, else the last character."""
    return "省" if name.endswith(("自治区", "特别行政区")) else name[-1:]


def autonomous_kind(name: str) -> str | None:
    """An autonomous unit's kind (自治区 of 新疆维吾尔自治区, 自治州 of 伊犁哈萨克自治州), None for any other unit."""
    at = name.rfind("自治")
    return name[at:] if at > 0 and len(name) - at == 3 else None


def named_of_kind(text: str, kind: str, gazetteer: Gazetteer) -> Unit | None:
    """The unit of `kind` the text names (full or short name) at least twice and at least twice as often
    as any other unit of that kind, or the only unit of a county-level kind it names at all, named once
    in full or with a unit above it also named, where no words of a visit, a partner or a comparison
    stand before it (五华 in a 全区 text that names 昆明市).
    A short name that is an ordinary word (朝阳, 合作: data/ordinary_place_words.csv) counts only in full.
    None when none or several units fit."""
    text = simplified(text)
    counts = _times_named(text, [u for u in gazetteer.units.values() if kind_of(u.name) == kind], gazetteer)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked:
        return None
    unit = gazetteer.units[ranked[0][0]]
    if len(ranked) == 1 and ranked[0][1] == 1:
        if kind not in ONE_MENTION_KINDS or named_as_another(text, unit, gazetteer) or not _said_as_a_place(text, unit, gazetteer):
            return None
        return unit
    if ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]) or compared_with(text, unit, gazetteer):
        return None   # (比南平市高0.4个百分点: a text never measures itself against its own name)
    if any(gazetteer.units[code].parent == unit.code for code, _ in ranked[1:]):
        return None   # a 市 and a county-level 市 under it (按照赣州市、瑞金市部署): the text may be either's
    return unit


@lru_cache(maxsize=4)
def named_anywhere(text: str, gazetteer: Gazetteer) -> dict[str, int]:
    """`_times_named` for every unit of the gazetteer, once per text (a reading asks it up to three times: who
    is named most, whether another outnames a place, which unit below a container leads); not to be changed."""
    return _times_named(simplified(text), list(gazetteer.units.values()), gazetteer)


def _times_named(text: str, units: list[Unit], gazetteer: Gazetteer) -> dict[str, int]:
    """code -> how often the text names each of `units` (by the name the gazetteer counts it by, not
    counting it inside another unit's full name), for those it names at all."""
    counts = {}
    whole = gazetteer.mentions(text)
    provinces = gazetteer.province_short_names
    for unit in units:
        name = gazetteer.counted_names[unit.code]
        if name in gazetteer.ordinary or (unit.level != "province" and name in provinces):
            continue   # 城区 (downtown) is no place's mention; 河北 is the province's before 天津's 河北区
        n = text.count(name) - sum(text.count(w) for w in gazetteer.ordinary_around(name))   # 完成县: not 成县
        if n and name != unit.name:   # a short name inside another unit's full name (河北 of 河北省) is not this one
            own = gazetteer.names_of(unit)   # 海西 in 海西州 is still this unit's
            n -= sum(times * other.count(name) for other, times in whole.items() if other not in own and name in other)
            # … nor inside a province's short name said without 省 (龙江 of 黑龙江昊伟公司), its full names counted above
            n -= sum(text.count(p) - sum(t for o, t in whole.items() if o.startswith(p)) for p in provinces if p != name and name in p)
        if n > 0:
            counts[unit.code] = n
    return counts


def _said_as_a_place(text: str, unit: Unit, gazetteer: Gazetteer) -> bool:
    """One mention is a place's name, not two characters of a slogan (除险固安), when it is the unit's
    full name or the text also names a unit above it (昆明市 for 五华)."""
    return any(name in text for name in gazetteer.names_of(unit)) or any(
        p.name in text or short_name(p.name) in text for p in gazetteer.parents(unit))


def named_as_another(text: str, unit: Unit, gazetteer: Gazetteer) -> bool:
    """The one mention of `unit` is a place the text visits, helps, learns from or compares with."""
    name = gazetteer.counted_names[unit.code]
    at = text.find(name)
    return bool(_ANOTHER.search(text[max(0, at - 4):at]) or _ANOTHER_AFTER.search(text[at + len(name):at + len(name) + 8]))


def compared_with(text: str, unit: Unit, gazetteer: Gazetteer) -> bool:
    """Some mention of `unit` is what the text's figures are measured against (比X高, 高于X)."""
    name = gazetteer.counted_names[unit.code]
    return any(_COMPARED.search(text, max(0, m.start() - 2), m.start()) for m in re.finditer(re.escape(name), text))


def province_named(text: str, gazetteer: Gazetteer, once: bool = False) -> Unit | None:
    """The one province a text names (full or short name: 贵州) at least twice (`once`: at least once, for a text that
    speaks of itself as a province, 全省 twice or more) where it names no other province, no unit below one by its full
    name (`once`: none more often than the province), and no unit below it by its short name half as often as the province (赣州 six times and 江西 twice: the
    city's text): a province's own text (or a text about it)."""
    text = simplified(text)
    once = once and not {m.group(1) or m.group(2) for m in _WHOLE.finditer(text)} - {"省"}   # (全县上下…全省领先: a county's)
    named = _times_named(text, [u for u in gazetteer.units.values() if u.level == "province"], gazetteer)
    if len(named) != 1 or next(iter(named.values())) < (1 if once else 2):
        return None
    full = gazetteer.mentions(text)
    code, times = next(iter(named.items()))
    if any(u.level != "province" and (not once or n > times) for name, n in full.items() for u in gazetteer.named(name)):
        return None   # (… but a text that calls itself 全省 may name its capital in full once: 黑龙江省 once, 哈尔滨市 never more)
    return None if rival_below(text, gazetteer.units[code], times, gazetteer, share=1) else gazetteer.units[code]


def speaks_below(text: str, province: Unit) -> bool:
    """The text speaks of its own place as a whole (全区, 我县) and never as the `province`'s kind (全省; 全区 for an
    autonomous region): a part of the province's text, naming its province (海南自贸港), not the province's own."""
    text = simplified(text)
    said = {m.group(1) or m.group(2) for m in _WHOLE.finditer(text) if not _ranking(text, m)}
    return bool(said) and ("区" if province.name.endswith("自治区") else "省") not in said


def holds_the_text(text: str, unit: Unit, times: int, gazetteer: Gazetteer, kind: tuple | None = None) -> bool:
    """`unit`, named `times`, holds the text's place rather than being it: the text ranks itself within it, or
    it is a province with a unit below it named about as often, in a text whose own `kind` is not 省 (全省)."""
    return ranked_within(text, unit, gazetteer) or (
        unit.level == "province" and not (kind and kind[0] == "省") and rival_below(text, unit, times, gazetteer))


def named_most_below(text: str, container: Unit, kind: str | None, gazetteer: Gazetteer,
                     own: str | None = None) -> Unit | None:
    """The unit below `container` the text names (full or short name) three times or more and at least twice as
    often as any other unit below it, of the text's own `kind` when known (南雄 8 times in a text that names
    广东 as often: 南雄市); or, in a text whose `own` kind is known, the only unit below it the text names at all, of that
    kind (…郑州市委…全会精神,…建设荥阳实践: 荥阳市); None when none or several are."""
    prefix = container.code[:2] if container.level == "province" else container.code[:4]
    ranked = sorted(((code, n) for code, n in named_anywhere(text, gazetteer).items()
                     if code != container.code and code.startswith(prefix)), key=lambda kv: -kv[1])
    alone = len(ranked) == 1 and own is not None and kind_of(gazetteer.units[ranked[0][0]].name) == own
    if not ranked or (ranked[0][1] < 3 and not alone) or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    unit = gazetteer.units[ranked[0][0]]
    return unit if kind is None or kind_of(unit.name) == kind else None


def named_most_by_short(text: str, gazetteer: Gazetteer) -> Unit | None:
    """The unit the text names (mostly by its short name) five times or more (four when it names no other place)
    and at least twice as often as any other unit not above it (赣州 six times, 江西 three: 赣州市; 绵阳 five times, 德阳市 once: 绵阳市); None when
    none is, or when two nested units share the name (大理: the 州 and the 市 in it)."""
    ranked = sorted(named_anywhere(text, gazetteer).items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < (4 if len(ranked) == 1 else 5):   # four times when it is the only place named
        return None
    unit = gazetteer.units[ranked[0][0]]
    kinds = {(own_kind(text) or (None,))[0], self_floor(text)} - {None}
    if ranked[0][1] < 5 and kinds - {kind_of(unit.name)}:   # a county's text naming its city four times: not the city's
        return None
    above = {p.code for p in gazetteer.parents(unit)}
    return unit if all(2 * n <= ranked[0][1] for code, n in ranked[1:] if code not in above) else None


def outnamed(text: str, unit: Unit, gazetteer: Gazetteer) -> bool:
    """Some unit neither above nor below `unit` is named (full or short name) more often than it (德阳市 three
    times, 绵阳 five): the text may be the other's."""
    counts = named_anywhere(text, gazetteer)
    own, above = counts.get(unit.code, 0), {p.code for p in gazetteer.parents(unit)}
    return any(n > own and code != unit.code and code not in above
               and unit.code not in {p.code for p in gazetteer.parents(gazetteer.units[code])} for code, n in counts.items())


def led_from_above(text: str, unit: Unit, gazetteer: Gazetteer) -> bool:
    """`unit` is named in the chain of governments that lead the text's place (省委省政府、成都市委市政府; 党中央和省委、
    X市委; 中央、省和X市的决策部署; 在X市委、市政府和县委…领导下): it is above the text's place, not the place. A person's posts (省委常委、昆明市委书记)
    are no such chain."""
    names = "|".join(re.escape(n) for n in {unit.name, gazetteer.counted_names[unit.code]} if n)
    return bool(re.search(rf"省(?:委|政府)(?!常委|副?书记|副?省长|秘书长)[^。;;,,]{{0,6}}?[、和及与]\s*(?:{names})市?(?:委|政府)|中央[^。;;,,]{{0,6}}?[、和及与]"
                          rf"\s*省(?:委|政府)?[、和及与]\s*(?:{names})市?(?:委|政府|的?决策部署)"
                          # … or one of the leaders the text's place and its own committee work under (在沧州市委、市政府和市委
                          # 的坚强领导下; not 市政府在中共苏州市委的领导下, a city's government under its own committee)
                          rf"|在[^。;;,,]{{0,8}}?(?:{names})市?(?:委|政府)[^。;;,,]{{0,10}}?[、和及与]\s*[县市区旗]委[^。;;,,]{{0,8}}?领导下",
                          simplified(text)))


def rival_below(text: str, province: Unit, times: int, gazetteer: Gazetteer, share: int = 2) -> bool:
    """A unit below `province` named (full or short name) three times or more and 1/`share` as often as the
    province's `times` or more (南雄 8 times, 广东 8): the text may well be that unit's, not the province's."""
    code = province.code
    below = [u for u in gazetteer.units.values() if u.code != code and u.code[:2] == code[:2]]
    return any(share * n >= times and n >= 3 for n in _times_named(simplified(text), below, gazetteer).values())


def text_names(text: str, unit: Unit, gazetteer: Gazetteer) -> bool:
    """`text` (simplified) names `unit` by the name its mentions are counted by or by any name of it."""
    return any(name in text for name in (gazetteer.counted_names[unit.code], *gazetteer.names_of(unit)))


def speaks_of_government(text: str, kind: str) -> bool:
    """The text speaks of the whole or a government body of a unit of `kind` (全区, 我区, 区委, 区人大 …)."""
    return bool(re.search(f"[全我]{kind}|{kind}(?:委|人民政府|政府|人大|政协)", text))


def ranked_within(text: str, unit: Unit, gazetteer: Gazetteer) -> bool:
    """The text ranks its own place within `unit` (列宜春第5, 居X市前列, X一类县第2): `unit` holds the
    text's place, it is not the place itself."""
    names = "|".join(re.escape(n) for n in {unit.name, gazetteer.counted_names[unit.code]} if n)
    return bool(re.search(rf"(?:列|居|位居|位列|排|排名|排在)(?:{names})(?:全市|全省)?(?:第|前|首)|(?:{names})一类县", text))


def whole_line_name(line: str, gazetteer: Gazetteer) -> list[str]:
    """A title line that is a unit's full name and nothing else (a masthead over the title: 三河市)."""
    name = line.strip()
    return [name] if gazetteer.named(name) else []


def most_local(names: list[str], regions, gazetteer: Gazetteer) -> list[str]:
    """Of the places named, the lowest level: X市Y区 names the city and the district."""
    order = {"district": 0, "city": 1, "province": 2, "nation": 3}
    def level(n: str) -> int:
        r = regions.by_name(n)
        units = gazetteer.named(n) if r is None else ()
        return order[r.level] if r else min((order[u.level] for u in units), default=0)
    best = min(level(n) for n in names)
    return [n for n in names if level(n) == best]
