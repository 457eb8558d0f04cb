"""Pure: a place named by a document's title or its address — the short name before the report's kind (2022年新疆政府
工作报告), a part of a place the gazetteer does not hold (X市Y经开区…统计公报), an entry that opens by describing its
place (【概况】X(简称Y)地处…), and a title spelled in the address's path (…/2012年開原市政府工作報告)."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from etl.extract.characters import to_simplified
from etl.extract.clause_years import blank
from etl.extract.patterns import PART_NAME
from etl.extract.places import TOWN
from etl.extract.self_place import kind_of, named_as_another, simplified, speaks_of_government, whole_line_name
from etl.knowledge.gazetteer import Gazetteer, short_name

# a title naming its place by the short name just before the report's kind (2022年新疆政府工作报告), or before
# 经济 with the part of the year it reports before or after it (上半年青海经济呈现…, 内蒙古一季度经济运行…)
_SHORT_TITLE = re.compile(rf"^\s*(?:\d{{4}}年)?(?:{PART_NAME}(?=[\u4e00-\u9fff]{{2,4}}?经济))?"
                          r"([\u4e00-\u9fff]{2,4}?)(?:\d{4}年)?(?:国民经济和社会发展统计公报|人民政府工作报告|政府工作报告|"
                          rf"统计公报|{PART_NAME}?经济(?=[\u4e00-\u9fff“]))")

# a title opening with its place's full name, a year and the main indicators (X县2024年1-9月主要经济指标完成情况)
_INDICATORS_TITLE = re.compile(r"^\s*([\u4e00-\u9fff]{2,16}?)\d{4}年[^\n。,,;;、]{0,10}?主要(?:经济|统计)?指标")


def indicators_title_name(line: str, gazetteer: Gazetteer) -> list[str]:
    """The unit whose full name opens a title of a year's main indicators (雁塔区2024年1-9月主要经济指标完成情况)."""
    m = _INDICATORS_TITLE.match(simplified(line))
    return [m.group(1)] if m and gazetteer.named(m.group(1)) else []


def own_name_in_title(line: str, body: str, gazetteer: Gazetteer) -> list[str]:
    """The one unit a title line names in full (兴化市2024年经济数据公布, 【雁塔区】前三季度经济运行简况) when the text
    speaks of the whole or the government of a unit of its kind (全市, 市委): a title naming two units, a name several
    units share, or a text speaking of another kind (a district's delegation at its city's congress: 全市) give none."""
    line = simplified(line)
    names = list(gazetteer.mentions(line))
    units = gazetteer.named(names[0]) if len(names) == 1 else ()
    if len(units) != 1 or named_as_another(line, units[0], gazetteer):
        return []   # (赴兴化市考察学习: a place visited, helped or learnt from)
    return names if speaks_of_government(simplified(body), kind_of(names[0])) else []


# a headline that opens with its place's short name, set off (雁塔:前三季度经济运行稳中向好, 【长武】全县经济运行平稳)
_HEADLINE_NAME = re.compile(r"^\s*(?:【([\u4e00-\u9fff]{2,4})】|([\u4e00-\u9fff]{2,4})\s*[::])")

# a sentence, not a title: a comma or full stop inside a line of some length
SENTENCE_LINE = re.compile(r"^.{12,}[,,。;;].")


def headline_below(head_lines: list[str], gazetteer: Gazetteer) -> list[str]:
    """The place a headline names by its short name (上半年宁夏经济数据出炉), or a line that is only its full name
    (盟市概况 / 包头市), on one of the lines just below the first, where a site's navigation (站点切换, 新闻) or a section's
    name stands above it."""
    return next((named for ln in head_lines[1:4] if not SENTENCE_LINE.search(ln)
                 for named in [short_title_name(ln, gazetteer) or whole_line_name(ln, gazetteer)] if named), [])


def short_title_name(line: str, gazetteer: Gazetteer) -> list[str]:
    """The one unit whose short name opens a title before the report's kind (2022年新疆政府工作报告); none when
    the name is several units' (吉林: the province and the city) or no unit's."""
    line = simplified(line)
    m = _SHORT_TITLE.match(line) or _HEADLINE_NAME.match(line)
    units = gazetteer.by_short(next(g for g in m.groups() if g)) if m else ()
    return [units[0].name] if len(units) == 1 else parent_and_short(line, gazetteer)


