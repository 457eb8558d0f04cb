"""A piece after a semicolon that lists only parts of the year and their values (…分别增长11.6%和10.9%;1—4月、1—5月、上半年
分别为10.2%、9.8%、9.5%) goes on with the indicator the piece before it named: each value is that indicator's for its
part. A piece listing parts of the year in a new sentence, or after a piece naming no indicator, names nothing (issue
23, class 5: 分别 lists; made-up set il). Made-up sentences in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "长兴县"}
HEAD = "某县2019年1—9月经济运行分析\n\n发布时间:2019-10-28\n\n"
SENT = "1—2月、一季度规上工业增加值分别增长11.6%和10.9%;1—4月、1—5月、上半年分别为10.2%、9.8%、9.5%;1—7月、1—8月分别为9.4%和9.2%。"


@pytest.mark.parametrize("fact", [
    ("industrial_va_growth", 2019, "M1-M4", "actual", 10.2),
    ("industrial_va_growth", 2019, "M1-M5", "actual", 9.8),
    ("industrial_va_growth", 2019, "H1", "actual", 9.5),
    ("industrial_va_growth", 2019, "M1-M7", "actual", 9.4),
    ("industrial_va_growth", 2019, "M1-M8", "actual", 9.2),
], ids=["m4", "m5", "h1", "m7", "m8"])
def test_each_part_is_the_named_indicators(fact):
    assert fact in figures(HEAD + SENT + "\n", FIELDS, meta=META)


def test_a_list_of_parts_in_a_new_sentence_names_nothing():
    got = figures(HEAD + "一季度规上工业增加值增长10.9%。1—4月、上半年分别为10.2%、9.5%。\n", FIELDS, meta=META)
    assert not any(f[4] in (10.2, 9.5) for f in got)


def test_a_list_after_a_piece_naming_no_indicator_names_nothing():
    got = figures(HEAD + "用电量增速逐月回落;1—4月、上半年分别为10.2%、9.5%。\n", FIELDS, meta=META)
    assert not any(f[4] in (10.2, 9.5) for f in got)
