"""In a release on a part of the year (2024年前三季度…分析), a paragraph that opens on the year's aim (一是…与全年目标
差距较大) and then says 上年同期,…增长10.3% gives the same part of the year before, not the whole year: the aim's 全年
is no part the paragraph reports; and 去年同期 is the year before the date's, not the year before 去年 (issue 23,
class 2). Negatives: in a release on a whole year the same period is the
year before. Made-up releases in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")


def release(title: str, date: str, sentence: str) -> str:
    return (f"{title}\n某市统计局\n发布时间:{date}\n三、需要关注的问题\n"
            "一是增速与全年目标仍有差距。前三季度增速比全年目标低1.2个百分点,经测算,四季度须增长9%以上方能实现全年6.5%的目标。"
            "二是增长后劲不足。" + sentence + "\n")


PART = ("某市2024年前三季度经济运行情况分析", "2024-10-29")


@pytest.mark.parametrize("sentence, fact", [
    ("上年同期,全市固定资产投资增长10.3%,今年增速明显放缓。", ("fixed_investment_growth", 2023, "Q1-Q3", 10.3)),
    ("上年同期,全市规模以上工业增加值增长8.2%,今年有所回落。", ("industrial_va_growth", 2023, "Q1-Q3", 8.2)),
    ("去年同期,全市社会消费品零售总额增长7.4%,今年明显放缓。", ("retail_sales_growth", 2023, "Q1-Q3", 7.4)),
    ("上年同期,全市一般公共预算收入增长12.6%,今年增速回落。", ("fiscal_revenue_growth", 2023, "Q1-Q3", 12.6)),
    ("去年同期,全市地区生产总值增长6.9%,今年增速放缓。", ("gdp_growth", 2023, "Q1-Q3", 6.9)),
])
def test_the_same_period_is_the_releases_part(sentence, fact):
    assert fact in figures(release(*PART, sentence), FIELDS, meta={"region": "旬阳市"})


def test_in_a_release_on_the_whole_year_it_is_the_year_before():
    got = figures(release("某市2024年国民经济和社会发展统计公报", "2025-03-20", "上年同期,全市固定资产投资增长10.3%。"),
                  FIELDS, meta={"region": "旬阳市"})
    assert ("fixed_investment_growth", 2023, "year", 10.3) in got, got