def parent_and_short(line: str, gazetteer: Gazetteer) -> list[str]:
    """The one unit a headline opens with by its parent's short name and its own (重庆黔江上半年GDP…: 黔江区 of
    重庆市); none when no such pair, or several, open it."""
    found, line = set(), line.lstrip()
    for i in (2, 3):
        for j in (2, 3):
            above = line[:i]
            for unit in gazetteer.by_short(line[i:i + j]):
                if any(short_name(p.name) == above for p in gazetteer.parents(unit)):
                    found.add(unit.name)
    return list(found) if len(found) == 1 else []


# how the name of a part of a place, or of a body that is no unit, ends (X市高新区, X工业园, 新疆生产建设兵团, X森工集团)
_ZONE_ENDS = ("区", "园", "兵团", "集团", "农场")
# a title's subject before the report's kind or its issuing bureau (2015年重庆市万盛经开区国民经济和社会发展统计公报:
# 重庆市万盛经开区; 新疆生产建设兵团统计局: 新疆生产建设兵团)
_TITLE_SUBJECT = re.compile(r"^\s*(?:\d{4}年)?([\u4e00-\u9fff]{4,16}?)(?:\d{4}年)?(?:国民经济和社会发展统计公报|"
                            r"国民经济和社会发展计划|统计公报|政府工作报告|统计局)")
# … or of a year's work summary or plan (小河镇2024年工作总结及2025年工作打算, X经济技术开发区2024年工作总结): a town's, a
# street's or a zone's own work, whose figures are that part's, not its county's
_WORK_SUBJECT = re.compile(r"^\s*(?:\d{4}年)?([\u4e00-\u9fff]{3,16}?)(?:\d{4}年度?)?(?:上半年)?工作(?:总结|计划|打算|思路|要点)")
_TOWN_RUN = re.compile(r"(?:[\u4e00-\u9fff]{0,16}?[市县区旗])?(" + TOWN + r"|[\u4e00-\u9fff]{2,4}街道(?:办事处)?)")


# a yearbook's or gazetteer's entry that opens by describing its place: 【概况】X(简称Y)地处…, X位于…
_DESCRIBED = re.compile(r"^[\s\d年卷]*(?:【[^】\n]{1,8}】)?\s*([\u4e00-\u9fff]{2,16}?)\s?(?:[((][^))\n]{0,3}简称[^))\n]{1,8}[))]|地处|位于|坐落于|坐落在)(?!的)")
_HEADING_RUN_IN = 4   # at most a short heading word run into the name (概况, 基本情况), never a clause (今年我们去了…)
_HEADING_ONLY = re.compile(r"^[\s·•【】\u4e00-\u9fff]{1,10}$")   # a line of a few words and no sentence: a heading


def described_first(text: str, gazetteer: Gazetteer) -> str | None:
    """The unit an entry opens by describing (【概况】阿鲁科尔沁旗(简称阿旗)地处内蒙古…) within its first lines: the
    whole run before a bracketed short form (简称), 地处 or 位于 is one unit's full name; None otherwise. Further down
    the head, after a list of its leaders (【领导名录】 旗委书记:…), only a line under an entry's heading (【概况】)."""
    lines = [ln for ln in simplified(text[:800]).splitlines() if ln.strip()][:16]
    sentences = [ln for ln in lines if not _HEADING_ONLY.match(ln)]   # (概况, ·泰来县·: headings, not the first lines)
    for line in lines:
        m = _DESCRIBED.match(line) if line in sentences[:3] or line.lstrip().startswith("【") else None
        units = _described_units(m.group(1), gazetteer) if m else ()
        if units:
            return units[0].name if len(units) == 1 else None
    return None


def _described_units(run: str, gazetteer: Gazetteer) -> tuple:
    """The units of `run`'s full name, or of its end after a short heading word run into it (概况呼兰区, once the spaces
    between Chinese are taken out)."""
    return next((units for i in range(min(len(run) - 1, _HEADING_RUN_IN + 1)) if (units := gazetteer.named(run[i:]))), ())


_HEAD_LINES_CHARS = 400   # the first lines of a page: its headline and what stands above it
# the year's aims said as a place's own (2018年湖北省经济社会发展主要预期目标为:): that place is the text's
_AIMS_OWNER = re.compile(r"(?:^|[。\n])\s*(?:\d{4}年)?([\u4e00-\u9fff]{2,16}?)(?:经济社会发展|国民经济和社会发展)的?主要"
                         r"[\u4e00-\u9fff]{0,4}?目标")


# … or by its short name, after the year, in a headline (报告提出今年上海主要预期目标, 2024年阜阳主要目标)
_AIMS_OWNER_SHORT = re.compile(r"(?:今年|\d{4}年)([\u4e00-\u9fff]{2,4}?)(?:经济社会发展)?的?主要(?:预期)?目标")


