"""Other places: words before an indicator name, or the place a sentence is about, that make a figure another place's."""

from __future__ import annotations

import functools
import re

from etl.extract.asked import BRACKETED_SPEAKER
from etl.extract.patterns import DIRECTS, DIRECTS_IN_LIST, LED_BY, PART_NAME
from etl.extract.self_place import autonomous_kind, kind_of
from etl.knowledge import Knowledge
from etl.knowledge.gazetteer import short_name
from etl.knowledge.tables import alternation


def own_level(knowledge: Knowledge, own: str | None) -> str | None:
    """The level of the document's place: from data/regions.csv, else from the gazetteer by its label
    (the name of one unit, or a shared name with its parent's; a county-level unit is a district here)."""
    mine = knowledge.regions.by_name(own)
    if mine:
        return mine.level
    unit = _unit_of(knowledge, own)
    return unit.level if unit is not None else None


def _unit_of(knowledge: Knowledge, own: str | None):
    """The gazetteer's unit of a label, or of a former name the document knows its place by (蓟县: 蓟州区 today)."""
    gazetteer = knowledge.gazetteer
    return gazetteer.labelled(own) or (gazetteer.units.get(gazetteer.former.get(own, "")) if own else None)


def bare_name(knowledge: Knowledge, own: str | None) -> str | None:
    """A label's unit name without its parent's (海口市龙华区 -> 龙华区), or None."""
    unit = _unit_of(knowledge, own)
    return unit.name if unit is not None else None


# the words before a kind that make a place's whole or its own (全县, 我县, 本县)
_LEADS = ("全", "我", "本")


def own_kind_words(own: str | None) -> set[str]:
    """The words a place's name makes its own besides its whole (我市, 本市 for 沙河市 or 天津市; 我县, 本县 for a county)."""
    return {"我" + kind_of(own), "本" + kind_of(own)} if own else set()


def own_whole(own: str | None) -> str:
    """The whole-of word a place's name makes its own: 全市 for 沙河市 or 天津市 (whatever their level),
    全县 for a county, 全旗 for a banner."""
    return "全" + kind_of(own) if own else ""


def other_places(knowledge: Knowledge, own: str | None) -> re.Pattern:
    """Words just before an indicator name that make it another place's figure: every place of
    data/regions.csv but the document's own, and the whole-of words of data/region_levels.csv (and
    全球) unless that is the document's level."""
    regions = knowledge.regions
    mine = regions.by_name(own)
    level = own_level(knowledge, own)
    names = {w for r in regions.rows if r is not mine for w in (r.name_zh, r.short_zh, *r.aliases) if w}
    # the other levels' wholes and the words they use for themselves (全省, 我国: 国内生产总值 is the nation's)
    names |= _wholes_of_other_levels(knowledge, own, level)
    names.add("全球")
    if mine:   # X市Y区: a parent named with the district is the district
        names -= {mine.name_zh, mine.short_zh}
    bare = bare_name(knowledge, own)
    if bare:   # 海口市龙华区's own 龙华区 (and 龙华), though Shenzhen's is listed
        names -= {bare, short_name(bare)}
    return _ending("(?:" + alternation(names) + r")\s*$")


@functools.lru_cache(maxsize=64)
def _ending(pattern: str) -> re.Pattern:
    """A compiled pattern, once per distinct text: places of one level and kind share theirs, and a national
    corpus has thousands of places (a compile each cost its build's readers about 20 s of CPU)."""
    return re.compile(pattern)


# a town or township below a county (沐溪镇, 永福乡), by its suffix; not a word that ends so (城镇, 乡镇, 城乡, 小镇)
TOWN = r"[\u4e00-\u9fff]{1,3}(?:(?<![城集村市重古名小全本该各乡])镇|(?<![城全本该各家故下返])乡)"
# a place the table does not know, by its suffix (甲州经济总量, 某某县GDP, 沐溪镇规上工业增加值, 五县(市)), unless it is the
# document's own
_SUFFIXED = re.compile(r"(?:[\u4e00-\u9fff]{1,3}(?<![全本我该辖城各])(?:州|市|省|县)(?:[((][市区县旗、]{1,5}[))])?|"
                       r"[一二三四五六七八九十两]区[((][市区县旗、]{1,5}[))]|" + TOWN + r")\s*$")


