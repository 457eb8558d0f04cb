"""Part-years said as the months so far (截至11月末), the part named last before a figure, a part-year named only
as the aim of a good start (确保一季度“开门红”), a later 今年以来 sentence that says which months its paragraph
reports, a page run together with spaces whose next sentence opens with its year, and a summary whose opening
says which year's targets were met (issue 23, classes of set AA). Made-up texts of this file's own wording;
negatives: a year's end, a part said after the figure, and a paragraph whose 今年以来 names no part."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
NEWS = "某县经济运行情况通报\n"
ROUNDUP = "某县推动稳增长工作综述\n2018年 全县扎实推进各项工作。"


@pytest.mark.parametrize("text, expected", [
    ("2023年,全县经济稳中有进。截至11月末,规模以上工业增加值同比增长12.4%。",
     ("industrial_va_growth", 2023, "M1-M11", 12.4)),
    ("2023年,全县经济稳中有进。截至10月底,固定资产投资同比增长8.6%。",
     ("fixed_investment_growth", 2023, "M1-M10", 8.6)),
    ("2023年,全县经济稳中有进。截止到8月底,社会消费品零售总额同比增长6.1%。",
     ("retail_sales_growth", 2023, "M1-M8", 6.1)),
    ("2023年,全县经济稳中有进。截至6月末,一般公共预算收入同比增长5.2%。",
     ("fiscal_revenue_growth", 2023, "H1", 5.2)),
    ("2023年,全县经济稳中有进。截至9月末,规模以上工业增加值同比增长7.7%。",
     ("industrial_va_growth", 2023, "Q1-Q3", 7.7)),
])
def test_the_months_so_far_are_the_period(text, expected):
    assert expected in figures(NEWS + text, FIELDS)


def test_the_part_named_last_before_a_figure_is_its_period():
    text = ("2023年,全县经济稳中有进。前三季度,全县地区生产总值完成31.2亿元,同比增长6.4%;截至11月末,"
            "规模以上工业增加值同比增长9.1%,固定资产投资同比增长11.3%。")
    got = figures(NEWS + text, FIELDS)
    assert ("gdp_growth", 2023, "Q1-Q3", 6.4) in got
    assert ("industrial_va_growth", 2023, "M1-M11", 9.1) in got
    assert ("fixed_investment_growth", 2023, "M1-M11", 11.3) in got


@pytest.mark.parametrize("text", [
    "2023年,全县经济稳中有进。截至2023年末,规模以上工业增加值同比增长12.4%。",
    "2023年,全县规模以上工业增加值同比增长12.4%,截至11月末的数据尚未发布。",
])
def test_a_year_end_or_a_later_part_is_no_part_of_the_figure(text):
    got = [f for f in figures(NEWS + text, FIELDS) if f[0] == "industrial_va_growth"]
    assert got and all(f[2] == "year" for f in got)


@pytest.mark.parametrize("text, expected", [
    ("今年以来,全县上下狠抓落实,1-2月,全县主要经济指标运行平稳,为一季度“开门红”打下基础。"
     "一是投资较快增长,固定资产投资同比增长21.5%。", ("fixed_investment_growth", 2018, "M1-M2", 21.5)),
    ("今年以来,全县上下狠抓落实,1-4月,全县主要经济指标运行平稳。"
     "二是消费稳步回升,社会消费品零售总额同比增长7.2%。", ("retail_sales_growth", 2018, "M1-M4", 7.2)),
    ("今年以来,全县上下狠抓落实,上半年,全县主要经济指标运行平稳。"
     "三是工业持续向好,规模以上工业增加值同比增长9.4%。", ("industrial_va_growth", 2018, "H1", 9.4)),
])
def test_a_later_sentence_of_this_year_so_far_leads_its_paragraph(text, expected):
    assert expected in figures(ROUNDUP + text, FIELDS)


def test_this_year_so_far_with_no_part_gives_none():
    text = "今年以来,全县上下狠抓落实,全县主要经济指标运行平稳。一是投资较快增长,固定资产投资同比增长21.5%。"
    got = [f for f in figures(ROUNDUP + text, FIELDS) if f[0] == "fixed_investment_growth"]
    assert got and all(f[2] == "year" for f in got)


@pytest.mark.parametrize("text, expected", [
    ("2018年 我州狠抓落实 确保实现一季度“开门红” 2017年,全州地区生产总值同比增长9.5%,固定资产投资同比增长14.2%。",
     {("gdp_growth", 2017, "year", 9.5), ("fixed_investment_growth", 2017, "year", 14.2)}),
    ("2018年 我州狠抓落实 力争上半年“双过半” 2017年,全州地区生产总值同比增长9.5%。",
     {("gdp_growth", 2017, "year", 9.5)}),
])
def test_a_run_together_page_opens_a_sentence_at_its_year(text, expected):
    got = {f for f in figures("某州稳增长综述\n" + text, FIELDS) if f[0] in {e[0] for e in expected}}
    assert got == expected


@pytest.mark.parametrize("opening, year", [
    ("2021年,在县委的坚强领导下,县人民政府团结带领全县人民,圆满完成了县十七届人大五次会议确定的主要目标任务。", 2021),
    ("2019年,在市委的领导下,市政府砥砺奋进,全面完成了市人大二届六次会议确定的各项目标任务。", 2019),
    ("2016年,全区上下共同努力,较好地完成了区人大三次会议提出的年度目标任务。", 2016),
    ("2023年,我们坚持稳中求进,超额完成了省委省政府下达的主要目标任务。", 2023),
    ("2014年,面对复杂形势,全市胜利完成了市十五届人大四次会议确定的目标任务。", 2014),
])
def test_the_opening_that_says_a_years_targets_were_met_is_the_year_reviewed(opening, year):
    from etl.extract.metadata import read_years
    from etl.records import Document
    from tests.extracting import K
    text = f"{year}年经济社会发展成效显著\n{opening}\n经济运行稳中向好。全县地区生产总值同比增长7.5%。"
    doc = Document("d", "d.txt", 0, text, "", "utf-8", title=f"{year}年经济社会发展成效显著",
                   doc_type="government work report")
    read_years(doc, K.grammar)
    assert (doc.reviews_year, doc.plans_year) == (year, year + 1)


@pytest.mark.parametrize("opening", [
    "2021年,全县将坚持稳中求进,确保完成县人大确定的主要目标任务。",
    "2021年,全县要全力以赴,圆满完成省市下达的各项目标任务。",
])
def test_a_year_whose_targets_are_yet_to_be_met_is_not_reviewed(opening):
    from etl.extract.metadata import read_years
    from etl.records import Document
    from tests.extracting import K
    text = f"2021年经济社会发展目标\n{opening}\n全县地区生产总值增长7.5%左右。"
    doc = Document("d", "d.txt", 0, text, "", "utf-8", title="2021年经济社会发展目标", doc_type="government work report")
    read_years(doc, K.grammar)
    assert doc.reviews_year != 2021


@pytest.mark.parametrize("text, place", [
    ("2018年 我州认真贯彻落实上级部署,对迪庆提出的要求落到实处。在参照《云南省人民政府关于促进经济持续健康发展的意见》"
     "的基础上,结合我州实际,提出了稳增长意见。全州地区生产总值同比增长11%。", "迪庆藏族自治州"),
    ("全县认真落实《四川省人民政府关于加快县域经济发展的意见》,剑阁县上下齐心协力。全县地区生产总值增长7%。", "剑阁县"),
    ("会议传达了《湖南省人民政府关于进一步稳增长的通知》。会上,沅陵县县长作了讲话,全县地区生产总值增长6%。", "沅陵县"),
])
def test_the_issuer_of_a_cited_document_is_not_the_texts_place(text, place):
    from tests.extracting import region_of
    assert region_of(text) == place


def test_a_texts_own_title_as_issuer_still_names_its_place():
    from tests.extracting import region_of
    assert region_of("云南省人民政府关于2018年经济运行情况的通报\n全省地区生产总值增长8.9%。") == "云南省"