def aims_owner(text: str, gazetteer: Gazetteer) -> str | None:
    """The one unit whose full name stands just before the year's main aims at a sentence's head, within the
    first part of the text, or whose short name does so in the first lines of a text speaking of a whole of its kind
    (全市); None when none or several do, or the name is several units'."""
    owners = set()
    body = simplified(text[:3000])
    for m in _AIMS_OWNER.finditer(body):
        name = gazetteer.name_ending(m.group(1))
        if name and m.group(1).endswith(name):
            owners.add(name)
    for m in _AIMS_OWNER_SHORT.finditer(body[:_HEAD_LINES_CHARS]):
        units = gazetteer.by_short(m.group(1))   # … a unit of the kind whose whole or government the text speaks of
        owners.update(u.name for u in units if len(units) == 1 and speaks_of_government(body, kind_of(u.name)))
    return _sole(owners, gazetteer)


def _sole(names: set[str], gazetteer: Gazetteer) -> str | None:
    """The one name of `names`, when there is one and it is one unit's (not a name several units share)."""
    return next(iter(names)) if len(names) == 1 and len(gazetteer.named(next(iter(names)))) == 1 else None


# a short name before 两会 near the head (第06版:2022阜阳两会 《政府工作报告》解读): the sessions of that place
_SESSIONS_OF = re.compile(r"(?:^|[\s::|])(?:\d{4}年?)?([\u4e00-\u9fff]{2,4}?)两会")


def sessions_owner(text: str, gazetteer: Gazetteer) -> str | None:
    """The one unit whose short name stands before 两会 in the first lines (2022阜阳两会): None when no unit's
    short name, or several units', stands there."""
    m = _SESSIONS_OF.search(simplified(text[:300]))
    units = gazetteer.by_short(m.group(1)) if m else ()
    return units[0].name if len(units) == 1 else None


def owner_named(text: str, gazetteer: Gazetteer, kind: tuple[str, bool] | None = None) -> str | None:
    """The unit whose year's aims the text states, else the one whose sessions (两会) it heads with, else the one its
    该市 refers back to; never one of another kind than the text calls its own (城北两会 in a text of 全省 and 省长
    is no 城北区)."""
    name = aims_owner(text, gazetteer) or sessions_owner(text, gazetteer) or referred_back(text, gazetteer) \
        or governing_owner(text, gazetteer) or opening_subject(text, gazetteer, kind) or set_phrase_owner(text, gazetteer, kind) \
        or leader_byline(text, gazetteer)
    return name if name and (kind is None or name.endswith(kind[0])) else None


_REFERRED = re.compile(r"该([市县区州盟旗省])")
# a text that opens with its own party committee and government leading the whole of its place (2017年,X市委、市政府
# 认真学习…,带领全市各族人民…)
_OWN_GOVERNMENT = re.compile(r"^\s*(?:\d{4}年[,,]?\s*)?([\u4e00-\u9fff]{2,16}?)委[、和]\s*[\u4e00-\u9fff]{0,4}?政府([^。]*)")


def governing_owner(text: str, gazetteer: Gazetteer) -> str | None:
    """The unit whose committee and government open the text as its subject and lead the whole of it (全市 in the same
    sentence); None otherwise, or when the name is several units'."""
    m = _OWN_GOVERNMENT.match(simplified(text[:400]))
    name = gazetteer.name_ending(m.group(1)) if m else None
    return _sole({name}, gazetteer) if name and f"全{name[-1]}" in m.group(2) else None


def referred_back(text: str, gazetteer: Gazetteer) -> str | None:
    """The one unit of its kind named in full before the head's first 该市 (该县, 该区) that refers back to it
    (从X市政府新闻发布会上获悉,一季度该市经济…); None when several or none are, or the name is several units'."""
    head = simplified(text[:1500])
    m = _REFERRED.search(head)
    if not m:
        return None
    return _sole({n for n in gazetteer.mentions(head[:m.start()]) if n.endswith(m.group(1))}, gazetteer)


def title_lines(text: str) -> list[str]:
    """The head's first lines, each alone and joined to the next (新疆生产建设兵团 / 2019年…统计公报: one title)."""
    lines = [ln.strip() for ln in text[:600].splitlines()[:8]]
    return lines + [a + b for a, b in zip(lines, lines[1:], strict=False) if a and b]


_WIRE_LEAD = re.compile(r"\s*[\u4e00-\u9fff]{1,8}讯")   # 本报讯, 宝坻讯记者从区统计局获悉: a story's lead, no title


