"""Pure: the date a document gives itself: the day a report was delivered (2016年12月25日在…人民代表大会), a page's stamp
(2022年12月26日 17:46, 2022/12/26 17:46, 18.11.2015 14:44), a disclosure header's date (成文日期), a front matter's
date: line, or a date in its head, unless that date is history the text tells."""

from __future__ import annotations

import datetime
import email.utils
import re

from etl.knowledge.documents import DocumentTypes

_FRONT_DATE = re.compile(r"^date:\s*(.+?)\s*$", re.M)
# a day written 2016年2月25日, 2016-02-25, 2016/2/25 or 2016.2.25
_DAY = r"(\d{4})[年./-](\d{1,2})[月./-](\d{1,2})日?"
_DELIVERED = re.compile(r"(?<!\d)" + _DAY + r"\s*[,,]?\s*在[^。]{0,40}?(?:人民代表大会|人大|全体会议上|全会上)")
# … or the day its congress opened, in a page's first lines (2022年4月8日上午,某市十六届人大五次会议开幕)
_OPENED = re.compile(r"(?<!\d)" + _DAY + r"\s*(?:上午|下午|晚上?)?\s*[,,]?[^。\n]{0,30}?(?:人民代表大会|人大)[^。\n]{0,12}?(?:开幕|召开|举行)")
# … or set in brackets after the report's name or its congress (…人民政府工作报告(2025年1月23日), …会议上(2016/2/16))
_NAMED_DATE = re.compile(r"(?:报告|会议上)\s*[(\[【]\s*" + _DAY + r"\s*[)\]】]")
# … or the day a congress or its standing committee adopted or heard the text, in brackets below its name ((经2016年2月26日…
# 会议批准), (2015年8月26日…常务委员会第二十三次会议))
_ADOPTED = re.compile(r"^\s*[(\[]\s*经?\s*" + _DAY + r"[^()\[\]\n]{0,48}?(?:人民代表大会|人大|委员会|会议)[^()\[\]\n]{0,12}?"
                      r"(?:通过|批准|上)?\s*[)\]]\s*$", re.M)
_NEWS_STAMP = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*\d{1,2}:\d{2}")
# … or with slashes (2022/12/26/ 17:46, 2022/12/26 17:46)
_SLASH_STAMP = re.compile(r"(?<![\d/])(\d{4})/(\d{1,2})/(\d{1,2})/?\s+\d{1,2}:\d{2}")
# a day, month and year with the time, as some sites stamp an item (18.11.2015 14:44)
_DMY_STAMP = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})\s+\d{1,2}:\d{2}")
_ISO_DATE_LINE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$", re.M)
_CN_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日(?!(?:之|以)?前(?![一二三四两\d个]))")   # (not 于…日前报告: a deadline)
# a government disclosure page's header: the date the document was written, issued or posted
# ([ 成文日期 ] 2022-09-14, 发文日期:2025-01-24, 生成日期: | 2020-10-29 in a header flattened into cells), the first of them
_DISCLOSED_DATE = re.compile(r"(?:成文|发文|印发|发布|生成)日期\s*[\]】]?\s*[::]?[\s|]*" + _DAY)
# … and a news item's time of posting (发布时间: 2022.06.21): not a report's, which a copy posted years later carries too
_POSTED = re.compile(r"(?:发布|发表)时间\s*[\]】]?\s*[::]?[\s|]*" + _DAY)
# (never the day cut short by an OCR's letter for a digit: 2023-07-2O is no 2 July)
ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?![\dOol])")
_DATE_LINE = re.compile(r"^\s*[(\[]?\s*" + _DAY + r"\s*[)\]]?\s*$", re.M)
# … or a paper's masthead line, its name and the day of the issue (沈阳日报 2022.12.21 第A05版)
_MASTHEAD = re.compile(r"(?m)^\s*[\u4e00-\u9fff]{2,12}报\s+" + _DAY)
# … or, closing the text, a line of an office and a line of the day below it, as a department signs its summary (某县发展
# 和改革局 / 2023年12月20日)
# (… then, at most, the notes a document closes with: (此件主动公开), (联系人:…), 抄送:…, and the line of its printing,
# X办公室 2024年7月18日印发, which dates it too)
_SIGNED_AT_END = re.compile(r"(?m)^\s*[\u4e00-\u9fff]{2,30}(?:局|委员会|常委会|人民政府|办公室|中心)\s*\n\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*"
                            r"(?:\n\s*(?:[((][^()()\n]{1,40}[))]|抄送[::][^\n]{0,120}|[^\n]{2,30}\d{4}年\d{1,2}月\d{1,2}日印发)\s*)*\Z")
_SIGNATURE_REACH = 400
# … or a line of the issuer and the day, as a report or its explainer is signed on one line (某县人民政府 2025-01-15)
_SIGNED_LINE = re.compile(r"^\s*[\u4e00-\u9fff]{2,24}(?:人民政府|政府办公室|办公室|委员会|中心|[局委厅办])\s*" + _DAY + r"\s*$", re.M)
# … or a line that opens with the day and goes on with the item's source (2024/01/12 X区新闻中心 作者:…)
_STAMP_LINE = re.compile(r"^\s*" + _DAY + r"(?=[ \t\u3000])", re.M)
# no report this product reads is older: an earlier date in a text is history it tells (解放于1950年1月16日); nor is
# any later than the century's end (a four-digit number past it is a count, not a year)
FIRST_DATE_YEAR, LAST_DATE_YEAR = 1990, 2100