def own_names(knowledge: Knowledge, own: str | None) -> tuple[str, ...]:
    """The names a document's place goes by (data/regions.csv's with aliases, else its label, bare name and short name:
    海口市龙华区, 龙华区, 龙华)."""
    mine = knowledge.regions.by_name(own)
    bare = None if mine else bare_name(knowledge, own)
    names = (mine.name_zh, mine.short_zh, *mine.aliases) if mine else (own, bare, short_name(bare) if bare else None)
    return tuple(dict.fromkeys(w for w in names if w))


class PlaceTopic:
    """Which place a sentence is about where its indicator names carry no place of their own:
    "X省…会议提到,…,预计经济总量突破Y" is X's figure. The last place named before the name decides,
    unless it only leads (在X市委…领导下), is compared with (比X市), or the document's own place
    (by name or 全区/我区/本区) comes after it."""

    def __init__(self, knowledge: Knowledge, own: str | None):
        regions = knowledge.regions
        mine = regions.by_name(own)
        own_words = set(own_names(knowledge, own))
        # every place but ours by name (全国 is a whole-of word, not a name: 居全国首位 is about us)
        others = {w for r in regions.rows if r is not mine
                  for w in ((r.name_zh,) if r.level != "nation" else ()) + tuple(r.aliases) if w}
        others -= own_words
        # the city or province above, as a clause's subject after a time word (今年广西…预期目标6.5%以上)
        self.above = _ancestors(knowledge, own) - own_words
        level = own_level(knowledge, own)
        own_words |= {w for lvl, w in knowledge.grammar.whole_of.items() if lvl == (level or "district")}
        own_words |= {own_whole(own)} - {""}
        own_words |= own_kind_words(own)   # 我县, 本县
        if own and own.endswith("自治区"):
            own_words |= {lead + "区" for lead in _LEADS}   # an autonomous region's 全区
        own_words |= set(knowledge.grammar.own_words.get(level or "district", ()))
        own_words -= _parents_words(knowledge, own)   # a banner's 全区 is its autonomous region's
        own_words |= {"我们"}   # (今年全省目标是5.5%左右,我们提出的是…增长8%: the speaker's place, whatever its level)
        # our own place by name or word, as a clause's only subject (…,我县增长5.3%: see own_again)
        self.own = re.compile(alternation(own_words)) if own else None
        above = f"|{_CLAUSE_HEAD}(?P<above>{alternation(self.above)})" if self.above else ""
        self.pattern = re.compile("(?P<own>" + alternation(own_words) + ")|(?P<other>" + alternation(others) + ")"
                                  + above + _aims_of_levels_above(knowledge, own, level)) if others and own_words else None

    def others_before(self, sent: str) -> list[int]:
        """Start offsets of the clauses from which the sentence is about another place (sorted)."""
        if self.pattern is None:
            return []
        starts, about_other = [], False
        for m in self.pattern.finditer(sent):
            if m.group("own"):
                if about_other:
                    starts.append(-m.start())     # back to our own place from here on
                about_other = False
                continue
            tail = sent[m.end():m.end() + 2]
            lead_in = sent[max(0, m.start() - 3):m.start()]
            if tail.startswith(("委", "政府", "人民政府")) or re.search(r"[比较与同于在占]\s*$", lead_in) \
                    or DIRECTS.match(sent, m.end()) or DIRECTS_IN_LIST.match(sent, m.end()):
                continue
            if not about_other:
                starts.append(m.start())
            about_other = True
        return starts

    @staticmethod
    def is_other(marks: list[int], pos: int, sent: str) -> bool:
        state = False
        for mark in marks:
            at = abs(mark)
            if at >= pos:
                break
            state = mark >= 0 and not LED_BY.search(sent[at:pos])
        return state


