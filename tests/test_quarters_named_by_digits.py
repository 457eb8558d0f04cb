"""Quarters named by digits (1季度, 第1季度, 1-3季度, 前3季度, 1-2季度), as news often names them, are the parts of the year
their words name (一季度, 前三季度, 上半年) (issue 23, found by naming every development text's quarters so: 156 figures of
a part of the year were charted as the whole year's). Negatives: a count of quarters (连续3个季度) and a number before
季度 that is part of a larger one (11季度) name no part. Made-up texts of this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "period", "value")


def charted(sentence: str) -> set[tuple]:
    return figures(f"武义县经济运行简况\n{sentence}\n", FIELDS, meta={"region": "武义县", "date": "2024-10-25"}, charted=True)


@pytest.mark.parametrize("sentence,figure", [
    ("2024年1季度,全县地区生产总值增长5.2%。", ("gdp_growth", 2024, "Q1", 5.2)),
    ("2024年第1季度,全县规模以上工业增加值增长8.1%。", ("industrial_va_growth", 2024, "Q1", 8.1)),
    ("2024年1-3季度,全县地区生产总值增长5.6%。", ("gdp_growth", 2024, "Q1-Q3", 5.6)),
    ("2024年前3季度,全县固定资产投资增长7.3%。", ("fixed_investment_growth", 2024, "Q1-Q3", 7.3)),
    ("2024年1—2季度,全县社会消费品零售总额增长4.4%。", ("retail_sales_growth", 2024, "H1", 4.4)),
])
def test_a_quarter_named_by_digits_is_its_part(sentence, figure):
    assert figure in charted(sentence)


@pytest.mark.parametrize("text", ["全县工业增速连续3个季度回升。", "全县共发布第11季度报告。"])
def test_a_count_of_quarters_names_no_part(text):
    doc = documents_from_text(K, f"武义县经济运行简况\n{text}\n", "made_up.txt", meta={"region": "武义县"})[0]
    assert text in doc.text
