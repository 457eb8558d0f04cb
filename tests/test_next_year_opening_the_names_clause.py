"""明年 that opens the clause of an indicator's name, alone or after a target's word, makes its figures the aims of the
year after the page's date, however many clauses of other things came before (县委书记表示,…抓好年底各项工作收官,力争
明年地区生产总值增长6%). (Issue 23, class 2.) Negatives: 明年 inside a clause that opens otherwise (为明年发展打下基础) says
nothing of the figures. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


def read(sentence: str) -> set[tuple]:
    text = f"内黄县人民政府\n县域经济观摩点评会召开\n发布时间:2024-12-26\n{sentence}\n"
    return figures(text, FIELDS, meta={"region": "内黄县"}, charted=True)


@pytest.mark.parametrize("sentence, fact", [
    ("县委书记表示,内黄县将以此次观摩为契机,抓好年底各项工作收官,力争明年地区生产总值增长6%。", ("gdp_growth", 2025, "target", 6.0)),
    ("会议强调,要坚定信心、真抓实干,确保明年规上工业增加值增长9%以上。", ("industrial_va_growth", 2025, "target", 9.0)),
    ("与会同志认为,全县发展基础扎实,后劲充足,明年固定资产投资增长10%左右。", ("fixed_investment_growth", 2025, "target", 10.0)),
    ("县长指出,要对标先进、补齐短板,争取明年社会消费品零售总额增长6.5%。", ("retail_sales_growth", 2025, "target", 6.5)),
    ("据悉,全县发展后劲较足,各方信心充足,力争明年一般公共预算收入增长5%。", ("fiscal_revenue_growth", 2025, "target", 5.0)),
])
def test_next_year_opening_the_clause(sentence, fact):
    got = read(sentence)
    assert fact in got, got


def test_next_year_inside_another_clause_says_nothing():
    got = read("今年以来,全县规上工业增加值增长9.4%,为明年发展打下了坚实基础。")
    assert not any(f[1] == 2025 for f in got), got
