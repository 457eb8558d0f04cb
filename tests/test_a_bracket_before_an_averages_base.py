"""An average a year followed by the multiple of a base year (年均增长12.1%,是2008年的1.8倍) is over the years since that
base, also with a bracket between the two (年均增长12.1%(全国11.1%),是2008年的1.8倍; (下同), (可比价)) (issue 23, found by
comparing every development text's growth with the nation's: a city's five averages of its last five years were lost).
Negatives: the multiple right after the average reads as before; the nation's rate in the bracket is never the text's.
Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")


def read(bracket: str) -> set[tuple]:
    text = f"郑州市政府工作报告摘编\n2013年,全市地区生产总值完成6202亿元,年均增长12.1%{bracket},是2008年的1.8倍。\n"
    return figures(text, FIELDS, meta={"region": "郑州市"})


@pytest.mark.parametrize("bracket", ["(全国11.1%)", "(全省10.2%)", "(下同)", "(按可比价格计算)", "(预计数)"])
def test_an_average_before_a_bracket_and_its_base_is_over_those_years(bracket):
    assert ("gdp_growth_avg_5yr", 2013, "2009-2013", 12.1) in read(bracket)


def test_the_multiple_right_after_the_average_reads_as_before():
    assert ("gdp_growth_avg_5yr", 2013, "2009-2013", 12.1) in read("")


def test_the_nations_rate_is_never_the_texts():
    assert not [r for r in read("(全国11.1%)") if r[3] == 11.1]
