"""Two shapes of a press conference held early in the year. An outcome of a part of the year that cannot be over at the
conference's date (一季度 on 26 January), dated only by the paragraph around it (a question's loose 今年 for the year
reviewed), goes to review with its reason, as one
dated by the page does (before, it was charted as the date year's first quarter). And aims a speaker says are still
being weighed or put to the congress (今年的预期目标正在提请人代会审议,初步考虑是:…) are aims of the year, not its
outcomes. An answer that opens with 去年 (答(区统计局):去年全区…) is of that year, though a follow-up question before it
carried the thread's year (before, the year of the aims asked about earlier). (Issue 23, class 2: time and kind.)
Negatives: months already over at the date stay the date year's; a lead to outcomes (目标任务完成情况是:) stays a lead to
outcomes; an answer naming no year goes on with the thread. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str, **kw) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "蕉城区"}, **kw)


def conference(date: str) -> str:
    return (f"蕉城区经济运行情况新闻发布会\n发布时间:{date}\n\n"
            "主持人:请区统计局负责同志介绍情况。\n\n"
            "记者:今年全区经济增速为什么前低后高?\n")


@pytest.mark.parametrize("date, answer, period", [
    ("2018-01-26", "答:主要是一季度全区生产总值只增长了6.1%,此后逐季回升。", "Q1"),
    ("2018-01-12", "答:原因在于上半年全区规模以上工业增加值仅增长4.2%,下半年才逐步恢复。", "H1"),
    ("2018-02-02", "答:一方面,前三季度全区固定资产投资增长8.4%,拉动作用明显。", "Q1-Q3"),
    ("2018-01-30", "答:从消费看,1—10月全区社会消费品零售总额增长9.3%,节假日消费带动明显。", "M1-M10"),
    ("2018-01-08", "答:一季度全区规模以上工业增加值增长3.5%,主要受企业检修影响。", "Q1"),
])
def test_a_part_not_over_at_the_conference_goes_to_review(date, answer, period):
    got = read(conference(date) + answer + "\n")
    assert any(p == period and k == "actual" for i, y, p, k, v in got), got
    assert not any(p == period for i, y, p, k, v in read(conference(date) + answer + "\n", charted=True))


def test_months_over_at_the_date_stay_the_date_years():
    text = conference("2018-08-06") + "答:上半年全区规模以上工业增加值增长4.2%,比一季度加快1个百分点。\n"
    assert ("industrial_va_growth", 2018, "H1", "actual", 4.2) in read(text, charted=True)


@pytest.mark.parametrize("answer, key, value", [
    ("答:今年的预期目标正在提请区人代会审议,初步考虑是:地区生产总值增长7%左右,一般公共预算收入增长6%。",
     "gdp_growth", 7.0),
    ("答:今年全区的预期目标初步考虑是:规模以上工业增加值增长8%,固定资产投资增长10%。", "industrial_va_growth", 8.0),
    ("答:今年的主要目标正在征求意见,初步安排为:社会消费品零售总额增长9%,城镇登记失业率控制在3.5%以内。",
     "retail_sales_growth", 9.0),
    ("答:今年的发展目标经区政府常务会议研究,拟定为:地区生产总值增长7%以上,一般公共预算收入增长5%。", "gdp_growth", 7.0),
    ("答:2018年的预期目标提交大会审议后,建议为:固定资产投资增长12%,社会消费品零售总额增长9.5%。",
     "fixed_investment_growth", 12.0),
])
def test_aims_still_weighed_are_the_years_aims(answer, key, value):
    got = read(conference("2018-01-26") + answer + "\n", charted=True)
    assert (key, 2018, "year", "target", value) in got, got
    assert not any(k == "actual" and y == 2018 for i, y, p, k, v in got), got


def test_a_lead_to_outcomes_stays_one():
    text = ("蕉城区2017年计划执行情况\n发布时间:2017-12-28\n\n"
            "全年目标任务完成情况是:地区生产总值增长7.2%,一般公共预算收入增长6.3%。\n")
    got = read(text)
    assert ("gdp_growth", 2017, "year", "actual", 7.2) in got, got
    assert not any(k == "target" for i, y, p, k, v in got), got


THREAD = ("蕉城区2023年经济运行情况新闻发布会\n发布时间:2024-01-29\n\n"
          "问(某报记者):今年全区经济增长的预期目标是多少?\n答(区发改局):区政府工作报告提出,今年全区地区生产总值增长6%左右。\n\n"
          "问(某台记者):{question}\n{answer}\n")


@pytest.mark.parametrize("question, answer, key, value", [
    ("就业和外贸方面情况怎么样?", "答(区统计局):去年全区城镇新增就业1.2万人。外贸方面,全年进出口总额48.1亿元,增长4.3%。", "trade", 48.1),
    ("消费方面呢?", "答:去年全区社会消费品零售总额增长7.2%,消费持续回暖。", "retail_sales_growth", 7.2),
    ("财政收入情况如何?", "答(区财政局):去年全区一般公共预算收入完成21.6亿元,同口径增长5.1%。", "fiscal_revenue", 21.6),
    ("工业方面表现怎么样?", "A:去年全区规模以上工业增加值增长8.3%,高于全市1个百分点。", "industrial_va_growth", 8.3),
    ("投资情况呢?", "答(区统计局):去年全区固定资产投资增长3.9%,其中工业投资增长12%。", "fixed_investment_growth", 3.9),
])
def test_an_answer_opening_with_last_year_keeps_it(question, answer, key, value):
    got = read(THREAD.format(question=question, answer=answer))
    assert (key, 2023, "year", "actual", value) in got, got
    assert not any(i == key and y == 2024 for i, y, p, k, v in got), got


def test_an_answer_naming_no_year_goes_on_with_the_thread():
    got = read(THREAD.format(question="那么投资方面呢?", answer="答:固定资产投资增长8%。"))
    assert not any(i == "fixed_investment_growth" and y == 2023 for i, y, p, k, v in got), got