def zone_in_title(line: str, gazetteer: Gazetteer) -> str | None:
    """The part of a place a title is about when the gazetteer does not hold it: a unit's name, then a name ending in
    区, 园 or 兵团 that is no unit (重庆市万盛经开区, X市高新区, 新疆生产建设兵团): its figures are not that unit's;
    None otherwise."""
    line = simplified(line)
    m = None if _WIRE_LEAD.match(line) else _TITLE_SUBJECT.match(line) or _WORK_SUBJECT.match(line)
    run = m.group(1) if m else ""
    town = _TOWN_RUN.fullmatch(run) if m and m.re is _WORK_SUBJECT else None
    if town and not gazetteer.name_ending(run):   # 小河镇, 衡山县开云镇: no unit, a town below one
        return run
    named = gazetteer.mentions(run) or [p for p in gazetteer.province_short_names if run.startswith(p)] or \
        [run[:k] for k in (3, 2) if len(gazetteer.by_short(run[:k])) == 1][:1]   # 新疆生产建设兵团, 龙南经济技术开发区
    if not named or gazetteer.name_ending(run) or not run.endswith(_ZONE_ENDS):
        return None
    last = max(run.rfind(n) + len(n) for n in named)
    tail = run[last:]
    return run if len(tail) >= 3 and not tail.startswith("全") else None


def title_in_address(url: str | None) -> str:
    """The words of an address's path, decoded, one segment a line (…/2012年開原市政府工作報告: a page named by
    its title); "" when it has none."""
    try:
        path = unquote(urlsplit(url or "").path)
    except ValueError:
        return ""
    return to_simplified("\n".join(seg for seg in path.split("/") if re.search(r"[\u4e00-\u9fff]", seg))[:400])


def namesake_parent(name: str | None, gazetteer: Gazetteer) -> str | None:
    """`name`, or the unit above it that shares its short name (荆州 is 荆州市 before its 荆州区): a place counted by a
    short name two nested units share is the upper one, which the short name is known for."""
    units = gazetteer.named(name) if name else ()
    if len(units) != 1:
        return name
    short = gazetteer.counted_names[units[0].code]
    above = {p.code for p in gazetteer.parents(units[0])}
    upper = [u for u in gazetteer.by_short(short) if u.code in above]
    return upper[0].name if upper else name


# the recipients an official document is addressed to (各市(地)人民政府(行署),绥芬河市、抚远县人民政府,省政府各有关直属单位:)
_ADDRESSEES = re.compile(r"^[ \t]*各[^\n]{0,240}?[::][ \t]*$", re.M)


def unaddressed(text: str) -> str:
    """`text` with its lines of addressees blanked, each character where it was: the governments a document is sent
    to are not its issuer."""
    return blank(_ADDRESSEES, text) if "各" in text else text


# a text's first sentence with its place as the subject, after a time or a headline's mark (过去五年,休宁县坚持…;
# 原标题:南昌一季度实现…) or after its parents' names (宁波市镇海区经济社会实现…)
_OPENING = re.compile(r"^\s*(?P<mark>原标题[::]\s*)?(?:(?P<lead>过去五年|过去一年|刚刚过去的\d{4}年|\d{4}年|\d{1,2}月\d{1,2}日)"
                      r"[,,]\s*(?:是)?)?([\u4e00-\u9fff]{2,16}?)"
                      r"(?:经济|坚持|实现|全[省市县区旗州盟]|各族|紧紧|深入|始终|认真|一季度|上半年|前三季度)")


def opening_subject(text: str, gazetteer: Gazetteer, kind: tuple[str, bool] | None) -> str | None:
    """The unit a text opens with as its first sentence's subject, in one of its first three lines, after a time or a
    headline's mark: by its full name, or by a short name when the text speaks of a government of that kind (全市 of
    南昌); or by its full name after its parents' names (宁波市镇海区). None when the name is several units', the run
    before it is no parent's name, or nothing but the name opens the text (雁塔区经济增长, 碑林区也…: a list of places)."""
    lines = [ln for ln in simplified(text[:600]).splitlines() if ln.strip()][:3]
    for m in filter(None, (_OPENING.match(ln) for ln in lines)):
        run, marked = m.group(3), bool(m.group("mark") or m.group("lead"))
        name = gazetteer.name_ending(run)
        units = gazetteer.named(name) if name else ()
        if name and len(units) == 1 and _parents_only(run[:-len(name)], units[0], gazetteer) and (marked or run != name):
            return name
        short = [u for u in gazetteer.by_short(run) if marked and kind and kind_of(u.name) == kind[0]]
        if len(short) == 1:
            return short[0].name
    return None


