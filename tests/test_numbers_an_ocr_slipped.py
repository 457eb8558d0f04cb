"""A number an OCR wrote with a letter for a digit (2l8亿元, 1O20.4亿元, l0%, 2O22-07-20) is read as the number: a run of
digits and the letters O, o, l, I with a digit among them, before a unit, a percent sign, a date's character, or a dash,
slash or colon and a digit (issue 23, found by letting an OCR slip on one zero and one one in ten of every development
text: 281 wrong figures were charted, 2l8亿元 read as 8亿元, l0% as 0%). Negatives: letters with no digit among them, or
with no unit after (O2O模式, PM2.5, 第lO期), stay as they are. Made-up texts of this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "value")


def read(sentence: str) -> set[tuple]:
    return figures(f"长丰县经济运行简况\n{sentence}\n", FIELDS, meta={"region": "长丰县"})


@pytest.mark.parametrize("sentence,figure", [
    ("2013年,全县地区生产总值实现2l8亿元,增长9%。", ("gdp", 2013, 218.0)),
    ("2013年,全县地区生产总值实现218亿元,增长l0%。", ("gdp_growth", 2013, 10.0)),
    ("2013年,全县生产总值1O20.4亿元。", ("gdp", 2013, 1020.4)),
    ("2013年,全县公共财政预算收入l15.1亿元。", ("fiscal_revenue", 2013, 115.1)),
    ("2O13年,全县固定资产投资增长l2.5%。", ("fixed_investment_growth", 2013, 12.5)),
    ("2013年,全县社会消费品零售总额6O6.2亿元。", ("retail_sales", 2013, 606.2)),
])
def test_a_number_with_a_letter_for_a_digit_is_read(sentence, figure):
    assert figure in read(sentence)


@pytest.mark.parametrize("words", ["推广O2O模式", "PM2.5浓度下降", "第lO期简报"])
def test_letters_that_are_no_number_stay(words):
    doc = documents_from_text(K, f"长丰县简报\n{words}。\n", "made_up.txt", meta={"region": "长丰县"})[0]
    assert words in doc.text
