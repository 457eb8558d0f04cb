"""Pure: the thread of an interview or a page of questions and answers (问:报告对2023年经济发展是如何总结的? / 记者:刚刚过去的
2023年…? / 主持人:去年…?): an answer is of the year its question asked about, and a follow-up question that names none
(记者:消费和外贸方面呢?) goes on with the year and part of the answers before it (etl/extract/context.py, lead_of), unless
the answer opens with a year of its own said relative to the date (答(沈建平):去年全区…)."""

from __future__ import annotations

import re

from etl.extract.doc_date import in_reach
from etl.extract.last_year import compared_only
from etl.extract.patterns import PART_NAME, PLAN_SPAN, YEAR, part_year_of

QUESTION_MARKS = ("?", "？")
# a question's or an answer's label opening a sentence (答:, 问(某报记者):, 答(沈建平):, Q3:, A:)
_LABEL = re.compile(r"^\s*(?:[问答]|[QA]\d{0,2})(?:[((][^()()\n]{1,16}[))])?\s*[::]\s*(?=\S)")
# … or a speaker's name or post (玉××:, 市统计局局长 何××:) before the words said
# … but not a page's furniture set out the same way (发布时间:, 来源:, 【字体:…】, 小贴士:)
_FURNITURE = re.compile(r"^\s*[^::\n]{0,12}?(?:时间|日期|来源|作者|编辑|字体|字号|浏览|点击|分享|贴士|图片|附件|注)\s*[::]")
# … or a speaker in brackets ([主持人], 【县长】, 【山南电视台记者】, [网友“仙人桥人”]): also places.py's, before a line's place
BRACKETED_SPEAKER = re.compile(r"^\s*(?:【[^【】\d]{1,12}】|\[[^\[\]\d]{1,16}\])")
_LABEL_ALONE = re.compile(r"\s*[^,,。;;::?\d\n]{1,20}[::]\s*")   # (刘某: on a line of its own, the words below)
_SPEAKER = re.compile(r"^\s*[^,,。;;::?\d\n]{1,20}(?<![说看讲是为下括])[::]\s*(?=\S)")   # (not 具体来说:, 如下:)


_RELATIVE = re.compile(r"去年|今年")
_GONE_BY = re.compile(r"去年|上年|过去|以来")
# what a later paragraph of an answer says that is no aim: a part of the year, an estimate, a thing done (增长了)
_DONE_OR_PART = re.compile(PART_NAME + r"|季度|半年|\d月|预计|有望|[长降成现到]了|完成|实现")
# a question that asks for aims (目标是多少?, 怎么定?), not for what was done (完成了吗?, 实际增长多少?)
_ASKS_AIMS = re.compile(r"目标|预期|计划|指标|怎么定|定多少|定在")
_ASKS_DONE = re.compile(r"完成|实现|实际|做到|达到|怎么样|如何")


def unlabelled(sent: str) -> str:
    """`sent` without its question's or answer's label: what is said opens after it."""
    label = next((rx for rx in (_LABEL, BRACKETED_SPEAKER) if rx.match(sent)), None)
    return label.sub("", sent, count=1).lstrip() if label else _SPEAKER.sub("", sent, count=1)


def is_question(text: str, at: int, sent: str) -> bool:
    """`sent`, found in `text` at `at`, is closed by a question mark."""
    return bool(sent) and at >= 0 and text[at + len(sent):at + len(sent) + 1] in QUESTION_MARKS


def year_named(sent: str, date_year: int | None) -> int | None:
    """The last year `sent` names, as a question asks at its end of what it set out before (全区2017年增长10%,2018年的
    目标怎么定?), else 去年 or 今年 said of the item's date."""
    said = [(y.start(), int(y.group(1))) for y in YEAR.finditer(sent) if in_reach(int(y.group(1)))]
    if date_year:   # (去年上半年…6.2%,今年一季度…,到了上半年…?: this year's)
        said += [(m.start(), date_year - (m.group() == "去年")) for m in _RELATIVE.finditer(sent)
                 if not compared_only(sent, m)]   # (今年一季度…与去年相比有什么变化?: this year's)
    return max(said)[1] if said else None


