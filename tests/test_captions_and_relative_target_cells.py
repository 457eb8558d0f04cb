"""A table's caption that names a plan (表1:2020年国民经济和社会发展计划目标完成情况) does not start a new document,
and a target column whose cells state the target relative to a higher level (增长高于全省0.5个百分点, 与GDP增速同步)
still lets the table's outcome column be read (issue 23, classes of set AD). Made-up texts of this file's own
wording; negatives: a second report's own title after a body still starts a new document, and a target column's
number is the target."""

import pytest

from etl.extract.metadata import split_segments
from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
BODY = ("关于某市2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n各位代表:\n一、2020年计划执行情况\n"
        "过去一年,面对突如其来的疫情,全市上下坚持稳中求进工作总基调,统筹推进疫情防控和经济社会发展,较好完成了主要目标任务。"
        "我们深化供给侧结构性改革,打好三大攻坚战,推动经济发展实现量的合理增长和质的稳步提升,民生福祉持续增进,社会大局和谐"
        "稳定,为开启新征程打下了坚实基础。各项改革有序推进,对外开放不断扩大。\n")


@pytest.mark.parametrize("caption", ["表1:2020年国民经济和社会发展计划目标完成情况", "表2 2020年国民经济和社会发展计划主要指标",
                                     "附表:2020年统计公报主要数据", "表三:2020年经济运行情况", "附表1 2021年国民经济和社会发展计划主要指标"])
def test_a_tables_caption_starts_no_document(caption):
    text = BODY + caption + "\n指标名称 |\n2020年完成情况 |\n地区生产总值 |\n3.9% |\n" + "全市经济稳中向好,各项事业全面进步。" * 12
    assert len(split_segments(text)) == 1


def test_a_second_reports_title_after_a_body_starts_a_document():
    text = BODY + "全市经济稳中向好,各项事业全面进步。" * 12 + "\n某县2020年国民经济和社会发展统计公报\n" + \
        "2020年,全县上下团结奋进,经济运行总体平稳,地区生产总值增长3.5%,各项事业取得新进展。" * 5
    assert len(split_segments(text)) == 2


TABLE = ("表1:2020年计划目标完成情况\n指标名称 |\n2020年计划目标 |\n2020年完成情况 |\n地区生产总值 |\n{t} |\n3.9% |\n"
         "固定资产投资 |\n增长高于全省1.5个百分点 |\n5.9% |\n")


@pytest.mark.parametrize("words", ["增长高于全省0.5个百分点", "增速高于全国1个百分点", "与GDP增速同步", "快于全省0.3个百分点",
                                   "略高于全市平均水平"])
def test_a_target_in_relative_words_leaves_the_outcome_readable(words):
    got = {f for f in figures(BODY + TABLE.format(t=words), FIELDS) if f[0] == "gdp_growth"}
    assert got == {("gdp_growth", 2020, "year", "actual", 3.9)}


def test_a_target_columns_number_is_the_target():
    got = {f for f in figures(BODY + TABLE.format(t="7.5%"), FIELDS) if f[0] == "gdp_growth"}
    assert ("gdp_growth", 2020, "year", "target", 7.5) in got and ("gdp_growth", 2020, "year", "actual", 3.9) in got
