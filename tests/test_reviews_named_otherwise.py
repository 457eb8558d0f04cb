"""A year's review headed with other words than 工作回顾 (2024年工作成效, 2024年工作情况, 2024年主要工作和成效, 工作及成效)
opens a review of that year: its figures are that year's outcomes (issue 23, found by naming every development text's
review so: an undated congress item's review was dated by the year it names later, 2025, and sent to review). Negatives:
工作回顾 reads as before; 2025年主要工作, which may as well be the year's tasks, opens no review. Made-up texts of this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
TEXT = ("3月26日,市长代表市人民政府向大会作政府工作报告。报告提出,2025年全市地区生产总值增长5%左右。\n{heading}\n"
        "全市地区生产总值3839.93亿元,增长1.2%;社会消费品零售总额1987.45亿元,增长1.5%。\n")


def charted(heading: str) -> set[tuple]:
    return figures(TEXT.format(heading=heading), FIELDS, meta={"region": "湛江市"}, charted=True)


@pytest.mark.parametrize("heading", ["一、2024年工作成效", "一、2024年工作情况", "一、2024年主要工作和成效",
                                     "一、2024年工作及成效", "2024年主要工作成效"])
def test_a_review_named_otherwise_dates_its_figures(heading):
    assert {("gdp", 2024, "actual", 3839.93), ("retail_sales_growth", 2024, "actual", 1.5)} <= charted(heading)


def test_the_usual_heading_reads_as_before():
    assert ("gdp", 2024, "actual", 3839.93) in charted("一、2024年工作回顾")


def test_a_years_main_work_opens_no_review():
    assert ("gdp", 2024, "actual", 3839.93) not in charted("一、2025年主要工作")
