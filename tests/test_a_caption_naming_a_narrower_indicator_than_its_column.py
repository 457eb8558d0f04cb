"""A chart's table whose caption names a narrower indicator than its column (图2 2014—2018年城镇常住居民人均可支配收入及
增长速度 over 年份,人均可支配收入(元),增长(%)): the column is the caption's indicator, the urban residents' income, not
all residents'. Before, the urban income was charted as all residents' (issue 23, class 3: header semantics; made-up set
jz: 8 wrong figures). Negatives: a caption of the same indicator as its column keeps it. Made-up bulletins in this file's
own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
META = {"region": "牡丹江市"}
HEAD = "牡丹江市2018年国民经济和社会发展统计公报\n牡丹江市统计局 2019-04-10\n\n"


URBAN = "图2　2014—2018年城镇常住居民人均可支配收入及增长速度"
URBAN_SHORT = "图3　2014—2018年城镇居民人均可支配收入及增长速度"


@pytest.mark.parametrize("caption, want", [
    (URBAN, ("disposable_income_urban", 2014, 2.1806)),
    (URBAN, ("disposable_income_urban_growth", 2016, 6.8)),
    (URBAN, ("disposable_income_urban", 2018, 2.7962)),
    (URBAN_SHORT, ("disposable_income_urban", 2015, 2.3137)),
    (URBAN_SHORT, ("disposable_income_urban_growth", 2017, 6.4)),
])
def test_the_column_is_the_captions_indicator(caption, want):
    text = (HEAD + caption + "\n年份,人均可支配收入(元),增长(%)\n2014,21806,8.9\n2015,23137,6.1\n2016,24712,6.8\n"
            "2017,26295,6.4\n2018,27962,6.3\n\n全年居民收入稳步增长。\n")
    got = figures(text, FIELDS, meta=META, charted=True)
    assert want in got
    assert not any(f[0] in ("disposable_income", "disposable_income_growth") for f in got)


def test_a_caption_of_the_same_indicator_keeps_it():
    text = (HEAD + "图2　2014—2018年全体居民人均可支配收入及增长速度\n年份,人均可支配收入(元),增长(%)\n2014,18806,8.9\n"
            "2015,20137,7.1\n\n全年居民收入稳步增长。\n")
    assert ("disposable_income", 2014, 1.8806) in figures(text, FIELDS, meta=META, charted=True)