def _wholes_of_other_levels(knowledge: Knowledge, own: str | None, level: str | None) -> set[str]:
    """The whole-of words of the levels that are not the document's, and the words those levels use for themselves
    (全市, 全省, 全国, 我市, 我国 in a district's report), but for those the place's own name makes its own (a county-level
    city's or a municipality's 全市, 我市); none for a place of unknown level, whose 全市 may be its own (its figures go
    to review)."""
    if level is None:
        return set()
    grammar = knowledge.grammar
    wholes = {w for lvl, w in grammar.whole_of.items() if lvl not in (level, "district")}
    wholes |= {w for lvl, ws in grammar.own_words.items() if lvl not in (level, "district") for w in ws}   # 我市, 我省
    if level in ("city", "province"):   # a county's or a banner's whole in a city's or province's text: a unit below
        below = ("县", "旗", "州", "盟") if level == "province" else ("县", "旗")   # (… and a prefecture's in a province's)
        wholes |= {lead + k for k in below for lead in _LEADS}
    return (wholes | _parents_words(knowledge, own)) - {own_whole(own), *own_kind_words(own)}


def _parents_words(knowledge: Knowledge, own: str | None) -> set[str]:
    """The whole-of and own words of the units above ours by their kind, but for our own kind (全州, 我州 over a county
    of an autonomous prefecture; 全盟 over a banner; 全区 over a county or a county-level city of an autonomous region
    or of a 地区: there 全区 is not a district's own word)."""
    unit = _unit_of(knowledge, own)
    if unit is None:
        return set()
    parents = knowledge.gazetteer.parents(unit)
    kinds = {k for p in parents for k in (kind_of(p.name), "区" if p.name.endswith("自治区") else "")}
    # … and an autonomous unit above said by its kind alone (自治区提出, 自治州要求: its government's words)
    bare = {kind for p in parents if (kind := autonomous_kind(p.name)) and not unit.name.endswith(kind)}
    return {lead + k for k in kinds - {"", kind_of(unit.name)} for lead in _LEADS} | bare


def _aims_of_levels_above(knowledge: Knowledge, own: str | None, level: str | None) -> str:
    """Another level's whole-of word as the subject of a target or announcing word a few characters on (全市确定的目标是,
    全省预期, 全市力争): the clause quotes that level's aims, not the document's; '' for a place of unknown level."""
    wholes = _wholes_of_other_levels(knowledge, own, level)
    if not wholes:
        return ""
    grammar = knowledge.grammar
    words = alternation(grammar.target_words + grammar.announce_words)
    return f"|(?P<aims>(?:{alternation(wholes)})[^,,;;。:\\d]{{0,12}}?(?:{words}))"


# where a clause's subject stands: after a time word that opens it (今年, 去年, 2022年, 全年)
_CLAUSE_HEAD = r"(?:(?<=今年)|(?<=去年)|(?<=明年)|(?<=全年)|(?<=\d{4}年))[,,]?"


def _ancestors(knowledge: Knowledge, own: str | None) -> set[str]:
    """The names (full, and short of three characters or fewer) of the city and province above the document's
    unit in the gazetteer: a clause about one of them quotes its figures, not the document's."""
    unit = _unit_of(knowledge, own)
    parents = knowledge.gazetteer.parents(unit) if unit is not None else []
    return {n for p in parents for n in (p.name, short_name(p.name)) if n and len(n) >= 2 and n != own}


@functools.lru_cache(maxsize=256)
def topic_for(knowledge: Knowledge, region: str | None) -> PlaceTopic:
    return PlaceTopic(knowledge, region)


