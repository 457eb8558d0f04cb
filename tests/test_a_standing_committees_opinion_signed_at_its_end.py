"""A standing committee's opinion signed at its end by the committee's short name (某市人大常委会 / 2024年10月30日) is
dated by that day, as a bureau's or a government's signature dates its text; a deadline it sets inside (于2024年12月20日前
报告) is no date of the text, signed or not (issue 23, class 2). So its 预计全年 of a year not over goes to review.
Made-up opinions in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures


def opinion(signer: str, day: str) -> str:
    return ("某市人民代表大会常务委员会\n关于市人民政府2024年1—9月国民经济和社会发展计划执行情况报告的审议意见\n\n市人民政府:\n"
            "市人大常委会听取和审议了计划执行情况的报告。市政府测算,预计全年地区生产总值增长5.5%左右。\n"
            "请市人民政府认真研究办理,并于2024年12月20日前将办理情况报告市人大常委会。\n\n" + signer + "\n" + day + "\n")


@pytest.mark.parametrize("signer, day, iso", [
    ("北镇市人大常委会", "2024年10月30日", "2024-10-30"),
    ("某县人大常委会", "2024年10月28日", "2024-10-28"),
    ("某区人大常委会办公室", "2024年11月2日", "2024-11-02"),
    ("某市人民代表大会常务委员会", "2024年10月30日", "2024-10-30"),
    ("某旗人大常委会", "2023年9月26日", "2023-09-26"),
])
def test_the_signature_dates_the_opinion(signer, day, iso):
    assert documents_from_text(K, opinion(signer, day), "opinion.txt")[0].doc_date == iso


def test_the_years_estimate_in_october_is_not_charted():
    got = figures(opinion("北镇市人大常委会", "2024年10月30日"), ("indicator", "value"), meta={"region": "北镇市"}, charted=True)
    assert ("gdp_growth", 5.5) not in got, got


def test_a_deadline_alone_is_no_date():
    text = opinion("", "").rstrip() + "\n"
    assert documents_from_text(K, text, "opinion.txt")[0].doc_date is None
