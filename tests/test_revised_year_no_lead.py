"""A year named only to revise an earlier year's figure (2022年…修订为X亿元, 经核实为) is that clause's
year alone: it never becomes the year of the clauses and sentences after it, which keep the year of their
section. Texts written for this test; the report is a 2024 report reviewing 2023."""

import pytest

from tests.extracting import figures

META = {"region": "罗湖区", "date": "2024-01-12"}
HEAD = "政府工作报告\n一、2023年工作回顾\n"


def charted(body):
    return figures(HEAD + body, ("indicator", "year", "kind", "value"), META, charted=True)


@pytest.mark.parametrize("body, expected", [
    # the revision opens the sentence, after a clause with no year
    ("完成第五次全国经济普查,2022年全区地区生产总值修订为812.6亿元,全区一般公共预算收入65.2亿元、增长5.3%。",
     {("gdp", 2022, "actual", 812.6), ("fiscal_revenue", 2023, "actual", 65.2),
      ("fiscal_revenue_growth", 2023, "actual", 5.3)}),
    # … at the sentence's very head
    ("2022年全区地区生产总值经核实为812.6亿元,全区社会消费品零售总额增长6.1%。",
     {("gdp", 2022, "actual", 812.6), ("retail_sales_growth", 2023, "actual", 6.1)}),
    # … and the sentence after it in the paragraph is the section's year too
    ("2022年全区地区生产总值修正为812.6亿元。全区地区生产总值达到861.4亿元,增长5.6%。",
     {("gdp", 2022, "actual", 812.6), ("gdp", 2023, "actual", 861.4), ("gdp_growth", 2023, "actual", 5.6)}),
    # traditional characters
    ("完成經濟普查,2022年全區地區生產總值修訂為812.6億元,全區一般公共預算收入65.2億元。",
     {("gdp", 2022, "actual", 812.6), ("fiscal_revenue", 2023, "actual", 65.2)}),
    # negatives: a year leading a sentence with no revision still carries to its later clauses
    ("2022年全区地区生产总值达到812.6亿元,全区一般公共预算收入60.1亿元。",
     {("gdp", 2022, "actual", 812.6), ("fiscal_revenue", 2022, "actual", 60.1)}),
    ("完成经济普查,2022年全区地区生产总值为812.6亿元,全区一般公共预算收入60.1亿元。",
     {("gdp", 2022, "actual", 812.6), ("fiscal_revenue", 2022, "actual", 60.1)}),
    # … and a revision word in a later clause does not undo a lead that says nothing of it
    ("2022年全区地区生产总值达到812.6亿元,全区一般公共预算收入60.1亿元,统计口径修订为新标准。",
     {("gdp", 2022, "actual", 812.6), ("fiscal_revenue", 2022, "actual", 60.1)}),
])
def test_a_revised_year_leads_nothing_after_it(body, expected):
    assert charted(body) == expected