class OtherPlaces:
    """The words just before an indicator name that make it another place's figure: `other_places`'s
    pattern, or the full name of any unit of the gazetteer but the document's own (邻近的长安区地区生产总值
    in 雁塔区's report). Names of two characters (城区, 郊区, 南县) are left to the pattern: too often words."""

    def __init__(self, knowledge: Knowledge, own: str | None):
        self.pattern = other_places(knowledge, own)
        self.own_names = tuple(w for w in own_names(knowledge, own) if len(w) <= 8)
        self.gazetteer = knowledge.gazetteer
        mine = _unit_of(knowledge, own) or next(
            (u for r in knowledge.regions.rows if r.name_zh == own for u in knowledge.gazetteer.units.values()
             if u.code == r.code), None)
        self.own = {own, mine.name if mine else None, *knowledge.gazetteer.former_names(mine)} - {None}
        # a province by its short name right before the name, alone or with its whole (河北全省生产总值, 湖南生产总值)
        shorts = alternation(sorted(knowledge.gazetteer.province_short_names))
        self.provinces = re.compile(f"({shorts})" r"(?:全省|全区|全市)?\s*$")
        # … or opening the clause, a year between (■ 宁夏2023年社会消费品零售总额…, a linked headline)
        self.province_head = re.compile(f"[{re.escape(_LIST_LEAD)}]*({shorts})" r"\d{4}年(?:全省|全区|全市)?\s*")
        wholes = _wholes_of_other_levels(knowledge, own, own_level(knowledge, own))
        # another level's whole in a figure's own clause before it, not as the place where ours stands (在全市率先, 居全省), nor a
        # census's name (根据第三次全国经济普查结果修订为)
        self.whole = re.compile(f"(?<![在居列位名次])(?:{alternation(wholes)})(?!(?:经济|农业|人口)?普查)") if wholes else None
        # … or alone in the clause before a name's, a verb before it at most (放眼全自治区,去年地区生产总值…)
        self.whole_alone = re.compile(rf"\s*[“\"「『‘]?[\u4e00-\u9fff]{{0,3}}?(?<![在居列位名次])(?:{alternation(wholes)})\s*[,，]?\s*") \
            if wholes else None
        self.aim = re.compile(alternation(knowledge.grammar.target_words))
        # a place named with its whole (南通市全市一般公共预算收入): the place's, whatever whole-of word follows it
        self.whole_after = re.compile(f"(?:{alternation(set(knowledge.grammar.whole_of.values()))})$")
        announce = knowledge.grammar.announce_words
        self.announce = re.compile(alternation(announce)) if announce else re.compile(r"(?!)")
        # another level's whole as the subject that opens a name's clause, a verb or two before it (全市实现地区生产总值,
        # 今年全市前三季度…)
        # … or a town below ours, so (沐溪镇实现规上工业增加值)
        self.lead = re.compile(rf"\s*[“\"「]?(?:(?:\d{{4}}年|[今去]年|同期|其中|而|{PART_NAME})\s*[,,]?\s*){{0,2}}(?:{alternation(wholes) + '|' if wholes else ''}"
                               rf"{TOWN})(?:\d{{4}}年)?(?:{PART_NAME})?[^,,;;。:：\d]{{0,6}}")   # (全市2024年地区生产总值…, 全省1—2月…)

    def whole_in(self, clause: str) -> bool:
        """Another level's whole is named in `clause` (a figure's own clause up to it: 与全省“十四五”规划确定的年均增长,
        高于全国平均水平(…) and no target word after it (…排名全市第1位(预期目标为8.5%以上) is the document's aim):
        the figure is that level's, not the document's."""
        clause = _CLOSED_ASIDE.sub("", clause)   # 增长12.6%(全国8.1%)达92.9亿元: an aside closed before the figure
        named = [m for m in self.whole.finditer(clause)] if self.whole is not None else []
        return bool(named) and not self.aim.search(clause, named[-1].end())

    def whole_opens(self, name: str) -> bool:
        """An indicator's name that opens with another level's whole (全区生产总值 in a city of an autonomous region: the
        region's, however a district's texts use the name)."""
        return self.whole is not None and self.whole.match(name) is not None

    def leads(self, head: str) -> bool:
        """Another level's whole, or a town below ours, opens `head`, a name's clause up to the name (全市实现, 2024年全省
        完成, 其中,永福乡完成); or another place of the gazetteer announces the aims that follow (潍坊市提出今年…, 吕梁市
        提出今年全市…: its 全市 is its own)."""
        head = BRACKETED_SPEAKER.sub("", head)   # (【山南电视台记者】全自治区2017年GDP…: a speaker's label opens the line)
        return self.lead.fullmatch(head) is not None or self.announced(head) or self._named_at_head(head) \
            or self._province_opens(head) or self._short_then_year(head)

    def _short_then_year(self, head: str) -> bool:
        """Another unit's short name opens the clause with only a year after it (“长沙去年地区生产总值…, 郴州2023年GDP…: a
        speaker on another place); not an ordinary word (data/ordinary_place_words.csv), not ours."""
        m = _SHORT_THEN_YEAR.fullmatch(head, _opening(head))
        if m is None or m.group(1) in self.gazetteer.ordinary or m.group(1) in self.own_names:
            return False
        return self._others(self.gazetteer.by_short(m.group(1)))

    def _others(self, units) -> bool:
        """Units a name stands for, none of them the document's own."""
        return bool(units) and not any(u.name in self.own for u in units)

    def _province_opens(self, head: str) -> bool:
        province = self.province_head.fullmatch(head)
        return bool(province) and self._other_province(province.group(1))

    def _other_province(self, short: str) -> bool:
        return not any(u.name in self.own for u in self.gazetteer.by_short(short) if u.level == "province")

    def _named_at_head(self, head: str, longest_rest: int = 8) -> bool:
        """Another unit of the gazetteer, named in full, opens the clause, a few words of time or verb before the name
        (· 惠安县上半年固定资产投资…, 泉州市1-5月规上工业…: a linked headline of another place)."""
        start = _opening(head)   # (“长沙市去年…: a quoted speaker's place)
        where = _WHERE_IT_LIES.match(head, start)   # (邻近的靖宇县去年固投增长了11%)
        start = where.end() if where else start
        for end in range(min(len(head), start + _LONGEST_NAME), start + 1, -1):
            if end - start == 2 and not self._county_of_two(head[start:end]):
                continue
            units = self.gazetteer.named(head[start:end])
            if units:   # (贵港市下达我市…: what the other place hands down to ours is ours)
                rest = head[end:]   # (深圳市罗湖区…: the parent named with ours is ours)
                return len(rest) <= longest_rest and not any(u.name in self.own for u in units) \
                    and not _OURS_AFTER.search(rest) and not any(w and w in rest for w in (*self.own, *self.own_names))
        return False

    def _county_of_two(self, name: str) -> bool:
        """A county's name of two characters (息县, 沛县) that no ordinary word is (data/ordinary_place_words.csv): only
        such a short name opens a clause as another place's (not 城区, 郊区, 成县 of 完成县域)."""
        return name.endswith("县") and name not in self.gazetteer.ordinary

    def labelled(self, sent: str, at: int) -> bool:
        """Another unit of the gazetteer, alone before a colon, opens the sentence that names an indicator at `at`
        (· 宜阳县:2016年规上工业增加值增长9.1%, a linked headline): the item is that place's."""
        label = _PLACE_LABEL.match(sent, 0, at)
        units = self.gazetteer.named(label.group(1)) if label else ()
        if units:
            return not any(u.name in self.own for u in units) and label.group(1) not in self.own_names
        titled = _TITLED_LABEL.match(sent, 0, at)   # (> 门头沟区2024年统计公报:地区生产总值…: a linked title of another's)
        return bool(titled) and self._named_at_head(titled.group(1), _WORDS_IN_TITLE)

    def alone_before(self, clause: str) -> bool:
        """`clause`, the one before a name's, is another unit of the gazetteer in full and alone, or with a word of where
        it lies (隔壁的五华县,去年GDP增长9.1%), or another level's whole (放眼全自治区,去年…): the clause after it is that
        place's."""
        if self.whole_alone is not None and self.whole_alone.fullmatch(clause):
            return True
        alone = _PLACE_ALONE.fullmatch(clause)
        name = self.gazetteer.name_ending(alone.group(1)) if alone else None
        return name == (alone.group(1) if alone else "") and len(name) >= 3 \
            and not any(u.name in self.own for u in self.gazetteer.named(name))

    def announced(self, head: str) -> bool:
        """`head` (a name's clause up to it, or with the clause before it) opens with another place of the gazetteer and
        a word that announces aims (潍坊市提出今年…, 惠州市委提出,今年…)."""
        said = self.announce.search(head)
        if said is None or _ANNOUNCED_AFTER.search(head, said.end()):
            return False
        name = self.gazetteer.name_ending(_ISSUER_TAIL.sub("", head[:said.start()].rstrip()))
        return bool(name) and len(name) >= 3 and not any(u.name in self.own for u in self.gazetteer.named(name))

    def search(self, before: str) -> bool:
        if self.pattern.search(before) or (_SUFFIXED.search(before) and not before.rstrip().endswith(self.own_names)):
            return True
        province = self.provinces.search(before)
        if province and self._other_province(province.group(1)):
            return True
        bare = self.whole_after.sub("", before.rstrip())
        name = self.gazetteer.name_ending(bare)
        return bool(name) and len(name) >= 3 and name not in self.own \
            or (bare != before.rstrip() and self._short_whole(bare))

    def _short_whole(self, bare: str) -> bool:
        """Another unit's short name right before its whole (江门全市一般公共预算收入): that unit's figure."""
        units = next((u for k in (3, 2) if bare[-k:] not in self.gazetteer.ordinary
                      and (u := self.gazetteer.by_short(bare[-k:]))), ())
        return self._others(units)


