"""An income figure of rural or urban residents alone is never the all-residents figure, however the
report spells the group (农村居民 / 农村 / 农村常住居民; 城镇居民 / 城镇); the all-residents figure
beside it stays (data/non_headline_terms.csv, the urban indicator's aliases in data/indicators.csv)."""

import pytest

from tests.extracting import figures

META = {"region": "罗湖区", "date": "2022-01-10"}


def charted(text):
    return figures(text, ("indicator", "year", "kind", "value"), META, charted=True)


ALL = ("disposable_income_growth", 2021, "actual", 9.2)


@pytest.mark.parametrize("text, expected", [
    ("2021年,全区全体居民人均可支配收入同比增长9.2%;农村人均可支配收入同比增长10.6%。", {ALL}),
    ("2021年,全区全体居民人均可支配收入同比增长9.2%;农村常住居民人均可支配收入同比增长10.6%。", {ALL}),
    ("2021年,全区农村人均可支配收入同比增长10.6%。", set()),
    ("2021年,全区城镇人均可支配收入同比增长7.9%。",
     {("disposable_income_urban_growth", 2021, "actual", 7.9)}),
    # negatives: the all-residents figure alone, and the old rural series
    ("2021年,全区全体居民人均可支配收入同比增长9.2%。", {ALL}),
    ("2021年,全区居民人均可支配收入同比增长9.2%。", {ALL}),
    ("2021年,全区农村居民人均可支配收入同比增长10.6%。", set()),
])
def test_rural_or_urban_income_is_not_all_residents(text, expected):
    assert {c for c in charted(text) if c[0].startswith("disposable_income")} == expected
