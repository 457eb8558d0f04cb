"""A report's issuing office and the day on one line below its title (某县财政局  2024年10月18日, 某市商务委 2024年7月5日,
某区审计局 2025-01-09): the day dates the report, as a government's or a statistics bureau's line did before. Read
undated, a report of the first nine months took its title's year as the one reviewed and its forecast of the whole year
as that year's outcome (issue 23). Negatives: a line of a place's name and a day in a sentence is no signature; a day
far down the text does not date it. Made-up texts in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

BODY = ("\n\n今年以来,全县财政运行总体平稳。1—9月,一般公共预算收入完成3.46亿元,增长6.2%。\n"
        "预计全年一般公共预算收入完成4.52亿元,增长5.8%左右。\n")


def first_doc(text: str):
    return documents_from_text(K, text, "made_up.txt", meta={"region": "某县"})[0]


@pytest.mark.parametrize("line,day", [
    ("某县财政局  2024年10月18日", "2024-10-18"),
    ("某县财政局 2024年10月18日", "2024-10-18"),
    ("某市商务委 2024年10月5日", "2024-10-05"),
    ("某区审计局 2024-10-09", "2024-10-09"),
    ("某县发展改革委员会 2024年10月20日", "2024-10-20"),
    ("某县融媒体中心 2024年10月21日", "2024-10-21"),
])
def test_the_day_beside_the_issuer_dates_the_report(line, day):
    assert first_doc("某县2024年1—9月财政预算执行情况分析\n" + line + BODY).doc_date == day


def test_a_forecast_of_the_year_in_october_is_no_outcome():
    got = figures("某县2024年1—9月财政预算执行情况分析\n某县财政局  2024年10月18日" + BODY, ("indicator", "year", "period", "kind", "value"),
                  meta={"region": "某县"}, charted=True)
    assert ("fiscal_revenue", 2024, "M1-M9", "actual", 3.46) in got or ("fiscal_revenue", 2024, "Q1-Q3", "actual", 3.46) in got, got
    assert not any(f[2] == "year" and f[3] == "actual" and f[4] in (4.52, 5.8) for f in got), got


def test_a_sentence_naming_a_place_and_a_day_is_no_signature():
    doc = first_doc("某县2024年1—9月财政预算执行情况分析\n截至目前某县财政局已于2024年10月18日完成核对,数据如下。" + BODY)
    assert doc.doc_date != "2024-10-18"
