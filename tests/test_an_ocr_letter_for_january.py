"""A month range whose first month OCR read as a letter (l-6月, I—3月, l至4月) is the range from January: the letter is
the digit 1, as in a number of a unit (2l8亿元) it already was. Before, the range was no part of the year, and its
figures were taken for another period (issue 23: scans and their text layers). Negatives: a letter inside a word
(Hotel-3月) or before no month (l-2号线) stays a letter. Made-up items of this file's own wording."""

import pytest

from etl.extract.characters import unslip_numbers
from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
ITEM = "沂南县经济运行情况\n沂南县统计局 2024年{m}月20日\n{s}\n"


@pytest.mark.parametrize("month,sentence,period", [
    (7, "l-6月,全县规模以上工业增加值增长8%。", "H1"),
    (4, "I—3月,全县规模以上工业增加值增长8%。", "Q1"),
    (10, "l-9月,全县规模以上工业增加值增长8%。", "Q1-Q3"),
    (12, "l~11月,全县规模以上工业增加值增长8%。", "M1-M11"),
    (5, "l至4月,全县规模以上工业增加值增长8%。", "M1-M4"),
])
def test_a_letter_for_january(month, sentence, period):
    got = figures(ITEM.format(m=month, s=sentence), FIELDS, meta={"region": "沂南县"}, charted=True)
    assert ("industrial_va_growth", 2024, period, "actual", 8.0) in got


@pytest.mark.parametrize("text", ["Hotel-3月开业", "地铁l-2号线"])
def test_a_letter_that_is_no_month_stays(text):
    assert unslip_numbers(text, ("亿元",)) == text
