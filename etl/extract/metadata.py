"""Pure: what a document says of itself: where one document of a file ends and the next begins, its
title, its type, and which years it reviews and plans (its date: etl/extract/doc_date.py)."""

from __future__ import annotations

import re

from etl.extract.lead_part import lead_part
from etl.extract.outline import outline_start
from etl.extract.page_frame import CRUMB_MARK, HASHTAGS, links_start
from etl.extract.patterns import (
    BARE_YEAR,
    FIRST_HALF,
    FIVE_YEAR_PLANS,
    PART_NAME,
    PLAN_DRAFT,
    PLAN_TARGETS,
    words_of,
)
from etl.extract.release_years import REPORT_PROGRESS, of_the_first_half, release_years, work_ahead_year
from etl.extract.spoken_numbers import whole_number
from etl.extract.title_line import TITLE_LABEL, title_words
from etl.knowledge.documents import DocumentTypes
from etl.knowledge.words import Grammar
from etl.records import Document

MIN_SEGMENT_CHARS = 200
_TITLE_REACH = 400   # a report's title, below a site's breadcrumb and page tools, stands in its first characters


_SEPARATOR_LINE = re.compile(r"^[-—]\s*$|^\f")
_TITLE_WORDS = re.compile(r"政府工作报告|计划执行情况|国民经济和社会发展计划|统计公报|经济运行情况")
# a line telling that someone delivered the report (王伟作政府工作报告。刘宵华摄), or a photo's credit: news, no title
_DELIVERED = re.compile(r"作《?(?:[省市县区旗州])?政府工作报告|摄\s*[))]?\s*$"
                        r"|[::][^。\n]*?\d%|[??]")   # (…统计公报:地区生产总值增长5.0%: a linked headline; a question)
# the line before a dash, a table's cell of a number (3456.4, 12以上, 103左右, 8.7(实际增长7.9), <4.5): the dash is an empty cell
_NUMBER_CELL = re.compile(r"(?:[<>≤≥＜＞]=?)?-?\d[\d.]*\s*(?:%|[\u4e00-\u9fff]{1,2})?\s*(?:[((][^()()\n]{0,12}[))])?")
_PROSE = re.compile(r"[\u4e00-\u9fff][,,。;;]")
# a row of a disclosure page's header flattened into cells (关键词: | 目标任务;城乡;发展): labels and values, no prose
_HEADER_CELLS = re.compile(r"[::]\s*\|")
_ENUMERATED = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|\d+[.、])")

# a field of a disclosure page's header (标 题: 2013年X市政府工作报告): the title of the document the header is of
_TITLE_FIELD = re.compile(rf"^(?:{TITLE_LABEL}|文\s*件\s*名\s*称?)\s*[::]")


# a table's caption (表1:2020年…计划目标完成情况, 附表2, …预期目标一览表) names what the table shows: no new document, no title
_CAPTION = re.compile(r"^(?:附?表\s*[\d一二三四五六七八九十]+|附表|[^。,,;;]{4,60}?(?:一览表|情况表|对照表|汇总表)\s*$)")


def _is_title_line(line: str) -> bool:
    s = line.strip().lstrip("#").strip()
    return 0 < len(s) <= 80 and bool(_TITLE_WORDS.search(s)) and not _ENUMERATED.match(s) \
        and not s.endswith(("。", ",", ";", ":", ":")) and not _TITLE_FIELD.match(s) and not _CAPTION.match(s) \
        and not _DELIVERED.search(s)


def _part_of_title(line: str, head: str) -> bool:
    """`line` is part of a longer line of `head` (a segment's first characters, where its title stands): a heading that
    repeats a piece of the report's title. The same line again (政府工作报告 over each of two reports) is another title."""
    return line in head and any(line in h and line != h.strip() for h in head.splitlines())