class Interview:
    """The year and part of the year (a pair) a document's questions are about, sentence by sentence."""

    def __init__(self) -> None:
        self.asked: tuple | None = None   # what the last question asked about, for the answer's paragraph
        self.last: tuple | None = None    # what the last answer was about, for a follow-up question that names no year
        self.after_question = False       # the sentence before was a question: this one may open its answer
        self.cursor = 0                   # where the last sentence ended: each is looked for from there on (linear)
        self.asked_aims = False           # the last question asked for aims of the date's year or later, naming none done
        self.in_turn = False              # an answer's turn goes on: its later paragraphs open with no speaker's label
        self.turn: tuple | None = None    # the year and part the turn opened with, for those paragraphs
        self.turn_start = -1              # where the turn's first paragraph starts
        self.turn_answers = False         # the turn answers a question (not a speaker's own statement)
        self.asks: bool | None = None     # the page asks questions (read at its first sentence)

    def lead(self, text: str, para_start: int, sent: str, date_year: int | None, own: tuple | None) -> tuple | None:
        """The (year, part) of `sent`: its own lead (`own`), else at a paragraph's start what the question before asked."""
        asked, answers = self.asked, self.after_question
        at = text.find(sent, max(para_start, self.cursor)) if sent else -1
        self.cursor = at + len(sent) if at >= 0 else self.cursor
        question = self.after_question = is_question(text, at, sent)
        year = year_named(sent, date_year) if question else None
        opens = text.startswith(sent, para_start)
        if question and (not year or self.asked_aims) and answers and not opens:
            return own   # a second question of the same paragraph (今年的目标是多少?会不会太保守?) keeps the first one's year
        if question:   # (八问:其他主要指标的目标是多少? / 答:…增长8.5%,…: this year's aims, not the last answer's year)
            aims, done = bool(_ASKS_AIMS.search(sent)), bool(_ASKS_DONE.search(sent))
            self.asked_aims = aims and not done and bool(date_year) and (year or date_year) >= date_year \
                and not PLAN_SPAN.search(sent) or (self.asked_aims and not (aims or done or year))   # (…呢? goes on)
        self.asked = (year, None) if year else ((date_year, None) if question and self.asked_aims else
                                                 (self.last if question else None))
        part = part_year_of(sent, only=True) if question else None
        if part and part != "year":   # (现在一季度已经过去,开局情况如何?: the answer is of that part, of the year asked or the date's)
            self.asked = ((self.asked or (date_year, None))[0], part)
        if self.asks is None:   # a page of questions and answers (two asked at least): speakers' turns only on such pages
            self.asks = sum(text.count(q) for q in QUESTION_MARKS) >= 2
        labelled = self.asks and bool(_LABEL.match(sent) or BRACKETED_SPEAKER.match(sent) or (
            (_SPEAKER.match(sent) or _LABEL_ALONE.fullmatch(sent)) and not _FURNITURE.match(sent)))
        if opens and not answers and not question and self.in_turn and not labelled:
            self.turn = own if own and own[0] and not _GONE_BY.search(sent) else self.turn
            return own or (None if _GONE_BY.search(sent) else self.turn)   # (市长:2023年…。/ 具体来看,…: the turn goes on)
        self.in_turn = self.in_turn and not question and not (opens and labelled)   # a question or another speaker ends it
        said = _RELATIVE.match(unlabelled(sent)) if own is None and opens and answers and not question and date_year else None
        # (答:去年全区…: the answer says its own year, whatever a follow-up question carried)
        got = (year_named(said.group(), date_year), None) if said else asked if own is None and asked and opens else own
        if opens and answers and not question and got and got[0]:
            self.last = got   # (an answer's opening lead, not a dateline's nor a 去年同期 said in passing)
        if opens and (answers or labelled) and not question:   # an answer's or a speaker's turn opens (林某:2024年…)
            self.in_turn, self.turn, self.turn_start, self.turn_answers = True, got, para_start, answers
        elif self.in_turn and own and own[0] and not _GONE_BY.search(sent):
            self.turn = own   # (林某:谢谢。2024年全县…: the year its words name last, not a 去年 said in passing)
        return got

    def answering_aims(self, sent: str, para_start: int, date_year: int | None) -> bool:
        """`sent` stands in the answer to a question that asked for aims (its first sentence, or a later one of the answer's
        first paragraph, or of its turn when it says no part of the year, no estimate and nothing done) and names no year
        gone by (去年, 上年, an earlier year): its figures are the aims asked for."""
        turn = self.in_turn and self.turn_answers
        later = turn and para_start != self.turn_start and not _DONE_OR_PART.search(sent)
        if not self.asked_aims or not (self.after_question or (turn and para_start == self.turn_start) or later) \
                or _GONE_BY.search(sent):
            return False
        return not date_year or all(int(y) >= date_year for y in YEAR.findall(sent))
