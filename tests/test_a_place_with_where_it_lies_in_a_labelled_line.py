"""Another county named with a word of where it lies right before it (邻近的靖宇县去年固投增长了11%), in a line a
bracketed speaker's label opens ([网友“某某”] …), is the subject of the figure that follows: that county's, not ours
(issue 23, class 5). Negatives: our own county so named keeps its figure. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "value")


def read(line: str) -> set[tuple]:
    text = f"【在线访谈】县长做客县长在线\n发布时间:2019-03-14\n{line}\n[县长] 我们要向兄弟县区学习,把项目谋划储备做扎实。\n"
    return figures(text, FIELDS, meta={"region": "抚松县"}, charted=True)


@pytest.mark.parametrize("line, fact", [
    ("[网友“仙人桥人”] 邻近的靖宇县去年固投增长了11%,咱们差距在哪儿?", ("fixed_investment_growth", 11.0)),
    ("[网友“参乡游子”] 隔壁的长白朝鲜族自治县去年GDP增长7.2%,我们呢?", ("gdp_growth", 7.2)),
    ("[记者] 周边的临江市去年社零额增长8.4%,抚松怎么看?", ("retail_sales_growth", 8.4)),
    ("[网友“松江河”] 相邻的江源区去年规上工业增加值增长9.6%,我们差在哪里?", ("industrial_va_growth", 9.6)),
    ("[网友“露水河”] 同处白山的靖宇县去年一般公共预算收入增长6.3%,咱县呢?", ("fiscal_revenue_growth", 6.3)),
])
def test_another_county_where_it_lies(line, fact):
    assert fact not in read(line)


def test_our_county_so_named_keeps_its_figure():
    got = read("[县长] 我们的抚松县去年固投增长了11%,势头很好。")
    assert ("fixed_investment_growth", 11.0) in got, got