def split_segments(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the documents a file holds. Boundaries: a line that is only a dash
    (listing pages), a form feed, or a report title line after the start of a segment.
    Segments shorter than MIN_SEGMENT_CHARS are merged into a neighbour."""
    starts, pos, seg_has_body, last, lines = [0], 0, False, "", text.splitlines(keepends=True)
    for k, line in enumerate(lines):
        stripped = line.strip()
        # (a dash beside a table's number cell, or before another dash, is an empty cell: 103左右 / - / 100.7, 亿元 / — / 9.6)
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        if _SEPARATOR_LINE.match(line) and seg_has_body and not _NUMBER_CELL.fullmatch(last) \
                and not (_NUMBER_CELL.fullmatch(nxt.strip()) or _SEPARATOR_LINE.match(nxt)):
            starts.append(pos)
            seg_has_body = False
        elif _is_title_line(line) and seg_has_body and not _part_of_title(stripped, text[starts[-1]:min(pos, starts[-1] + _TITLE_REACH)]):
            # (a heading that repeats part of the report's own title, 2020年国民经济和社会发展计划执行情况 under 关于X县2020年
            # 国民经济和社会发展计划执行情况及2021年计划(草案)的报告, is a section of it, not a report of its own)
            starts.append(pos)
            seg_has_body = True
        elif len(stripped) > 40 and _PROSE.search(stripped) and not _HEADER_CELLS.search(stripped):
            seg_has_body = True   # a line of prose; a page's menus and indexes of years are none
        last = stripped or last
        pos += len(line)
    spans = [(a, b) for a, b in zip(starts, starts[1:] + [len(text)], strict=True) if b > a]
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and len(text[merged[-1][0]:merged[-1][1]].strip()) < MIN_SEGMENT_CHARS:
            merged[-1][1] = b
        else:
            merged.append([a, b])
    if len(merged) > 1 and len(text[merged[-1][0]:merged[-1][1]].strip()) < MIN_SEGMENT_CHARS:
        last = merged.pop()
        merged[-1][1] = last[1]
    return [(a, b) for a, b in merged] or [(0, len(text))]


# --- metadata read from the text ---------------------------------------------------------

_FRONT_TITLE = re.compile(r"^title:\s*['\"]?(.+?)['\"]?\s*$", re.M)
# a plan report on the first half of a year (2022年上半年计划执行情况, 2022年1-6月…计划执行情况)
_HALF_YEAR_REPORT = re.compile(r"\d{4}年(?:" + FIRST_HALF + r"[^。]{0,20}计划|[^。]{0,20}计划" + FIRST_HALF + r")执行情况")
# … or on another part of it (2022年1-9月份…计划执行情况, 2023年前三季度计划执行情况, 2021年一季度…): of that year too
_PART_YEAR_REPORT = re.compile(r"(\d{4})年(?:" + PART_NAME + r"[^。\n]{0,20}计划[^。\n]{0,4}|[^。\n]{0,20}计划" + PART_NAME + r")执行情况")
_PLANS = re.compile(f"{PLAN_TARGETS}|{PLAN_DRAFT}" r"|(\d{4})年(?:政府)?(?:主要)?工作(?:安排|总体要求|总体思路|要点|计划|思路|打算)")
_TITLE_YEAR = re.compile(r"(\d{4})年")
# a title naming a year's plan itself (2022年全市国民经济和社会发展计划报告, X市2023年国民经济和社会发展计划),
# not its execution (2023年…计划执行情况, 计划上半年执行情况): the year the document plans
_PLAN_TITLE = re.compile(r"(\d{4})年[^。,,;]{0,12}?国民经济和社会发展计划(?![^。,,;]{0,8}?执行)")

# a release by its name (经济运行情况, 简况, 简析, 概况, 综述, 快报; not 经济运行分析会, a meeting)
_RELEASE_NAME = r"经济运行(?:情况|简况|简析|概况|综述|快报|分析(?![会报])|态势分析)"
_TYPE_RULES = [
    ("government work report", re.compile(r"政府工作报告|向大会(?:作|报告)(?:政府)?工作|作政府工作报告")),
    ("plan report", re.compile(r"计划执行情况|国民经济和社会发展计划|预算执行情况|预算草案")),
    # a bulletin's own words (公报如下; 经济运行情况, 简况, 简析, but not 经济运行分析会) or its first section (一、综合, (一)综合)
    # on a line of its own
    ("statistics release", re.compile(r"统计公报|" + _RELEASE_NAME + r"|\d{4}年[^。,,;;\n]{0,10}?主要(?:经济|统计)?指标(?:完成|运行)情况|统计局|初步核实结果|公报如下|^\s*(?:一\s*[、.]|[((]\s*一\s*[))])\s*综\s*合\s*$", re.M)),
    ("meeting minutes", re.compile(r"纪要|参会人员|会议议定")),
    ("news", re.compile(r"记者|来源:|原标题|人民网|新闻|讯 |(?<![\d.])\d{1,2}:\d{2}(?![\d.])|^date:|^\s*\d{4}-\d{2}-\d{2}\s*$", re.M)),
]


_REPORT_NAME = re.compile(r"\d{4}年[^,。;]{0,30}(?:工作报告|统计公报|计划[^,。;]{0,20}报告)$")
# a line that is no title: a breadcrumb, a table row, a source, a publication time (发布时间:…), a bare date (with its hour), or a news item's summary point
# opened by a bullet mark (■政府工作报告对上年工作作了回顾)
_NOT_TITLE = re.compile(CRUMB_MARK.pattern + r"|\||来源|^(?:发布|更新|发稿)?(?:时间|日期)\s*[::]|(?:发布|更新|发稿)(?:时间|日期)\s*[::]\s*\d|^\d{4}[-年/]\d{1,2}[-月/]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\S*$|^[■●◆▲★•▪□◇◎]")
# … and below the first line, a stamp that opens with a day and goes on with its source (2024-01-12 X区融媒体中心); a
# first line opening with its day (2022-07-20 X区上半年经济运行情况) is the title still
_STAMP_BELOW = re.compile(r"^\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)\s")
# a note (注:2016-2018年GDP…) or a chart's name (图1 …, 2018年-2022年地区生产总值及增速图) is no title, even on a first line
_NOTE_OR_CHART = re.compile(r"^(?:注\s*\d*\s*[::]|图\s*\d|[^。,,;;]{2,40}(?:速度|增速|构成|情况|变化|比重|趋势|对比|走势|结构|示意)图\s*$)")
def read_title(text: str) -> str:
    front = _FRONT_TITLE.search(text[:2000])
    if front:
        return front.group(1).strip()
    lines = [title_words(ln.strip()).lstrip("#").strip() for ln in text[:links_start(text, 3000)].splitlines()
             if not HASHTAGS.match(ln.strip())]
    first = next((k for k, ln in enumerate(lines) if ln), 0)
    lines = [ln for k, ln in enumerate(lines) if ln and ln not in ("-", "---") and not _NOT_TITLE.search(ln)
             and not (k and _CAPTION.match(ln)) and not (k > first and _STAMP_BELOW.match(ln)) and not _NOTE_OR_CHART.match(ln)]   # a caption below the first line is no title
    named = [ln for ln in lines[:10] if len(ln) <= 80 and re.search(r"报告|纪要|计划|纲要|公报|规划的建议|建议》的说明|工作(?:要点|总结|思路|打算)|^(?![一二三四五六七八九十]+、|[((])[^,。;]{0,16}?\d{4}年[^,。;]{0,12}?主要(?:经济)?指标$|" + _RELEASE_NAME, ln)]
    if not named and all(_ENUMERATED.match(x) for x in lines[:10]):
        # a table of contents (一、…, (一)…) above the title line: the report's name after it
        named = [ln for ln in lines[10:20] if len(ln) <= 80 and _REPORT_NAME.search(ln) and not _ENUMERATED.match(ln)]
    # a title line of its own before a sentence that names it (…已经审议通过,现印发给你们。)
    for ln in named:
        if not re.search(r"[,。;!?]", ln):
            return ln
    for ln in named:   # … else one with a mark in it, but not two sentences (…作政府工作报告。报告分为…四个部分。) nor one
        if "。" not in ln.rstrip("。") and not ("%" in ln and ln.endswith("。")):   # of figures (报告指出,…增长2.9%。): news
            return ln
    short = [ln for ln in lines[:6] if len(ln) <= 60]
    # a numbered heading of the body (一、农业生产保持稳定…) or a sentence is no title where a line before it may be
    short = [ln for ln in short if not _ENUMERATED.match(ln)] or short
    short = [ln for ln in short if "。" not in ln] or short   # a line with a full stop is a sentence or a caption
    # a clause cut at the text's end, or a line that is only a year (2025年——), is no title
    short = [ln for ln in short if "," not in ln and "," not in ln and not BARE_YEAR.match(ln)] or short
    return max(short, key=len) if short else (lines[0][:60] if lines else "")


_HEADLINE_TITLE = re.compile(r"[,。;!?]|这是|指出|透露|表示|召开|开幕|闭幕|举行|审议|发布会")
_PICTURED = re.compile(r"(?:一图|图解|图说|图读|读图|数读)[^\d\s]{0,16}?[\s::]*(?=\d{4}年[^\n]{0,20}?政府工作报告)")
_SPEECH = re.compile(r"各位代表|请予审议|我代表[^。]{0,16}(?:向大会|作)|受[^。]{0,12}委托[,,]?\s*(?:我|现将|现在)")
_NEWS_MARKS = re.compile(r"记者|网讯|讯 |新闻网|摄$|摄\s|来源:|原标题|报道|^\s*\d{4}年\d{1,2}月\d{1,2}日\s+\d{1,2}:\d{2}", re.M)   # … or a stamp with the hour


def classify_type(title: str, text: str, types: DocumentTypes) -> str:
    """A report's own title names its type; a news headline about a report ("…向大会作政府工作报告。")
    does not, unless the body is the speech itself (各位代表, 请予审议)."""
    if _WORK_PAPER.search(title):
        return "work plan"   # a department's or a government's points of work for a year (…2021年工作思路): no release
    if _YEARS_TABLE_TITLE.search(title):
        return "statistics release"   # (统计资料 · 2018—2022年全县国民经济主要指标: a yearbook's table of its years)
    if REPORT_PROGRESS.search(title) and not _SPEECH.search(text[:3000]):
        return "statistics release"   # (2023年X县政府工作报告主要指标1—6月完成情况: how the report's aims are met so far)
    head = title + "\n" + text[:1500]
    headline = bool(_HEADLINE_TITLE.search(re.sub(r"\([^()]*\)|【[^【】]*】|\[[^\[\]]*\]", "", title)))
    speech = bool(_SPEECH.search(text[:3000]))
    # (a work report read in pictures, 一图读懂2024年X县政府工作报告, is the report's own figures on any page that carries it)
    headline = headline or (not speech and not _PICTURED.search(title) and bool(_NEWS_MARKS.search(text[:600])))
    for name, rule in _TYPE_RULES:
        # the speech itself (各位代表…) is a report, whatever its page's title line looks like (公文搜 2021-07-27 17:55)
        if rule.search(title) and not (headline and name in types.reports and not speech) \
                and not (speech and name not in types.reports):
            return name
    for name, rule in _TYPE_RULES:
        found = rule.search(head)
        if found and not (headline and name in types.reports and not speech):
            return _uncited(name, found, head, types)
    return "news" if headline else "other"


_YEARS_TABLE_TITLE = re.compile(r"统计资料|\d{4}\s*[-—–至]\s*\d{4}年[^。,,;]{0,12}?主要(?:经济)?指标$")
_WORK_PAPER = re.compile(r"\d{4}年[^。,,;]{0,12}?工作(?:要点|计划|思路|打算)$")
# a report the text cites as the source of the year's aims (年初政府工作报告提出的5%左右的增速目标), not its own kind
_CITED = re.compile(r"\s*(?:中|所|里)?(?:提出|确定|明确|设定|制定|部署)")


def _uncited(name: str, found: re.Match, head: str, types: DocumentTypes) -> str:
    """`name`, unless it is a report's kind that the text only cites (…高于年初政府工作报告提出的目标) after another
    kind's own words (省统计局发布前三季度…经济运行情况): then that kind."""
    if name not in types.reports or not _CITED.match(head, found.end()):
        return name
    earlier = [(m.start(), other) for other, rule in _TYPE_RULES if other != name
               for m in [rule.search(head, 0, found.start())] if m]
    return min(earlier)[1] if earlier else name


_SESSION = re.compile(r"[一二三四五六七八九十]+届[^。]{0,12}?[一二三四五六七八九十]+次会议")


_LOOK_BACK = re.compile(r"^\s*(?:回眸|盘点)\d{4}年?\s*$", re.M)   # a heading that names the year it reviews


def undated_session(doc: Document) -> str | None:
    """A warning for an item that names its congress session (第八届人民代表大会第二次会议) but no year, no date and
    no address date: its figures cannot be dated and are not read."""
    if doc.doc_date or _TITLE_YEAR.search(doc.text) or _LOOK_BACK.search(doc.text) or not _SESSION.search(doc.text[:1500]):
        return None
    return "names its congress session but no year, and no date or dated address: its figures are not dated"


_YEAR_IS = re.compile(r"(今年|明年)(?:,|,)?(?:是|为|恰逢|正值)([^。;;]{0,60})")
_CN_NUMBER_CHARS = frozenset("零一二三四五六七八九十百")   # (no 两, 千 or 〇: a count of years as this reads them)
_PLAN_ORDINAL = re.compile(r"十([一二三四五])五[”」』\"']?(?:规划)?(?:的)?(开局|起步|收官)之年")


def cn_number(s: str) -> int | None:
    """75, 七十五, 一百 -> the number; None when it is neither."""
    if s.isdigit():
        return int(s)
    return whole_number(s) if _CN_NUMBER_CHARS.issuperset(s) else None


def epoch_year(text: str, epochs) -> int | None:
    """The year a text is written in, from how it names it (今年是新中国成立75周年, 今年是党的二十大召开之年,
    今年是“十四五”开局之年; 明年是… the year after): data/epoch_years.csv and the five-year plans; None
    when it says none, or says two different years."""
    years = set()
    for m in _YEAR_IS.finditer(text[:5000]):
        said, shift = m.group(2), (1 if m.group(1) == "明年" else 0)
        for phrase, kind, year in epochs:
            at = said.find(phrase)
            if at < 0:
                continue
            if kind == "event" and said.startswith("之年", at + len(phrase)):
                years.add(year - shift)
            elif kind == "anniversary":
                n = re.match(r"(\d{1,3}|[零一二三四五六七八九十百]{1,5})周年", said[at + len(phrase):])
                value = cn_number(n.group(1)) if n else None
                if value:
                    years.add(year + value - shift)
        plan = _PLAN_ORDINAL.search(said)
        if plan:
            start, end = FIVE_YEAR_PLANS[plan.group(1)]
            years.add((end if plan.group(2) == "收官" else start) - shift)
    return years.pop() if len(years) == 1 else None


# a report's opening that looks back on the year just ended ("2019年,是…极具挑战的一年"); not one ahead (…关键一年)
_REVIEWED_YEAR = re.compile(r"(?m)^\s*(\d{4})年[,,]?是[^。]{0,40}?(?:不平凡|不寻常|非同寻常|极具挑战|卓有成效|难忘|殊为不易|"
                            r"极为不易|艰难|艰辛|困难重重|爬坡过坎|砥砺奋进|负重前行)[^。]{0,24}?的一年")
# "2019年,在…领导下,…圆满完成了市人大…确定的主要目标任务": a paragraph that opens with the year it says was done
_TARGETS_MET_YEAR = re.compile(r"(?m)^\s*(\d{4})年[,,][^。将要]{0,200}?(?:圆满|全面|较好地?|胜利|超额)完成了?"
                               r"[^。]{0,30}?(?:确定|下达|提出)的[^。]{0,10}?目标任务")


def _year_end(doc_date: str | None) -> bool:
    """A date in the last two months of its year (a report delivered then reviews that year)."""
    return bool(doc_date) and int(doc_date[5:7]) >= 11


def _planned_in_title(title: str | None, reviews) -> int | None:
    """The year a title names the plan of (X县2023年国民经济和社会发展计划), in a text that reviews no year."""
    planned = None if reviews else _PLAN_TITLE.search(title or "")
    return int(planned.group(1)) if planned else None


def read_years(doc: Document, grammar: Grammar, epochs=()) -> None:
    """report_year, reviews_year and plans_year of a document, from its text; a document with no date
    and no year in its title is dated by how it names its year (`epoch_year`)."""
    text = doc.text
    reviews = words_of(grammar).review_heading.search(text) or _REVIEWED_YEAR.search(text[:3000]) \
        or _TARGETS_MET_YEAR.search(text[:3000])
    plans = _PLANS.search(text)
    doc.reviews_year = int(reviews.group(1)) if reviews else None
    doc.plans_year = int(next(g for g in plans.groups() if g)) if plans else _planned_in_title(doc.title, reviews)
    doc.half_year = bool(_HALF_YEAR_REPORT.search(text[:400]))
    date_year = int(doc.doc_date[:4]) if doc.doc_date else None
    title_year = _TITLE_YEAR.search(doc.title)
    if doc.doc_type in ("government work report", "plan report") and _year_end(doc.doc_date) and not doc.half_year:
        # delivered in November or December: it reviews the ending year and plans the coming one
        doc.report_year = date_year
        doc.reviews_year = doc.reviews_year or date_year
        doc.plans_year = doc.plans_year or date_year + 1
    elif doc.doc_type == "government work report":
        doc.report_year = date_year or (int(title_year.group(1)) if title_year else None)
        if not date_year and doc.report_year and doc.reviews_year and doc.reviews_year >= doc.report_year:
            # a page titled with the year the report looks back on (2019年X县政府工作报告: "2019年,是…
            # 极具挑战的一年"): delivered the year after
            doc.report_year = doc.reviews_year + 1
            doc.plans_year = doc.plans_year if doc.plans_year and doc.plans_year > doc.reviews_year else None
        if doc.report_year:
            doc.reviews_year = doc.reviews_year or doc.report_year - 1
            doc.plans_year = doc.plans_year or doc.report_year
    elif doc.doc_type == "plan report":
        part = _PART_YEAR_REPORT.search(text[:400])
        doc.reviews_year = doc.reviews_year or (int(part.group(1)) if part else None)
        if (doc.half_year or part) and (doc.reviews_year or date_year):
            doc.reviews_year = doc.reviews_year or date_year   # a half year's (a part's) report is of its date's year
            doc.report_year = date_year or doc.reviews_year
            doc.plans_year = doc.plans_year or doc.reviews_year
        else:
            doc.report_year = date_year or ((doc.reviews_year + 1) if doc.reviews_year else doc.plans_year)
            if doc.report_year:
                doc.reviews_year = doc.reviews_year or doc.report_year - 1
                doc.plans_year = doc.plans_year or doc.report_year
    elif doc.doc_type == "statistics release":
        release_years(doc, date_year)
    else:
        _dated_or_outlined(doc, date_year)
        doc.half_year = doc.half_year or of_the_first_half(doc, date_year)
    doc.lead_part = None if doc.half_year else (lead_part(doc) or doc.lead_part)
    if doc.report_year is None and doc.doc_type != "statistics release":
        doc.report_year = epoch_year(text, epochs)   # undated: 今年是党的二十大召开之年
        if doc.report_year and doc.doc_type in ("government work report", "plan report"):
            doc.reviews_year = doc.reviews_year or doc.report_year - 1
            doc.plans_year = doc.plans_year or doc.report_year


def _dated_or_outlined(doc: Document, date_year: int | None) -> None:
    """A document of no report's type is of its date's year; a five-year plan's outline (某县国民经济和社会发展第十四个五年
    规划纲要) is adopted early in its plan's first year: it reviews the plan before it, to the year before, and aims at its
    own plan's years, dated or not."""
    doc.report_year = date_year
    ahead = None if date_year else work_ahead_year(doc)
    if ahead:   # undated, 就做好2022年经济工作作出部署: this year is the one before
        doc.report_year, doc.reviews_year, doc.plans_year = ahead - 1, doc.reviews_year or ahead - 1, doc.plans_year or ahead
    if doc.doc_type == "work plan" and doc.plans_year:   # (…2022年工作要点: the year before it is the one reviewed)
        doc.reviews_year = doc.reviews_year or doc.plans_year - 1
    start = outline_start((doc.title or doc.text.split("\n", 1)[0])[:200])
    if start is None:
        return
    doc.report_year = doc.report_year or start
    doc.reviews_year = doc.reviews_year or start - 1
    doc.plans_year = doc.plans_year or start
