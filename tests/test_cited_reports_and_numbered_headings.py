"""A statistics release that cites the work report as the source of the year's aim (高于年初政府工作报告提出的目标)
is still a release: its outcomes are its own date's year, not the year before a work report's; and a numbered heading
of the body (一、农业生产保持稳定…) is not taken for the title over the headline before it, whose part of the year
then dates the figures (issue 23, classes of set AD). Made-up texts of this file's own wording; negatives: a work
report that cites last year's report stays a work report, and a headline without a part leaves the year whole."""

import pytest

from etl.extract.metadata import classify_type, read_title
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "period", "kind", "value")
RELEASE = ("{d}\n{m}月28日,省统计局发布{p}某省经济运行情况。根据地区生产总值统一核算结果,{p},全省实现地区生产总值"
           "25771.37亿元,按不变价格计算,同比增长5.3%。\n大盘稳\n各项指标稳定增长 彰显底气和韧性\n统计局新闻发言人说,"
           "{p}全省地区生产总值同比增长5.3%,高于全国0.1个百分点,经济运行延续总体平稳、稳中提质的态势,今年以来持续高于"
           "年初政府工作报告{v}的5%左右的增速目标,为完成全年目标任务打下坚实基础。")


@pytest.mark.parametrize("year, month, part, label, verb", [
    (2025, 10, "前三季度", "Q1-Q3", "提出"), (2023, 7, "上半年", "H1", "确定"), (2019, 4, "一季度", "Q1", "明确"),
    (2021, 10, "前三季度", "Q1-Q3", "中提出"), (2024, 7, "上半年", "H1", "设定")])
def test_a_release_citing_the_work_report_keeps_its_own_year(year, month, part, label, verb):
    text = RELEASE.format(d=f"{year}-{month:02d}-29", m=month, p=part, v=verb)
    got = {f for f in figures(text, FIELDS) if f[0] == "gdp"}
    assert got == {("gdp", year, label, "actual", 25771.37)}


@pytest.mark.parametrize("verb", ["提出", "确定", "明确", "部署", "中提出"])
def test_a_cited_report_after_a_releases_words_names_no_report(verb):
    head = f"省统计局发布经济运行情况。全省经济增速高于年初政府工作报告{verb}的目标。"
    assert classify_type("各项指标稳定增长", head, K.document_types) == "statistics release"


@pytest.mark.parametrize("head", [
    "各位代表:现在,我代表市人民政府向大会报告工作。去年政府工作报告确定的目标全面完成,统计局数据显示经济向好。",
    "去年政府工作报告提出的目标任务全面完成。统计局数据显示,全市经济运行情况良好。",
    "政府工作报告\n2019年,全市经济运行情况总体平稳。"])
def test_a_report_cited_first_or_its_own_words_stay_a_report(head):
    assert classify_type("", head, K.document_types) == "government work report"


NEWS = ("{t}\n发布时间:2024-11-05 10:35:22\n  中新网 7月17日电 据某市统计局网站消息,{p},在市委、市政府坚强领导下,"
        "全市经济延续恢复向好态势。\n  根据地区生产总值统一核算结果,某市实现地区生产总值21791.3亿元,同比增长5.4%。\n"
        "  一、农业生产保持稳定,乡村旅游继续恢复\n  第一产业实现增加值41.1亿元。")


@pytest.mark.parametrize("title, part, label", [
    ("上半年某市经济继续恢复向好", "上半年", "H1"), ("前三季度某市经济稳中有进", "前三季度", "Q1-Q3"),
    ("一季度某市经济开局良好", "一季度", "Q1"), ("1-8月某市经济运行平稳", "1-8月", "M1-M8"),
    ("前11月某市经济持续回升", "前11月", "M1-M11")])
def test_a_numbered_heading_is_no_title_over_the_headline(title, part, label):
    assert read_title(NEWS.format(t=title, p=part)) == title
    got = {f for f in figures(NEWS.format(t=title, p=part), FIELDS) if f[0] == "gdp"}
    assert got == {("gdp", 2024, label, "actual", 21791.3)}


def test_a_headline_naming_no_part_leaves_the_year_whole():
    got = {f for f in figures(NEWS.format(t="某市经济继续恢复向好", p="今年以来"), FIELDS) if f[0] == "gdp"}
    assert got == {("gdp", 2024, "year", "actual", 21791.3)}


def test_only_numbered_lines_still_give_a_title():
    assert read_title("一、综合\n二、农业\n三、工业") == "一、综合"
