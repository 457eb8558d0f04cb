"""What set X showed at first sight (issue 23), each as a general rule: a heading that proposes the year's aims
(建议全年经济社会发展预期目标) makes the list under it targets; a plan's span said to have run so far (“十四五”以来)
is the years gone by, an outcome's; a plan named in a middle clause (开展“十三五”规划中期评估) frames no later
figure; and a year in the figure's own clause outweighs the year of the clause that names the indicator.
Made-up texts in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


# --- a heading proposing the year's aims ------------------------------------------------------------------------------
NEWS = ("直通两会 报告速览\n\n城北日报 2023年01月14日\n\n1月13日上午,城北市第十届人民代表大会第一次会议开幕。"
        "市长代表市政府向大会作政府工作报告。\n\n")


@pytest.mark.parametrize("item, expected", [
    ("●地区生产总值增长5%以上", ("gdp_growth", 2023, "year", "target", 5.0)),
    ("●一般公共预算收入增长5.5%", ("fiscal_revenue_growth", 2023, "year", "target", 5.5)),
    ("●居民人均可支配收入增长6%左右", ("disposable_income_growth", 2023, "year", "target", 6.0)),
    ("●社会消费品零售总额增长7%", ("retail_sales_growth", 2023, "year", "target", 7.0)),
    ("●规模以上工业增加值增长6.5%", ("industrial_va_growth", 2023, "year", "target", 6.5)),
])
def test_a_heading_proposing_the_years_aims_makes_its_list_targets(item, expected):
    got = figures(NEWS + "2023年是开局之年。\n\n建议全年经济社会发展预期目标\n\n" + item + "\n\n●城镇新增就业11万人\n", FIELDS)
    assert expected in got
    assert not any(f[0] == expected[0] and f[3] == "actual" for f in got)


def test_a_heading_of_the_years_results_is_no_plan():
    got = figures(NEWS + "2022年是关键之年。\n\n全年经济社会发展目标完成情况\n\n●地区生产总值增长5.1%\n", FIELDS)
    assert not any(f[3] == "target" for f in got)


# --- a plan's span said to have run so far -------------------------------------------------------------------------------
@pytest.mark.parametrize("date, plan, until, name, key", [
    ("2025年10月22日", "十四五", 2024, "固定资产投资", "fixed_investment_growth_avg_5yr"),
    ("2025年9月1日", "十四五", 2024, "社会消费品零售总额", "retail_sales_growth_avg_5yr"),
    ("2024年8月5日", "十四五", 2023, "地区生产总值", "gdp_growth_avg_5yr"),
    ("2019年10月8日", "十三五", 2018, "一般公共预算收入", "fiscal_revenue_growth_avg_5yr"),
    ("2014年11月3日", "十二五", 2013, "地区生产总值", "gdp_growth_avg_5yr"),
])
def test_a_plan_since_its_start_is_the_years_gone_by(date, plan, until, name, key):
    lo = {"十二五": 2011, "十三五": 2016, "十四五": 2021}[plan]
    text = (f"城北市新闻发布会\n{date}\n\n“{plan}”以来,我市紧紧围绕高质量发展主题,主要指标总体进展顺利。"
            f"经济实力持续壮大,{name}年均增长6.8%,发展韧性十足。")
    got = figures(text, FIELDS)
    assert (key, until, f"{lo}-{until}", "actual", 6.8) in got
    assert not any(f[3] == "target" for f in got)


def test_a_plans_period_in_its_plan_is_still_its_target():
    text = ("城北市国民经济和社会发展第十四个五年规划纲要\n2021年2月1日\n\n“十四五”时期经济社会发展主要目标:"
            "地区生产总值年均增长6%左右。")
    assert ("gdp_growth_avg_5yr", 2025, "2021-2025", "target", 6.0) in figures(text, FIELDS)


# --- a plan named in a middle clause ------------------------------------------------------------------------------------
PLAN_REPORT = "关于城北省2018年国民经济和社会发展计划执行情况与2019年计划草案的报告\n\n一、2018年计划执行情况\n\n"


@pytest.mark.parametrize("task", ["开展“十三五”规划中期评估", "推进“十三五”规划实施", "完成“十三五”规划纲要评估",
                                  "编制“十三五”专项规划", "落实“十三五”规划部署"])
def test_a_plan_named_in_a_middle_clause_frames_no_later_figure(task):
    text = PLAN_REPORT + f"一年来,全省坚持稳中求进,{task},经济运行总体平稳,全省实现生产总值24438.3亿元、增长8.3%。"
    got = figures(text, FIELDS)
    assert ("gdp", 2018, "year", "actual", 24438.3) in got
    assert not any(f[3] == "target" for f in got)


def test_a_plan_leading_the_sentence_still_frames_its_figures():
    text = ("城北市2021年政府工作报告\n2021年1月10日\n\n“十四五”时期,全市生产总值年均增长6%左右,"
            "一般公共预算收入年均增长7%。")
    got = figures(text, FIELDS)
    assert ("gdp_growth_avg_5yr", 2025, "2021-2025", "target", 6.0) in got


# --- the year of the figure's own clause --------------------------------------------------------------------------------
@pytest.mark.parametrize("name, verb, key", [
    ("地区生产总值", "实现正增长", "gdp_growth"),
    ("一般公共预算收入", "保持稳定", "fiscal_revenue_growth"),
    ("固定资产投资", "企稳回升", "fixed_investment_growth"),
    ("社会消费品零售总额", "恢复增长", "retail_sales_growth"),
    ("规模以上工业增加值", "较快增长", "industrial_va_growth"),
])
def test_a_year_in_the_figures_own_clause_outweighs_the_subjects(name, verb, key):
    text = f"城北省两会新闻\n据城北日报消息,省长作政府工作报告时表示,2022年,预计全省{name}{verb},2023年预期目标增长9.5%左右。"
    got = figures(text, FIELDS)
    assert (key, 2023, "year", "target", 9.5) in got
    assert (key, 2022, "year", "target", 9.5) not in got


def test_a_base_year_in_a_later_clause_dates_nothing():
    text = "城北市2023年经济运行情况\n2023年,全市一般公共预算收入稳步增长,较2022年增长6.1%。"
    assert ("fiscal_revenue_growth", 2023, "year", "actual", 6.1) in figures(text, FIELDS)
