"""A PDF's title printed again at the head of each page, with no page number beside it (岳阳市2013年
国民经济和社会发展统计公报 / … / 岳阳市2013年国民经济和社会发展统计公报), is a running head: the repeats are dropped, the
file stays one document, and a table's rows after a page break are read under its header. A title said once, or a
different title later (a second report in one file), or a contents list's first heading said again as the text's
section (一、2018年工作回顾), stays (issue 23, class 6: PDF text; made-up set jb). Made-up
pages in this file's own wording."""

import pytest

from etl.extract.running_heads import drop_running_heads
from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
TITLE = "岳阳市2013年国民经济和社会发展统计公报"
PARA = "全年全市经济运行稳中有进,结构调整取得新进展,民生事业持续改善,社会大局和谐稳定。\n"


def page(title: str, rows: str) -> str:
    return (f"{title}\n岳阳市统计局\n2014年3月20日\n" + PARA * 6 + "表1 主要指标\n指标\n2013年\n增长(%)\n"
            f"地区生产总值(亿元)\n2436.4\n10.6\n{title}\n人均地区生产总值(元)\n43870\n10.1\n{title}\n{rows}" + PARA * 6)


@pytest.mark.parametrize("rows, fact", [
    ("社会消费品零售总额(亿元)\n1020.5\n13.4\n", ("retail_sales_growth", 2013, "actual", 13.4)),
    ("一般公共预算收入(亿元)\n152.3\n11.2\n", ("fiscal_revenue", 2013, "actual", 152.3)),
    ("固定资产投资(亿元)\n1630.8\n27.5\n", ("fixed_investment_growth", 2013, "actual", 27.5)),
    ("城镇居民人均可支配收入(元)\n22487\n10.2\n", ("disposable_income_urban_growth", 2013, "actual", 10.2)),
    ("规模以上工业增加值(亿元)\n1165.2\n12.8\n", ("industrial_va_growth", 2013, "actual", 12.8)),
], ids=["retail", "revenue", "investment", "income", "industry"])
def test_the_rows_after_a_page_break_are_read_under_their_header(rows, fact):
    assert fact in figures(page(TITLE, rows), FIELDS, charted=True)


def test_the_first_title_stays():
    assert drop_running_heads(page(TITLE, "")).startswith(TITLE + "\n")


def test_a_title_said_once_stays():
    text = TITLE + "\n" + PARA + "某市2014年国民经济和社会发展统计公报\n" + PARA
    assert drop_running_heads(text) == text


def test_a_contents_first_heading_said_again_below_stays():
    text = ("一、2018年工作回顾\n二、2019年工作重点\n政府工作报告\n" + PARA + "一、2018年工作回顾\n" + PARA
            + "一、2018年工作回顾\n" + PARA)
    assert drop_running_heads(text) == text
