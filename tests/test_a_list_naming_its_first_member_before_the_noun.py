"""城镇、农村居民人均可支配收入分别增长4.5%和6.2%: two subjects share one noun, the first member said before the list mark
and the second with the noun. The first value is the urban residents' (城镇居民人均可支配收入), the second the rural
residents', which the catalogue holds as no headline. Before, the list was read as the rural name alone and gave nothing
(issue 23, 分别 lists aligned to their subjects; the wording stands in 48 of the texts at hand). Negatives: the rural
name alone is no urban figure, and a list of names with no 分别 or second number after them gives none.
Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "铜山区"}
HEAD = "某区政府工作报告\n\n——2023年1月16日在某区第七届人民代表大会第三次会议上\n\n各位代表:\n\n一、2022年工作回顾\n\n"


def charted(sentence: str) -> set[tuple]:
    return figures(HEAD + sentence + "\n", FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("sentence,urban", [
    ("城镇、农村居民人均可支配收入分别增长4.5%和6.2%。", ("disposable_income_urban_growth", 2022, "actual", 4.5)),
    ("城镇和农村居民人均可支配收入分别达42004元、30657元,增长4.8%、7.5%。", ("disposable_income_urban", 2022, "actual", 4.2004)),
    ("城镇、农村居民人均可支配收入28204.9元、9106.3元,增长8.1%和11%。", ("disposable_income_urban_growth", 2022, "actual", 8.1)),
    ("城镇、农村常住居民人均可支配收入分别增长5.5%、6%。", ("disposable_income_urban_growth", 2022, "actual", 5.5)),
    ("城镇及农村居民人均可支配收入分别增长7%、8%以上。", ("disposable_income_urban_growth", 2022, "actual", 7.0)),
])
def test_the_first_value_is_the_first_members(sentence, urban):
    got = charted(sentence)
    assert urban in got and not any(f[0].startswith("disposable_income_urban") and f[3] != urban[3]
                                    and f[3] in (6.2, 3.0657, 0.91063, 7.5, 11.0, 6.0, 8.0) for f in got)


def test_the_rural_name_alone_is_no_urban_figure():
    assert not any(f[0].startswith("disposable_income") for f in charted("农村居民人均可支配收入增长6.2%。"))


def test_names_with_no_list_of_values_give_none():
    assert not any(f[0].startswith("disposable_income") for f in charted("城镇、农村居民人均可支配收入增速均位居全省第一。"))
