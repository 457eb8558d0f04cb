"""Industry's value added named with a verb inside the name (规模以上工业实现增加值69.4亿元, 规上工业完成增加值…) is the
value added of industry above designated size, its level and its growth, as the name said whole is; the words are the
indicator table's (data/indicators.csv), in simplified and traditional characters alike. All industry's output
(规模以上工业实现总产值) stays no headline figure (issue 23, class 7: older and other names; made-up set iw). Made-up
sentences in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "安吉县"}
HEAD = "某县2015年前三季度经济运行分析\n\n发布时间:2015-10-20\n\n"


@pytest.mark.parametrize("sentence, fact", [
    ("1—9月,全县规模以上工业实现增加值69.4亿元,同比增长6.9%。", ("industrial_va_growth", 2015, "Q1-Q3", "actual", 6.9)),
    ("1—9月,全县规模以上工业实现增加值69.4亿元,同比增长6.9%。", ("industrial_va", 2015, "Q1-Q3", "actual", 69.4)),
    ("1—9月,全县规上工业实现增加值69.4亿元,增长6.9%。", ("industrial_va_growth", 2015, "Q1-Q3", "actual", 6.9)),
    ("1—9月,全县规模以上工业完成增加值69.4亿元,增长6.9%。", ("industrial_va", 2015, "Q1-Q3", "actual", 69.4)),
    ("1—9月,全縣規模以上工業實現增加值69.4億元,同比增長6.9%。", ("industrial_va_growth", 2015, "Q1-Q3", "actual", 6.9)),
], ids=["level-growth", "level", "guishang", "wancheng", "traditional"])
def test_the_name_with_a_verb_is_industrys_value_added(sentence, fact):
    assert fact in figures(HEAD + sentence + "\n", FIELDS, meta=META)


def test_all_industrys_output_is_no_headline_figure():
    got = figures(HEAD + "1—9月,全县规模以上工业实现总产值269.4亿元,增长8.2%。\n", FIELDS, meta=META)
    assert not any(f[0].startswith("industrial_va") for f in got)
