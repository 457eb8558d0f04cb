"""A heading that repeats part of the report's own title (2020年国民经济和社会发展计划执行情况 under 关于X县2020年国民经济
和社会发展计划执行情况及2021年计划(草案)的报告; 政府工作报告 under X区2024年政府工作报告) is a section of that report, not
the title of another: the file is not split there, and the section keeps the report's place and date (issue 23, found
in a plan report of the texts at hand whose section heading lost its number: its second half was read as an undated
report of another county, every figure wrong). Negatives: a file holding two reports of two places is still split in
two. Made-up texts of this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "kind", "value", "confidence")
BODY = ("\n\n各位代表:\n\n受县人民政府委托,现将计划执行情况报告如下,请予审议,并请各位政协委员和列席人员提出意见和建议。\n\n"
        + "过去一年,面对复杂严峻的形势,全县上下团结一心、攻坚克难,较好地完成了县十七届人大六次会议确定的目标任务。\n\n" * 3 +
        "{h}\n\n2020年,全县上下统筹疫情防控和经济社会发展,预计全年地区生产总值增长4.5%;固定资产投资增长9%。\n\n"
        + "全县上下坚持稳中求进工作总基调,扎实做好各项工作,经济运行总体平稳,发展质量稳步提升,民生保障持续加强。\n\n" * 4)


def parts(text: str) -> list:
    return documents_from_text(K, text, "made_up.txt", meta={"region": "长武县"})


@pytest.mark.parametrize("title,heading", [
    ("关于长武县2020年国民经济和社会发展计划执行情况及2021年计划(草案)的报告", "2020年国民经济和社会发展计划执行情况"),
    ("关于长武县2020年国民经济和社会发展计划执行情况及2021年计划(草案)的报告", "国民经济和社会发展计划执行情况"),
    ("长武县2021年政府工作报告", "政府工作报告"),
    ("长武县2020年国民经济和社会发展统计公报", "2020年国民经济和社会发展统计公报"),
    ("长武县2020年经济运行情况", "经济运行情况"),
    ("首页 > 信息公开 > 规划计划 > 正文\n字号:大 中 小 打印本页\n关于长武县2020年国民经济和社会发展计划执行情况的报告",
     "2020年国民经济和社会发展计划执行情况"),   # the title below a site's breadcrumb and page tools
])
def test_a_heading_repeating_the_title_is_no_new_report(title, heading):
    text = title + BODY.format(h=heading)
    assert len(parts(text)) == 1
    got = {f[:4] for f in figures(text, FIELDS, meta={"region": "长武县"}) if f[4] == "high"}
    assert ("gdp_growth", 2020, "actual", 4.5) in got


def test_two_reports_of_two_places_are_still_two():
    one = "长武县2020年政府工作报告" + BODY.format(h="一、工作回顾")
    two = "淳化县2020年政府工作报告" + BODY.format(h="一、工作回顾")
    assert len(documents_from_text(K, one + "\n" + two, "two.txt")) == 2


@pytest.mark.parametrize("lead", [
    "按照中央和全省经济工作会议精神以及省政府工作报告要求,2018年重点做好以下工作:",
    "根据县政府工作报告安排,全年主要预期目标是:",
    "对照政府工作报告确定的目标任务,主要指标完成情况如下:",
    "结合国民经济和社会发展计划执行情况,建议如下:",
    "现将统计公报有关情况说明如下:",
])
def test_a_sentence_ending_in_a_colon_is_no_title(lead):
    """(A line that names a report but ends in a colon leads a list: it opens no report of its own.)"""
    text = "长武县2021年政府工作报告" + BODY.format(h=lead)
    assert len(parts(text)) == 1


def test_the_same_bare_title_over_two_reports_still_makes_two():
    """(政府工作报告 over each of two reports of a listing page: the same line again is another report's title.)"""
    one = "政府工作报告" + BODY.format(h="一、工作回顾")
    assert len(documents_from_text(K, one + "\n" + one.replace("2020年", "2021年"), "two.txt")) == 2
