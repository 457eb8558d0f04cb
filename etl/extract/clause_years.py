"""Pure: the year a clause states for its figure: one just before the subject (初步核算,2020年实现地区生产总值 …), one
it compares with (相较2017年…), and the years that name a revision or a report rather than what the sentence is about
(part of etl/extract/when.py's year_of)."""

from __future__ import annotations

import re

from etl.extract.patterns import PART_NAME, REVISED, SENTENCE_END, YEAR, YEAR_BAD_BEFORE
from etl.records import Document


def blank(rx: re.Pattern, text: str) -> str:
    """`text` with `rx`'s matches blanked, each character where it was (offsets into it stay those of `text`)."""
    return rx.sub(lambda m: " " * len(m.group()), text)


def clause_start(sent: str, pos: int, marks: str | None = None) -> int:
    """Where the clause holding `pos` starts: just after the last comma or colon before it, or the last
    of `marks` (when.py counts a semicolon too)."""
    if marks is None:    # the common case, called for most numbers: two plain searches
        return max(sent.rfind(",", 0, pos), sent.rfind(":", 0, pos)) + 1
    return max(sent.rfind(c, 0, pos) for c in marks) + 1


REPORT_AFTER = re.compile(r"[《“\"]?(?:政府)?工作报告")   # 2025年工作报告显示 / 在2018年《政府工作报告》中
# … also with its place ((安徽省)2018年长丰县人民政府工作报告): a lead's year that is a report's, its outcomes the year before's
REPORT_OF_PLACE_AFTER = re.compile(r"[《“\"]?(?:[\u4e00-\u9fff]{1,12}?[省市区县旗州盟])?(?:人民)?(?:政府)?工作报告")


def revises(sent: str, pos: int) -> bool:
    """The clause from `pos` revises an earlier year's figure (2023年地区生产总值修订为1943.3亿元,…):
    the year named there is the revised figure's, not what the sentence after it is about."""
    end = min((i for i in (sent.find(c, pos) for c in ",;:") if i >= 0), default=len(sent))
    return bool(REVISED.search(sent, pos, end))


PART_NAMED = re.compile(PART_NAME)   # a part of the year named anywhere


def explicit_year(sent: str, subject_start: int, doc: Document) -> int | None:
    """A year stated just before the subject (初步核算,2020年实现地区生产总值 …), or opening the list it is an item of."""
    best = None
    for m in YEAR.finditer(sent, 0, subject_start):
        if YEAR_BAD_BEFORE.search(sent[max(0, m.start() - 3):m.start()]) or REPORT_AFTER.match(sent, m.end()):
            continue   # (2025年工作报告显示,…: a report's year, read by the sentence's lead)
        between = PART_NAMED.sub("", sent[m.end():subject_start])   # 2021年1-3月阳江市…: the part's digits are no figure
        if len(between) <= 12 and not re.search(r"\d", between) or m.start() <= 2 and not revises(sent, m.end()):
            best = int(m.group(1))
    best = colon_list_year(sent, subject_start) or best
    if best is None:
        return None
    ref = doc.report_year or best
    return best if ref - 15 <= best <= ref + 6 else None


# a year that opens a list after a colon (建议2024年全市主要预期目标为:…;…, 2023年主要指标完成情况如下:…)
_LIST_OPENED = re.compile(r"(?<!\d)(\d{4})年[^,,。;;::\d]{0,20}[::]")


def last_match(rx: re.Pattern, text: str) -> re.Match | None:
    found = None
    for found in rx.finditer(text):  # noqa: B007 - the last match is the one wanted
        pass
    return found


def colon_list_year(sent: str, at: int) -> int | None:
    """The year of the list a colon opens before `at`, with no other year stated between it and `at`: every item of the
    list is of that year, whatever year the sentence opened with (预计2023年…,建议2024年…目标为:…;一般公共预算收入增长5%)."""
    opened = last_match(_LIST_OPENED, sent[:at])
    if opened is None or YEAR.search(sent, opened.end(), at):
        return None
    return int(opened.group(1))


_COMPARED_YEAR = re.compile(r"(?:相较|相比|较|比)(?:于)?\s*(\d{4})年(?:的|同期)?(?![^,:;]*?相比)")


def compared_year(sent: str, subject_start: int) -> int | None:
    """A year the clause compares with, standing before the subject (相较2017年该省生产总值增长9.5%):
    the figure may be that year's, not the sentence's; None when there is none (与2015年相比 … is a base)."""
    clause = sent[clause_start(sent, subject_start):subject_start]
    m = _COMPARED_YEAR.search(clause)
    return int(m.group(1)) if m else None


# a work's title (制定《某区2025年一季度及全年抓经济重点工作清单》): the parts of a year it names are the work's, no lead's
_TITLED = re.compile(r"《[^》\n]{0,60}》")


def untitled(sent: str) -> str:
    """`sent` with its works' titles blanked inside their marks, each character where it was."""
    return _TITLED.sub(lambda m: "《" + " " * (len(m.group()) - 2) + "》", sent) if "《" in sent else sent


def next_year_opens(before: str, aim: re.Pattern) -> bool:
    """明年 opens `before`'s last clause, a target's word before it or none (…收官,力争明年地区生产总值增长6%): the
    clause is of the year after the date, however many clauses came before."""
    own = before[clause_start(before, len(before)):].lstrip()
    lead = aim.match(own)
    return own.startswith("明年", lead.end() if lead else 0)


def _last_year(sent: str, at: int) -> re.Match | None:
    """The last year stated before `at`, as YEAR's match."""
    matches = list(YEAR.finditer(sent, 0, at))
    return matches[-1] if matches else None


def last_year_stated(sent: str, at: int) -> int | None:
    """The last year stated before `at` (None when none is)."""
    last = _last_year(sent, at)
    return int(last.group(1)) if last else None


def last_year_end(sent: str, at: int) -> int:
    """Where the last year stated before `at` ends (0 when none is)."""
    last = _last_year(sent, at)
    return last.end() if last else 0


def sentences(text: str):
    """(start, end, terminator) of each sentence; the terminator is excluded from the span."""
    pos = 0
    for m in SENTENCE_END.finditer(text):
        if m.start() > pos:
            yield pos, m.start(), m.group()
        pos = m.end()
    if pos < len(text):
        yield pos, len(text), ""