_CLOSED_ASIDE = re.compile(r"[((][^()()]*[))]")
_WHERE_IT_LIES = re.compile(r"[\u4e00-\u9fff]{1,4}的(?=[\u4e00-\u9fff]{2,12}?[省市区县旗州盟])")
_PLACE_ALONE = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,4}的)?([\u4e00-\u9fff]{3,12})\s*[,，]?\s*")
_LIST_LEAD = " \t·•●▪◆■▲▶►◎>›-—*0123456789.、)】]"   # what opens an item of a list of links (· , 3. )
_QUOTES = "“\"「『‘"


def _opening(head: str) -> int:
    """Where a clause's words open, after a list item's marks and an opening quote mark."""
    return len(head) - len(head.lstrip(_LIST_LEAD + _QUOTES))


_SHORT_THEN_YEAR = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:全[省市区县州盟旗])?(?:去年|今年|前年|上年|同期|\d{4}年)(?:全年|上半年|一季度|前三季度)?\s*")
_LONGEST_NAME, _WORDS_IN_TITLE = 12, 16
_TITLED_LABEL = re.compile(r"([" + re.escape(_LIST_LEAD) + r"]*[\u4e00-\u9fff][^,,。;;::!?!?\n]{2,23})[::]")
_PLACE_LABEL = re.compile(r"[" + re.escape(_LIST_LEAD) + r"]*([\u4e00-\u9fff]{2,12}?)\s*[::]")
_OURS_AFTER = re.compile(r"[我本][省市区县旗州盟]|我们")
_ISSUER_TAIL = re.compile(r"(?:委|人民政府|政府)$")   # 潍坊市委提出, 潍坊市政府提出: the place, by its organs
_ANNOUNCED_AFTER = re.compile(r"[,,].*[,,]")   # no more than one clause after the announcing words


def as_named(knowledge: Knowledge, region: str | None, text: str) -> str | None:
    """The name the document knows its place by: a former name of another kind (偃师市, a district since) when the text
    names it and never today's name, so that the former kind's words (全市, 我市) are the place's own; else `region`."""
    unit = knowledge.gazetteer.labelled(region) if region else None
    if unit is None or unit.name in text:
        return region
    older = [n for n in knowledge.gazetteer.former_names(unit) if kind_of(n) != kind_of(unit.name) and n in text]
    return older[0] if len(older) == 1 else region


@functools.lru_cache(maxsize=256)
def other_places_for(knowledge: Knowledge, region: str | None) -> OtherPlaces:
    """OtherPlaces for a document's region, built once per region (not once per document)."""
    return OtherPlaces(knowledge, region)