def _parents_only(run: str, unit, gazetteer: Gazetteer) -> bool:
    """`run` is empty or the names of units above `unit`, run together (浙江省宁波市, 宁波市)."""
    for parent in gazetteer.parents(unit):
        run = run.replace(parent.name, "")
    return run == ""


# the own place in the set phrases of a government's text: the leader's visit it studies (深入贯彻习近平总书记视察贵州重要
# 讲话精神, 对重庆提出的…), the national statistics office's team in it (国家统计局山西调查总队), its own bureaus' (X市公安局),
# the report it quotes by its formal name (关于山东省2014年预算执行情况和2015年预算草案的报告)
# (not the bureau above doing the unified accounting of its units: 据株洲市统计局统一核算, in a text of one of them)
_OWN_IN_SET_PHRASES = re.compile(
    r"总书记(?:视察|考察调研|考察|调研|来|对)([\u4e00-\u9fff]{2,8}?)(?:时的|重要|工作|提出)"
    r"|国家统计局([\u4e00-\u9fff]{2,8}?)调查总?队"
    r"|([\u4e00-\u9fff]{2,8}?[市县区])(?:公安局|统计局(?!统一核算)|财政局)"
    r"|关于([\u4e00-\u9fff]{2,12}?)\d{4}年[\u4e00-\u9fff、和与]{2,30}?(?:情况|草案)")


_BELOW = {"省": "市州盟县区旗", "市": "县区旗", "州": "县市旗", "盟": "旗市"}   # the kinds below a kind


def set_phrase_owner(text: str, gazetteer: Gazetteer, kind: tuple[str, bool] | None) -> str | None:
    """The one unit of the text's own kind (全省: a province) that its set phrases name as its own: the visit of the
    country's leader it studies, the statistics office's survey team, its own bureaus, the report it quotes by its
    formal name; None when the text's kind is not clear, a lower kind speaks (全县), or none or several units are."""
    body = simplified(text[:20000])
    if not kind or any(re.search(f"[全我]{k}", body) for k in _BELOW.get(kind[0], "")):
        return None   # 全县上下 in a text of 全省树标杆: a county's, whatever province it names
    found = set()
    for m in _OWN_IN_SET_PHRASES.finditer(body):
        run = next(g for g in m.groups() if g)
        units = gazetteer.named(gazetteer.name_ending(run) or "") if m.group(3) or m.group(4) else \
            gazetteer.named(run) or gazetteer.by_short(run)
        found |= {u.name for u in units if kind_of(u.name) == kind[0]}
    return _sole(found, gazetteer)


# a byline of the place's head of government alone on its line (文|内蒙古自治区主席 巴特尔; 某县县长 张三): the author's place
_LEADER_BYLINE = re.compile(r"^\s*(?:文\s*[|/::]\s*)?([\u4e00-\u9fff]{2,16}?)(省长|市长|县长|区长|旗长|州长|盟长|主席)\s*"
                            r"[\u4e00-\u9fff□]{2,4}\s*$", re.M)   # (the name blanked: self_place.simplified)
_LEADS = {"省长": "省", "主席": "省", "市长": "市", "县长": "县", "区长": "区", "旗长": "旗", "州长": "州", "盟长": "盟"}


def leader_byline(text: str, gazetteer: Gazetteer) -> str | None:
    """The one unit whose head of government signs the text on a line of its own near its head (文|内蒙古自治区主席
    巴特尔): the unit's full name before the title, of the title's kind; None when none or several units are."""
    found = set()
    for m in _LEADER_BYLINE.finditer(simplified(text[:400])):
        name = gazetteer.name_ending(m.group(1))
        if name and m.group(1).endswith(name) and kind_of(name) == _LEADS[m.group(2)]:
            found.add(name)
    return _sole(found, gazetteer)


def title_unit_below(title: str, issuer: str, gazetteer: Gazetteer) -> str | None:
    """The one unit (a former name read as today's unit) a title line names that lies below `issuer`, the place an
    issuer line further down names (关注晋中太谷区(再见太谷县你好) over 山西省人民政府发布:…撤销太谷县,设立太谷区): the
    item is the title's place's, the issuer only announcing it; None when the title names none or several."""
    above = gazetteer.labelled(issuer)
    if above is None or not title:
        return None
    found = set()
    for name in gazetteer.mentions(simplified(title)):
        code = gazetteer.former.get(name)
        units = [gazetteer.units[code]] if code in gazetteer.units else list(gazetteer.named(name))
        found |= {u.code for u in units if any(p.code == above.code for p in gazetteer.parents(u))}
    return gazetteer.units[found.pop()].name if len(found) == 1 else None
