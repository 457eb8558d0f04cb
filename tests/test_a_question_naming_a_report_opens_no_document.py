"""A reporter's question that names a report (问:今年年初区政府工作报告确定的全年目标是多少?) is no report's title: the
transcript is not split there, so the answers after it keep the page's date and place (issue 23, class 5: every aim
of the answer was lost with an undated, placeless second document). Negatives: a title line with no question mark
still opens a new document. Made-up pages in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "kind", "value")


def page(question: str) -> str:
    return ("河西区召开上半年经济运行情况新闻发布会\n发布时间:2017-08-04 11:20 来源:河西区人民政府\n"
            + "区统计局局长:上半年,全区经济运行总体平稳,主要指标保持在合理区间,结构调整持续推进,发展质量稳步提升。\n" * 4
            + f"{question}\n区发展改革委主任:年初确定的主要预期目标是:地区生产总值增长7%,一般公共预算收入增长5%。\n"
            + "区发展改革委主任:下半年我们将重点抓好楼宇招商和在建项目,推动各项指标稳步回升,努力完成全年任务。\n" * 3)


@pytest.mark.parametrize("question", [
    "问:今年年初区政府工作报告确定的全年目标是多少?上半年的增速是否偏低?",
    "记者:区政府工作报告提出的目标能完成吗?",
    "Q3.今年的计划执行情况怎么样?",
    "◆记者:今年国民经济和社会发展计划定了哪些目标?",
    "问:去年的统计公报显示增速放缓,今年的目标是多少?",
])
def test_a_question_opens_no_document(question):
    assert len(documents_from_text(K, page(question), "made_up.txt")) == 1
    got = figures(page(question), FIELDS, meta={"region": "河西区"}, charted=True)
    assert ("gdp_growth", 2017, "target", 7.0) in got, got


def test_a_title_with_no_question_still_opens_one():
    assert len(documents_from_text(K, page("河西区2017年国民经济和社会发展计划执行情况"), "made_up.txt")) == 2
