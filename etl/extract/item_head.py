"""An item headed by its indicator's name alone ((一)地区生产总值。年初计划增长6.5%,预计增长5.3%。): the sentences after the
heading in its paragraph (or in the paragraph after a heading that stands on its own line) that name no indicator and
open with a figure are about that one, as a plan report's review of its targets sets them out."""

from __future__ import annotations

import functools
import re

from etl.extract.asked import QUESTION_MARKS
from etl.extract.subjects import TermHit
from etl.knowledge.tables import alternation

# an item's number before the name: (一), (1), 1., 1、, 一、, ①
_ITEM_NUMBER = re.compile(r"\s*(?:[((][一二三四五六七八九十\d]{1,3}[))]|\d{1,2}\s*[.、.]|[一二三四五六七八九十]{1,3}、|[①-⑳])\s*")
# … of a chapter's or a section's item alone, in Chinese numbers: (一), 一、
CHAPTER_NUMBER = re.compile(r"\s*(?:[((][一二三四五六七八九十]{1,3}[))]|[一二三四五六七八九十]{1,3}、)")
# what ends a sentence (a line with none of them is a table's cell), and what may follow a heading's name
_SENTENCE_ENDS = ("。", ";", ";", "!")
_NOTHING_AFTER = re.compile(r"[\s\u3000::]*")


def item_name(sent: str, hits: list[TermHit]) -> TermHit | None:
    """The name a sentence consists of, after an item's number ((一)地区生产总值), or None."""
    if len(hits) != 1 or hits[0].family is None or hits[0].comparator:
        return None
    head, tail = sent[:hits[0].start], sent[hits[0].end:]
    return hits[0] if _ITEM_NUMBER.fullmatch(head) and _NOTHING_AFTER.fullmatch(tail) else None


def sole_name(hits: list[TermHit]) -> TermHit | None:
    """The one indicator `hits` name, if they name one: the one a question asks about (2025年GDP增长的目标是多少?
    规上工业增加值呢?), whose answer that names none and opens with its figure (答:5%。) is about it; or the one a piece
    gave, for the piece after its semicolon."""
    return hits[-1] if hits[-1].family and all(h.family == hits[-1].family for h in hits) else None


def carried(name: TermHit | None, sent: str, grammar) -> list[TermHit]:
    """[the heading's name as the subject that opens a later sentence of its item], when the sentence opens with its
    figure after nothing but a time's, a target's, an outcome's or a hedge's words (年初计划增长6.5%, 预计下降3.2%); [] when
    another subject may open it (第一产业增长2.0%, 其中工业投资增长15%)."""
    if name is None or not _opens_with_figure(grammar).match(sent):
        return []
    return [TermHit(0, 0, name.text, name.family, False)]


_TIME_OR_BASIS = r"年初|年末|全年|今年|去年|上年|\d{4}年|比上年|较上年|同比"


@functools.lru_cache(maxsize=8)
def _opens_with_figure(grammar) -> re.Pattern:
    words = alternation(grammar.target_words + grammar.outcome_words + grammar.clause_hedges + grammar.announce_words)
    return re.compile(rf"\s*(?:[答A]\d{{0,2}}\s*[::]\s*)?(?:(?:{words}|{_TIME_OR_BASIS})\s*[,,]?\s*){{0,4}}"
                      r"(?:增长|下降|增速为?|增幅为?|为|达)?\s*-?\d")   # (答:5%。 answers a question's name)


class ItemHead:
    """The heading's name for the sentences of its item: held through its paragraph, and through the next one when the
    heading stood alone on its line."""

    def __init__(self):
        self.name: TermHit | None = None
        self.alone = False   # the last sentence read was the heading itself
        self.piece: TermHit | None = None   # the one name the last piece gave, for a piece after its semicolon
        self.last_end = ""                  # what ended the last piece read

    def new_paragraph(self) -> None:
        if not self.alone:
            self.name = None

    def subjects(self, hits: list[TermHit], sent: str, grammar, end: str) -> list[TermHit]:
        """`hits`, or the heading's name where the sentence names none, opens with a figure and ends as a sentence does
        (`end`: the character after it; a line with no 。 is a table's cell, 增长6.5%左右 under 预期目标)."""
        before, self.last_end = self.last_end, end
        if not hits:
            self.alone, piece, self.piece = False, self.piece, None
            # (一般公共预算收入2016年86.3亿元,下降12.8%;2017年90.1亿元,增长4.4%: the name goes on to the next year's piece)
            name = self.name or (piece if before in (";", ";") and _YEAR_FIRST.match(sent) else None)
            return carried(name, sent, grammar) if end in _SENTENCE_ENDS else []
        named = item_name(sent, hits) or (sole_name(hits) if end in QUESTION_MARKS else None)
        self.name, self.alone = (named, True) if named else (self.name, False)
        self.piece = sole_name(hits)
        first = _DIGIT.search(sent)
        if not named and end in _SENTENCE_ENDS and first and hits[0].start > first.start():
            # (五)一般公共预算收入。全年完成28.3亿元,…,主要是房地产相关税收减少: the heading's name opens it all the same
            return carried(self.name, sent, grammar) + hits
        return hits


_YEAR_FIRST = re.compile(r"\s*\d{4}年")
_DIGIT = re.compile(r"\d")
