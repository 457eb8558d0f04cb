"""A government disclosure page's header flattened into cells (索引号: | … | 发布机构: | X区发展和改革委员会 | 生成日期: | 2020-10-29
| … 关键词: | 目标任务;城乡;发展 …) belongs to the report under it: its long keyword cell is no prose that would end one
document before the report's title, so the report keeps the header's issuer and date (issue 23, found on development
set AN: a district's half-year plan report was split from its header and all its figures went to review as undated and
placeless). Its date is read after a cell's bar, under any of the header's date labels. Made-up pages of this file's own
wording. Negatives: two reports with prose bodies in one file stay two documents; a header with no date leaves the
report undated."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "period", "kind", "value")
PAGE = ("索 引 号: | 013101089/{year}-109574 | 主题分类: | 国民经济管理 |\n"
        "发布机构: | {issuer}发展和改革委员会 | {label}: | {date} |\n"
        "生效日期: | 废止日期: | ||\n信息名称: | {year}年上半年全区国民经济社会发展计划执行情况 | ||\n"
        "文 号: | 关 键 词: | 目标任务;城乡;发展;改革;实体经济;开工;医疗器械;地区生产总值;公共服务水平 | |\n"
        "{year}年上半年全区国民经济社会发展计划执行情况\n"
        "今年以来,全区上下坚持经济发展与疫情防控两手抓,经济运行稳步恢复。\n"
        "上半年,全区实现地区生产总值217.1亿元、增长0.5%;一般公共预算收入21.1亿元、增长3.4%。\n")


@pytest.mark.parametrize("issuer, label, date, year", [
    ("高淳区", "生成日期", "2020-10-29", 2020),
    ("江宁区", "生成日期", "2021-08-12", 2021),
    ("六合区", "发布日期", "2019-07-30", 2019),
    ("溧水区", "成文日期", "2022-08-05", 2022),
    ("浦口区", "发布日期", "2018-09-03", 2018),
])
def test_a_report_under_a_header_of_cells_keeps_its_issuer_and_date(issuer, label, date, year):
    text = PAGE.format(issuer=issuer, label=label, date=date, year=year)
    docs = documents_from_text(K, text, "page.txt")
    assert [(d.region, d.doc_date) for d in docs] == [(issuer, date)]
    got = figures(text, FIELDS, charted=True)
    assert {("gdp", year, "H1", "actual", 217.1), ("fiscal_revenue_growth", year, "H1", "actual", 3.4)} <= got


def test_two_reports_with_prose_stay_two_documents():
    one = ("2020年上半年全区国民经济社会发展计划执行情况\n今年以来,全区上下坚持稳中求进,经济运行稳步恢复,各项工作扎实推进。\n"
           "上半年,全区实现地区生产总值217.1亿元、增长0.5%。\n" + "项目建设加快推进,重大项目完成投资过半,民生保障持续加强,城乡面貌不断改善,营商环境持续优化提升。\n" * 4)
    two = one.replace("2020年", "2021年")
    assert len(documents_from_text(K, one + two, "page.txt")) == 2


def test_a_header_without_a_date_leaves_the_report_undated():
    text = PAGE.format(issuer="高淳区", label="废止日期", date="", year=2020)
    assert documents_from_text(K, text, "page.txt")[0].doc_date is None
