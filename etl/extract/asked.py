"""Pure: the year a question asks about, in an interview or a page of questions and answers (问:报告对2023年经济发展是如何
总结的? / 记者:刚刚过去的2023年…? / 主持人:去年…?): the answer below it is of that year (etl/extract/context.py, lead_of)."""

from __future__ import annotations

from etl.extract.patterns import YEAR

_FIRST_YEAR, _LAST_YEAR = 1990, 2100


def year_asked(text: str, para_start: int, sent: str, date_year: int | None) -> int | None:
    """The year `sent` (a sentence of `text`'s paragraph at `para_start`) asks about when a question mark closes it: one
    it names, else 去年 or 今年 said of the item's date; None for any other sentence."""
    at = text.find(sent, para_start)
    if not sent or at < 0 or text[at + len(sent):at + len(sent) + 1] not in ("?", "？"):
        return None
    named = next((int(y.group(1)) for y in YEAR.finditer(sent) if _FIRST_YEAR <= int(y.group(1)) <= _LAST_YEAR), None)
    if named or not date_year:
        return named
    return date_year - 1 if "去年" in sent else date_year if "今年" in sent else None
