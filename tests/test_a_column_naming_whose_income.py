"""A table of places down the side whose title names an income of residents (城乡居民人均可支配收入) and whose columns say
whose (城镇居民 | 增速 | 农村居民 | 增速): the urban column and its growth are the urban residents' income, and a column of a
group the catalogue has no indicator of (农村居民) is no figure of the title's, not the all-residents' income. Before, the
place's own urban income was charted as its all-residents' income (issue 23, class 3: tables, header semantics; made-up set
js). Negatives: a column naming no group keeps the title's indicator. Made-up league tables in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "value")


def page(title: str, header: str, own_row: str) -> str:
    return ("2022年前三季度忻州市各县(市、区)主要经济指标\n定襄县统计局 2022年10月30日\n\n"
            f"{title}\n单位:元、%\n地区　{header}\n全市　30511　4.9　14203　6.8\n忻府区　33902　4.6　16877　6.5\n"
            f"原平市　29140　4.8　15011　6.9\n定襄县　{own_row}\n")


@pytest.mark.parametrize("title, header, row, urban, growth", [
    ("表四　城乡居民人均可支配收入", "城镇居民　增速　农村居民　增速", "31264　5.1　15530　7.2", 3.1264, 5.1),
    ("表三 城乡居民人均可支配收入情况", "城镇居民　增长%　农村居民　增长%", "30876　4.7　14988　6.9", 3.0876, 4.7),
    ("表五　居民人均可支配收入", "城镇常住居民　增速　农村常住居民　增速", "32410　5.3　16002　7.0", 3.241, 5.3),
    ("表二　城乡居民人均可支配收入", "城镇　增速　农村　增速", "29933　4.4　15210　6.6", 2.9933, 4.4),
    ("表六　分县城乡居民人均可支配收入", "城镇居民　同比增长　农村居民　同比增长", "31005　4.9　15320　7.1", 3.1005, 4.9),
])
def test_the_urban_column_is_the_urban_income(title, header, row, urban, growth):
    got = figures(page(title, header, row), FIELDS, meta={}, charted=True)
    assert ("disposable_income_urban", urban) in got
    assert ("disposable_income_urban_growth", growth) in got
    assert not any(f[0] in ("disposable_income", "disposable_income_growth") for f in got)


def test_a_column_naming_no_group_keeps_the_titles_indicator():
    text = ("2022年前三季度忻州市各县(市、区)主要经济指标\n定襄县统计局 2022年10月30日\n\n表四　居民人均可支配收入\n单位:元、%\n"
            "地区　绝对值　增速\n全市　24511　5.9\n忻府区　27902　5.6\n原平市　22140　5.8\n定襄县　23264　6.1\n")
    got = figures(text, FIELDS, meta={}, charted=True)
    assert ("disposable_income", 2.3264) in got
