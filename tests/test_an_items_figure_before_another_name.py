"""An item headed by an indicator's name ((五)一般公共预算收入。) whose sentence opens with its figure and names another
thing only after it (全年完成28.3亿元,增长4.9%,…,主要是房地产相关税收减少): the heading's name is the figure's. Before, the
later name took the sentence, and the figure was lost (issue 23, class 4: subjects; made-up set jm). Negatives: a
sentence that opens with another name reads as before. Made-up reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "澄迈县"}
HEAD = "澄迈县2019年主要预期目标完成情况\n澄迈县发展和改革委员会 2020年1月15日\n\n二、指标完成情况分析\n\n"


@pytest.mark.parametrize("item, want", [
    ("(五)一般公共预算收入。全年完成28.3亿元,增长4.9%,主要是房地产相关税收减少和减税降费政策的影响。", ("fiscal_revenue", 2019, "actual", 28.3)),
    ("(五)一般公共预算收入。全年完成28.3亿元,增长4.9%,其中税收收入21.6亿元。", ("fiscal_revenue_growth", 2019, "actual", 4.9)),
    ("(四)社会消费品零售总额。全年完成68.4亿元,增长6.9%,汽车类商品零售额下降是主要原因。", ("retail_sales", 2019, "actual", 68.4)),
    ("(五)一般公共预算收入。全年完成28.3亿元,比上年增长4.9%,房地产业税收减少3.2亿元。", ("fiscal_revenue", 2019, "actual", 28.3)),
    ("(一)地区生产总值。全年实现307.9亿元,增长5.8%,第三产业增加值增长7.2%。", ("gdp", 2019, "actual", 307.9)),
])
def test_the_headings_name_is_the_figures(item, want):
    assert want in figures(HEAD + item + "\n", FIELDS, meta=META, charted=True)


def test_a_sentence_opening_with_another_name_reads_as_before():
    got = figures(HEAD + "(五)一般公共预算收入。税收收入完成21.6亿元,增长3.1%。\n", FIELDS, meta=META)
    assert ("fiscal_revenue", 2019, "actual", 21.6) not in got