def in_reach(year: int) -> bool:
    """A year a report this product reads may be dated in or speak of (1990-2100)."""
    return FIRST_DATE_YEAR <= year <= LAST_DATE_YEAR
# a year whose figures the text reports: one that opens a clause (2015年,全市… / 2015年全县…) or dates a count (人口380万
# (2014年)); not one aimed at (到2035年基本实现…, 展望2035年,…, 2022年冬奥会)
_REPORTED_YEAR = re.compile(r"(?<!\d)(?<!到|至)(?<!展望|远景)(\d{4})年(?:[,,))]|全[市县区省旗州盟年]|我[市县区省旗州盟])")


def iso_date(y: str, m: str, d: str) -> str | None:
    try:
        y_, m_, d_ = int(y), int(m), int(d)
    except ValueError:
        return None
    if not in_reach(y_):
        return None
    try:
        return datetime.date(y_, m_, d_).isoformat()   # a day its month does not have (2月30日, …/2023/02/29/) is no date
    except ValueError:
        return None


def read_date(doc_type: str, text: str, types: DocumentTypes) -> str | None:
    head = text[:3000]
    adopted = _ADOPTED.search(head[:800])
    if adopted:   # (2021年3月5日某市第十八届人民代表大会第五次会议审议通过): the day a congress adopted it
        return iso_date(*adopted.groups())
    if doc_type in types.reports:
        m = _DELIVERED.search(head) or _OPENED.search(head[:600]) or _DATE_LINE.search(head[:800]) or _NAMED_DATE.search(head[:800]) \
            or _DISCLOSED_DATE.search(head[:1500]) or _SIGNED_LINE.search(head[:800])
        if m:
            return iso_date(*m.groups())
    front = _FRONT_DATE.search(head)
    if front:
        try:
            dt = email.utils.parsedate_to_datetime(front.group(1))
            return dt.date().isoformat()
        except (TypeError, ValueError):
            pass
    earliest = _earliest_of_stamps(head[:600]) if doc_type not in types.reports else None
    if earliest:
        return earliest
    for rx in (_NEWS_STAMP, _SLASH_STAMP, _CN_DATE, ISO_DATE, _POSTED) if doc_type not in types.reports else ():
        dated = next((d for d in (iso_date(*m.groups()) for m in rx.finditer(head[:600])
                                  if rx not in (_CN_DATE, ISO_DATE, _POSTED) or not _in_history(text, int(m.group(1)))) if d), None)
        if dated:
            return dated
    stamp = _DMY_STAMP.search(head[:600]) if doc_type not in types.reports else None
    if stamp:
        return iso_date(stamp.group(3), stamp.group(2), stamp.group(1))
    timed = _TIMED.search(head[:600]) if doc_type not in types.reports else None
    if timed and timed.group(1):   # any other day with its hour (2019.01.14 11:40)
        return iso_date(*timed.group(1, 2, 3))
    line = (_DATE_LINE.search(head[:800]) or _STAMP_LINE.search(head[:600]) or _MASTHEAD.search(head[:300])) \
        if doc_type not in types.reports else None
    if line:   # a line that is only the day (2018.03.20), as a bulletin is signed
        return iso_date(*line.groups())
    if doc_type not in types.reports:
        m = _ISO_DATE_LINE.search(text)
        if m:
            return iso_date(*m.groups())
    signed = _SIGNED_AT_END.search(text[-_SIGNATURE_REACH:])
    return iso_date(*signed.groups()) if signed else None


# a page's stamp: a day with its hour (2024-01-24 14:26, 2024年1月24日 14:26, 2024/1/24 14:26, 24.1.2024 14:26)
_TIMED = re.compile(r"(?<![\d/.-])(?:" + _DAY + r"|(\d{1,2})\.(\d{1,2})\.(\d{4}))\s*\d{1,2}:\d{2}")


def _earliest_of_stamps(head: str) -> str | None:
    """The earliest of two or more different stamps in a page's head (发布时间:2026-06-15 10:00 over a copied item's
    2024-01-24 14:26:44): a page stamped again when it was copied or moved keeps the item's own stamp below its new
    one, and a text is never posted before it was written. None when the head has fewer than two."""
    days = set()
    for m in _TIMED.finditer(head):
        y, mo, d = m.group(1, 2, 3) if m.group(1) else (m.group(6), m.group(5), m.group(4))
        days.add(iso_date(y, mo, d))
    days.discard(None)
    return min(days) if len(days) > 1 else None


def _in_history(text: str, year: int) -> bool:
    """A date in prose more than five years before a year the text reports (_REPORTED_YEAR): an event of the place's
    history (2000年6月18日撤地设市, in an entry with 2015's figures), not the text's date."""
    return any(int(m.group(1)) > year + 5 for m in _REPORTED_YEAR.finditer(text[:20000]))
