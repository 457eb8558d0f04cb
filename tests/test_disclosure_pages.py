"""Pages of a government's disclosure site: the header's written or posted date dates the report, a
report on months 1-6 is a half year's, and a page that ranks its own city within the prefecture it
names (列X第5) without ever naming itself is placed by the site's initials below that prefecture, never
as the prefecture. Made-up pages in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from etl.knowledge import load_knowledge
from tests.extracting import figures

K = load_knowledge()

HEADER = ("您当前的位置: 首页>政务公开>规划信息\n[ 索引号 ] 0000/2021-00012 [ 发文字号 ]\n"
          "[ 发布机构 ] 城东县人民政府 [ 成文日期 ] 2021-08-30 [ 发布日期 ] 2021-09-02\n\n")
HALF_YEAR = ("城东县人民政府关于我县2021年1-6月国民经济和社会发展计划执行情况的报告\n\n"
             "一、计划执行情况\n\n全县实现地区生产总值88.4亿元,同比增长7.2%;一般公共预算收入5.1亿元,增长3.3%。\n")


def test_the_disclosure_header_dates_a_report():
    doc = documents_from_text(K, HEADER + HALF_YEAR, "case.txt", meta={"region": "罗湖区"})[0]
    assert doc.doc_date == "2021-08-30"


def test_a_report_on_months_one_to_six_gives_that_half_year_of_its_own_year():
    got = figures(HEADER + HALF_YEAR, ("indicator", "year", "period", "kind", "value"), meta={"region": "罗湖区"},
                  charted=True)
    assert {("gdp", 2021, "H1", "actual", 88.4), ("gdp_growth", 2021, "H1", "actual", 7.2),
            ("fiscal_revenue", 2021, "H1", "actual", 5.1)} <= got
    assert not any(f[1] != 2021 or f[2] != "H1" for f in got)


RANKED = ("今年以来,全市经济运行稳中向好,多数指标增速高于宜春。\n"
          "上半年,全市地区生产总值完成300.2亿元,增长5.9%,高于宜春0.2个百分点,列宜春第4;"
          "固定资产投资增长7.1%,列宜春第2,宜春一类县第1;一般公共预算收入完成20.3亿元,列宜春第3。\n")


def region_of(text: str, url: str) -> str | None:
    return documents_from_text(K, text, "case.txt", meta={"source_url": url})[0].region


def test_a_city_ranked_within_its_prefecture_is_placed_by_the_site_below_it():
    assert region_of(RANKED, "https://www.jxfc.gov.cn/tjxx/202107/a.shtml") == "丰城市"


def test_without_the_site_it_is_unknown_never_the_prefecture_it_ranks_in():
    assert region_of(RANKED, "https://example.org/tjxx/202107/a.shtml") is None


def test_a_review_heading_naming_the_province_or_the_half_opens_that_years_review():
    for heading, period in (("一、2024年罗湖区国民经济和社会发展计划执行情况", "year"),
                            ("一、2018年国民经济和社会发展计划上半年执行情况", "H1")):
        text = f"计划报告\n{heading}\n过去一段时间,全区经济运行总体平稳。\n全区地区生产总值增长5.5%。\n"
        got = figures(text, ("indicator", "year", "period", "kind", "value"), meta={"region": "罗湖区"}, charted=True)
        assert ("gdp_growth", int(heading[2:6]), period, "actual", 5.5) in got


SPEECH = ("政府工作报告\n——在第十六届人民代表大会第三次会议上\n{place}市长{name}\n各位代表:\n"
          "现在,我代表市人民政府向大会报告工作,请予审议。\n2012年工作总结\n"
          "2012年,全市实现地区生产总值305.5亿元,同比增长10%。\n")


@pytest.mark.parametrize("place, name, expected", [("台山市", "张磊", "台山市"), ("台山市", "李卫东", "台山市")])
def test_the_speakers_office_line_names_the_place_and_a_summary_heading_its_year(place, name, expected):
    text = SPEECH.format(place=place, name=name)
    assert region_of(text, "https://example.org/a.html") == expected
    got = figures(text, ("indicator", "year", "kind", "value"), meta={"source_url": "https://example.org/a.html"},
                  charted=True)
    assert {("gdp", 2012, "actual", 305.5), ("gdp_growth", 2012, "actual", 10.0)} <= got

