"""是 that opens an item of an enumeration (二是规模以上工业增加值增长14.1%; 其次是…) compares nothing, so the figure is
the subject's; and a place's own name between 占 and the name of GDP (占天津市地区生产总值的比重为64.8%) makes the
percentage a share, as 占全市 does (issue 23, classes of set AD). Made-up texts of this file's own wording; negatives: 是
after a subject (…是全市的) still compares, and a share of GDP with no place named still reads."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
ITEMS = "某县政府工作报告解读\n2020年,全县实现经济稳定恢复。一是全县财政收入增长3%;{e}规模以上工业增加值增长14.1%。"


@pytest.mark.parametrize("opening", ["二是", "三是", "其次是", "首先是", "十是"])
def test_is_opening_an_item_compares_nothing(opening):
    got = {f for f in figures(ITEMS.format(e=opening), FIELDS) if f[0] == "industrial_va_growth"}
    assert got == {("industrial_va_growth", 2020, "year", "actual", 14.1)}


def test_is_after_a_subject_still_compares():
    text = "某县经济运行\n2020年,全县经济稳定恢复,全县工业增速是全市规模以上工业增加值增速的2倍。"
    assert not {f for f in figures(text, FIELDS) if f[0] == "industrial_va_growth"}


SHARE = "2023年上半年{p}经济运行情况\n2023年上半年,{p}服务业增加值同比增长5.7%,占{p}地区生产总值的比重为64.8%。"


@pytest.mark.parametrize("place", ["天津市", "河北省", "成都市", "临沂市", "内蒙古自治区"])
def test_a_places_name_after_occupies_makes_a_share(place):
    got = {f for f in figures(SHARE.format(p=place), FIELDS) if f[0] == "tertiary_share"}
    assert got == {("tertiary_share", 2023, "H1", "actual", 64.8)}


def test_a_share_with_no_place_named_still_reads():
    text = "2023年上半年某市经济运行情况\n2023年上半年,全市服务业增加值同比增长5.7%,占地区生产总值的比重为64.8%。"
    assert ("tertiary_share", 2023, "H1", "actual", 64.8) in figures(text, FIELDS)
