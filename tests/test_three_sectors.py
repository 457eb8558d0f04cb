"""The tertiary share from the three sectors named one by one before their shares, and from a structure
written with the ratio sign ∶ (issue 23, a class left open by set J). Made-up sentences of this file's own
wording; negatives: growth rates of the three sectors, and three numbers that are not shares."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


@pytest.mark.parametrize("text, share", [
    ("2022年,全区第一、二、三产业增加值占全区生产总值的比重分别为4.5%、28.1%、67.4%。", 67.4),
    ("2022年,全县第一产业、第二产业、第三产业增加值占地区生产总值的比重分别为22.3%、25.5%、52.2%。", 52.2),
    ("2022年,全市一、二、三产业占比分别为8.2%、40.1%和51.7%。", 51.7),
    ("2022年,全省三次产业结构为9.4∶41.2∶49.4。", 49.4),
    ("2022年,全县三次产业结构由上年的15.1∶30.2∶54.7调整为14.6∶31.0∶54.4。", 54.4),
])
def test_the_third_share_is_the_tertiary_share(text, share):
    assert ("tertiary_share", 2022, "actual", share) in figures(text, FIELDS)


@pytest.mark.parametrize("text", [
    "2022年,全区第一、二、三产业增加值分别增长4.5%、8.1%、6.4%。",
    "2022年,全县第一产业、第二产业、第三产业对经济增长的贡献率分别为10.2%、35.5%、54.3%。",
    "2022年,全市一、二、三产业投资分别完成12亿元、40亿元和48亿元。",
])
def test_other_lists_of_the_three_sectors_are_no_share(text):
    assert not any(f[0] == "tertiary_share" for f in figures(text, FIELDS))
