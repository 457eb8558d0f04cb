"""A department's report on a budget's execution (issue 23, class 1): the year's budget given in brackets with its own
growth inside an outcome's sentence (完成年初预算(51200万元,比上年增长5.5%)的53.6%) is the budget's aim, not the part's
outcome; and the date signed below the text dates it though the official closing lines follow it ((此件主动公开),
(联系人:…), 抄送:…, X办公室 2024年7月18日印发). Negatives: the part's own outcome beside it stays the part's, and a text
with no signed date gets none. Made-up reports in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "period", "kind", "value")
REPORT = ("某县财政局关于2025年上半年全县财政预算执行情况的报告\n\n县人民政府:\n"
          "1—6月,全县一般公共预算收入完成27468万元,完成年初预算(51200万元,比上年增长5.5%)的53.6%,同比增长3.9%。\n\n"
          + "".join(f"({n})我局将加强收入征管,严格预算执行,兜牢基层“三保”底线,确保全年预算任务顺利完成,推动财政运行平稳有序。\n"
                    for n in "一二三四五六七八九十" * 2)
          + "\n某县财政局\n2025年7月14日\n{tail}")


@pytest.mark.parametrize("tail", ["", "\n(联系人:预算股 电话:0000-0000000)\n", "\n(此件主动公开)\n",
                                  "\n(此件主动公开)\n抄送:县委办公室,县政府办公室。\n某县财政局办公室  2025年7月14日印发\n"])
def test_the_signed_date_before_the_closing_lines(tail):
    assert documents_from_text(K, REPORT.format(tail=tail), "r.txt")[0].doc_date == "2025-07-14"


@pytest.mark.parametrize("tail", ["", "\n(此件主动公开)\n"])
def test_the_budgets_aim_in_brackets(tail):
    got = figures(REPORT.format(tail=tail), FIELDS, meta={"region": "东丰县"})
    assert ("fiscal_revenue_growth", 2025, "year", "target", 5.5) in got, got


def test_the_parts_own_outcome_stays_the_parts():
    got = figures(REPORT.format(tail=""), FIELDS, meta={"region": "东丰县"})
    assert ("fiscal_revenue", 2025, "H1", "actual", 2.7468) in got, got


def test_no_signed_date_gives_none():
    text = REPORT.format(tail="").replace("2025年7月14日\n", "")
    assert documents_from_text(K, text, "r.txt")[0].doc_date is None
