"""A list of aims whose year opens a later clause of the sentence's first piece (主要目标是:经济实力大幅跃升,到2025年,
全省生产总值达到…;服务业增加值比重提高到52%左右。) and goes on past semicolons: the later items are the aims of that year
too. Before, only a year opening the sentence itself reached past a semicolon; the later items fell to the new term's
five years and were charted as aims of its last year (issue 23, class 1: five-year spans; made-up set jt). Negatives: a
past year in such a clause, in a review, gives no aims; nor a year after words of no aim (面对新形势,…); a year opening the
sentence still reaches. Made-up new-term reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "山东省"}
HEAD = "2023年山东省政府工作报告\n2023年1月12日在山东省第十四届人民代表大会第一次会议上\n\n今后五年,是全面建设社会主义现代化强省的关键时期。"


@pytest.mark.parametrize("aims, want", [
    ("主要目标是:综合实力大幅跃升,到2025年,全省生产总值达到10万亿元;服务业增加值比重提高到55%左右。",
     ("tertiary_share", 2025, "2021-2025", "target", 55.0)),
    ("奋斗目标是:发展质量明显提升,到2025年,全省生产总值达到10万亿元;一般公共预算收入达到8000亿元。",
     ("fiscal_revenue", 2025, "2021-2025", "target", 8000.0)),
    ("主要目标是:经济实力、科技实力大幅跃升,到2025年,人均生产总值达到9.5万元;居民人均可支配收入达到4.8万元左右。",
     ("disposable_income", 2025, "2021-2025", "target", 4.8)),
    ("总的目标是:高质量发展取得新成效,到2025年,全省生产总值达到10万亿元;研发投入强度达到2.6%;服务业增加值比重达到56%。",
     ("tertiary_share", 2025, "2021-2025", "target", 56.0)),
    ("主要目标是:动能转换取得突破,到2025年,全省生产总值达到10万亿元;城镇登记失业率控制在4.5%以内。",
     ("unemployment_rate", 2025, "2021-2025", "target", 4.5)),
])
def test_the_later_items_are_aims_of_that_year(aims, want):
    got = figures(HEAD + aims + "\n", FIELDS, meta=META, charted=True)
    assert want in got
    assert not any(f[0] == want[0] and f[1] == 2027 for f in got)


def test_a_year_opening_the_sentence_still_reaches():
    got = figures(HEAD + "到2025年,全省生产总值达到10万亿元;服务业增加值比重提高到55%左右。\n", FIELDS, meta=META, charted=True)
    assert ("tertiary_share", 2025, "2021-2025", "target", 55.0) in got


def test_a_past_year_in_a_review_gives_no_aims():
    text = ("山东省2021年国民经济和社会发展统计公报\n山东省统计局 2022年3月1日\n\n"
            "五年来,综合实力稳步提升,到2020年,全省生产总值达到7.3万亿元;服务业增加值比重达到53.6%。\n")
    got = figures(text, FIELDS, meta=META, charted=True)
    assert not any(f[3] == "target" for f in got)


def test_a_year_after_words_of_no_aim_does_not_reach():
    got = figures(HEAD + "面对新形势,全省上下,到2025年,生产总值达到10万亿元;服务业增加值比重提高到55%左右。\n", FIELDS, meta=META)
    assert not any(f[0] == "tertiary_share" and f[1] == 2025 for f in got)
