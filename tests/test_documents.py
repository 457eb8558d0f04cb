from etl.combine.duplicates import mark_duplicates
from etl.documents import documents_from_text
from etl.extract.metadata import split_segments
from etl.knowledge import load_knowledge

K = load_knowledge()

REPORT = ("2019年1月18日在深圳市罗湖区第七届人民代表大会第五次会议上\n各位代表:现在,我代表罗湖区人民政府向大会作工作报告,"
          "请予审议。一、2018年工作回顾 初步核算,2018年地区生产总值达2253.69亿元,增长7.3%。" + "罗湖区坚持稳中求进," * 20)
NEWS = "罗湖新闻:罗湖区召开大会部署全年工作,记者报道," + "罗湖区推进城区建设," * 20


def listing(*parts):
    return "".join(f"-\n【罗湖】{title}\n{body}\n2025-08-06\n" for title, body in parts)


def test_listing_page_is_split_and_duplicate_recognised():
    text = listing(("2019年罗湖区政府工作报告", REPORT), ("罗湖新闻", NEWS),
                   ("2019年罗湖区政府工作报告(转载)", REPORT.replace("。", "。 ")))
    docs = documents_from_text(K, text, "listing.txt")
    mark_duplicates(docs)
    assert [(d.doc_type, d.doc_date, d.reviews_year, d.plans_year, d.duplicate_of) for d in docs] == [
        ("government work report", "2019-01-18", 2018, 2019, None),
        ("news", "2025-08-06", None, None, None),
        ("government work report", "2019-01-18", 2018, 2019, "listing#0"),
    ]


def test_segments_cover_the_text_without_gaps():
    text = listing(("2019年罗湖区政府工作报告", REPORT), ("罗湖新闻", NEWS))
    spans = split_segments(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_a_disclosure_headers_title_field_is_the_header_of_the_report_below_not_a_new_document():
    """A government site's header (索引号, 发布机构, 发文日期, 标 题: …) sits above the report it describes; its
    title field names that report and starts no document of its own, however the label is spaced."""
    slogan = "依法公开政府信息,凡不涉及国家秘密、商业秘密和个人隐私的,都应当向社会公开,接受群众监督。这是本站的公开原则。\n" * 3
    for label in ("标题:", "标    题:", "题目:", "名 称:"):
        header = (slogan + "索 引 号: 000000/2019-00001  分类: 报告\n发布机构: 区政府  发文日期: 2019年02月20日\n"
                  f"{label} 2019年罗湖区政府工作报告——在罗湖区第七届人民代表大会第五次会议上\n\n")
        docs = documents_from_text(K, header + REPORT, "header.txt")
        assert [(d.doc_type, d.region) for d in docs] == [("government work report", "罗湖区")], label
    # a title line of its own after prose still opens a second document
    two = listing(("2019年罗湖区政府工作报告", REPORT), ("罗湖新闻", NEWS)).replace("-\n【罗湖】罗湖新闻",
                                                                                 "2019年罗湖区统计公报")
    assert len(split_segments(two)) == 2


def test_single_report_is_one_document():
    assert len(documents_from_text(K, REPORT, "r.txt")) == 1


def test_region_read_from_text():
    doc = documents_from_text(K, REPORT.replace("罗湖区", "福田区"), "f.txt")[0]
    assert doc.region == "福田区"


def test_minutes_and_plan_report_types():
    minutes = documents_from_text(K, "# 工作会议纪要\n2025年3月22日\n" + "会议研究了有关事项," * 30 + "参会人员:某某", "m.txt")[0]
    assert (minutes.doc_type, minutes.doc_date) == ("meeting minutes", "2025-03-22")
    plan = documents_from_text(K, "一、2022年国民经济和社会发展计划执行情况\n" + "全区经济平稳运行," * 30
                               + "\n二、2023年经济社会发展主要目标\n地区生产总值增长6%。", "p.txt")[0]
    assert (plan.doc_type, plan.report_year, plan.reviews_year, plan.plans_year) == ("plan report", 2023, 2022, 2023)
