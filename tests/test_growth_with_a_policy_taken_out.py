"""A growth with a policy's effect taken out (收入扣除留抵退税因素后增长2.6%, 剔除减税降费因素,同比下降8.1%) is what the revenue
would have done without the policy: not the reported growth and, unless the text says it is comparable, not a
like-for-like basis either. It was charted as the revenue's growth and no one collecting the year's figures took it
(issue 23: five such figures on the texts at hand, none right). It goes to review. Made-up reports of this file's own
wording. Negatives: one-off items taken out (剔除调入资金等一次性因素, the comparable basis of data/dictionary.csv), the
same policy growth said to be comparable (同口径, 可比), a real growth with prices taken out, and a plain growth are
charted as before."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
REPORT = "某县政府工作报告\n——2023年1月6日在某县人民代表大会上\n各位代表:\n一、2022年工作回顾\n{s}\n"
META = {"region": "昆都仑区"}


@pytest.mark.parametrize("sentence, want", [
    ("一般公共预算收入41.2亿元,扣除留抵退税因素后增长3.7%。", ("fiscal_revenue_growth", 2022, "actual", 3.7)),
    ("地方一般公共预算收入扣除留抵退税因素后增长4.4%。", ("fiscal_revenue_growth", 2022, "actual", 4.4)),
    ("一般公共预算收入扣除政策性减收和一次性收入因素同比增长1.9%。", ("fiscal_revenue_growth", 2022, "actual", 1.9)),
    ("一般公共预算收入18.6亿元,剔除减税降费因素,同比下降6.8%。", ("fiscal_revenue_growth", 2022, "actual", -6.8)),
    ("一般公共预算收入完成2.5亿元,剔除新增减税政策因素后增长5.2%。", ("fiscal_revenue_growth", 2022, "actual", 5.2)),
])
def test_a_growth_with_a_policy_taken_out_is_read_but_not_charted(sentence, want):
    assert want in figures(REPORT.format(s=sentence), FIELDS, meta=META)
    assert want not in figures(REPORT.format(s=sentence), FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("sentence, want", [
    ("地方财政总收入71.9亿元,剔除调入资金等一次性因素,增长9%;一般公共预算收入41.2亿元,剔除一次性因素增长6.2%。",
     ("fiscal_revenue_growth", 2022, "actual", 6.2)),
    ("一般公共预算收入扣除留抵退税因素后同口径增长3.7%。", ("fiscal_revenue_growth", 2022, "actual", 3.7)),
    ("一般公共预算收入41.2亿元,扣除留抵退税因素后可比增长4.4%。", ("fiscal_revenue_growth", 2022, "actual", 4.4)),
    ("居民人均可支配收入扣除价格因素后实际增长5.3%。", ("disposable_income_growth", 2022, "actual", 5.3)),
    ("一般公共预算收入41.2亿元,增长6.1%。", ("fiscal_revenue_growth", 2022, "actual", 6.1)),
])
def test_one_off_comparable_real_and_plain_growths_are_charted(sentence, want):
    assert want in figures(REPORT.format(s=sentence), FIELDS, meta=META, charted=True)
