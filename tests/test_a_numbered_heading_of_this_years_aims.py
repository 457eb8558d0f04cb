"""A speech's numbered heading of this or next year's aims in its own words (二、今年的目标要定得实, 三、明年的主要目标怎么定)
opens the aims of that year, as 二、2022年主要目标 would: the list under it is the year's aims, not last year's outcomes.
(Issue 23, class 1.) Negatives: a heading of last year's results, or of the aims done (今年目标完成情况), opens none.
Made-up speeches in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
SPEECH = ("在全县经济工作会议上的讲话\n(2023年1月9日)\n\n同志们:\n一、去年工作回顾\n2022年,全县地区生产总值增长5.2%。\n"
          "{heading}\n县委常委会研究了几次。具体来讲:规上工业增加值增长9%,固定资产投资增长11%,社会消费品零售总额增长7%,"
          "一般公共预算收入增长5%。这几个数,大家要记牢。\n")


def read(heading: str) -> set[tuple]:
    return figures(SPEECH.format(heading=heading), FIELDS, meta={"region": "盱眙县"}, charted=True)


@pytest.mark.parametrize("heading, fact", [
    ("二、今年的目标要定得实、扛得起", ("industrial_va_growth", 2023, "target", 9.0)),
    ("二、今年的目标要定得实、扛得起", ("fiscal_revenue_growth", 2023, "target", 5.0)),
    ("二、今年的主要目标", ("fixed_investment_growth", 2023, "target", 11.0)),
    ("二、今年目标怎么定", ("retail_sales_growth", 2023, "target", 7.0)),
    ("二、今年的目标要敢于加压", ("fixed_investment_growth", 2023, "target", 11.0)),
    ("二、今年的目标定在哪里", ("industrial_va_growth", 2023, "target", 9.0)),
])
def test_a_spoken_heading_of_the_years_aims(heading, fact):
    assert fact in read(heading)


@pytest.mark.parametrize("heading", ["二、今年目标完成情况", "二、去年的成绩来之不易"])
def test_a_heading_of_results_opens_no_aims(heading):
    assert not any(k == "target" for _, _, k, _ in read(heading)), read(heading)
