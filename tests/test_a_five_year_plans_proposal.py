"""A party committee's proposal for a five-year plan (中共某县委关于制定…第十五个五年规划的建议), or the explanation of
it (关于《…建议》的说明), is read as what it is (issue 23, class 1): its name is its title, not the line of the day it was
adopted below it; a dateline of the plenary where it was explained (——2026年1月10日在中共某县委…全体会议上) dates it;
a heading of the plan's aims with its general requirements (二、“十五五”时期经济社会发展的总体要求和主要目标) opens the
plan's aims; and under a plain heading of aims, a sentence that opens with the plan's last year and states no figure
(到2030年,…取得重大突破。) makes the aims below it the plan's, not next year's. Negatives: a year's own aims stay that
year's. Made-up texts in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "kind", "value")
COUNTIES = ["泾县", "旌德县", "绩溪县", "石台县", "青阳县"]


def proposal(county: str) -> str:
    return (f"中共{county}委关于制定{county}国民经济和社会发展第十五个五年规划的建议\n"
            f"(2025年12月26日中国共产党{county}第十五届委员会第九次全体会议通过)\n\n"
            "一、发展基础\n“十四五”时期,全县综合实力稳步提升。\n\n二、主要目标\n"
            "到2030年,县域经济高质量发展取得重大突破,现代化建设迈出坚实步伐。\n"
            "——经济实力明显增强。地区生产总值达到410亿元以上,一般公共预算收入达到28亿元。\n"
            "——结构更加优化。第三产业增加值比重达到52%左右。\n")


@pytest.mark.parametrize("county", COUNTIES)
def test_the_proposals_name_is_its_title(county):
    doc = documents_from_text(K, proposal(county), "made_up.txt")[0]
    assert doc.title.endswith("第十五个五年规划的建议"), doc.title


@pytest.mark.parametrize("county", COUNTIES)
def test_aims_after_the_plans_last_year_are_the_plans(county):
    got = figures(proposal(county), FIELDS, meta={"region": county}, charted=True)
    assert {("gdp", 2030, "target", 410.0), ("fiscal_revenue", 2030, "target", 28.0),
            ("tertiary_share", 2030, "target", 52.0)} <= got, got


def explanation(county: str, heading: str) -> str:
    return (f"关于《中共{county}委关于制定{county}国民经济和社会发展第十五个五年规划的建议》的说明\n"
            f"——2026年1月9日在中共{county}委十五届十次全体会议上\n\n同志们:\n受县委常委会委托,我就《建议》作说明。各项指标将在县政府工作报告中衔接落实。\n\n"
            f"{heading}\n地区生产总值年均增长6%左右,规上工业增加值年均增长8%以上;一般公共预算收入力争达到19亿元。\n")


@pytest.mark.parametrize("county", COUNTIES)
def test_the_plenarys_dateline_dates_the_explanation(county):
    doc = documents_from_text(K, explanation(county, "二、主要目标"), "made_up.txt")[0]
    assert doc.doc_date == "2026-01-09", doc.doc_date


@pytest.mark.parametrize("heading", [
    "二、“十五五”时期经济社会发展的总体要求和主要目标",
    "二、“十五五”时期经济社会发展的指导思想和主要目标",
    "三、“十五五”时期的总体要求和主要目标",
    "(二)“十五五”时期发展的总体要求和主要目标",
    "二、今后五年经济社会发展的总体要求和主要目标",
])
def test_a_heading_of_requirements_and_aims_opens_the_plans_aims(heading):
    got = figures(explanation("泾县", heading), FIELDS, meta={"region": "泾县"}, charted=True)
    assert ("fiscal_revenue", 2030, "target", 19.0) in got, got


def test_a_years_own_aims_stay_that_years():
    text = explanation("泾县", "四、2026年主要目标").replace("年均增长6%左右", "增长6%左右")
    got = figures(text, FIELDS, meta={"region": "泾县"}, charted=True)
    assert ("gdp_growth", 2026, "target", 6.0) in got, got
    assert not any(f[1] == 2030 for f in got), got


def test_in_a_years_report_a_later_year_opening_a_sentence_frames_nothing():
    text = ("泾县2026年政府工作报告\n——2026年1月20日在泾县第十八届人民代表大会第五次会议上\n各位代表:\n"
            "二、2026年主要目标\n到2030年,县域经济高质量发展取得重大突破。\n全县地区生产总值增长6%左右,一般公共预算收入增长3%。\n")
    got = figures(text, FIELDS, meta={"region": "泾县"}, charted=True)
    assert {("gdp_growth", 2026, "target", 6.0), ("fiscal_revenue_growth", 2026, "target", 3.0)} <= got, got
