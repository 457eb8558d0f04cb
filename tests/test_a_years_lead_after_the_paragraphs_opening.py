"""A paragraph whose opening sentence names no year (县长作政府工作报告。) takes the year of a later sentence that opens
with one and states no figure (2019年,全县上下…。全县地区生产总值达…): its figures are that year's. Before, they were
read with the item's date and left for review (issue 23, class 1: congress news of a year's review). Negatives: a
paragraph that opened with a year keeps it; a sector's gross output (农业生产总值) is no GDP. Made-up items of this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "禄劝彝族苗族自治县"}
HEAD = "昆明信息港讯\n记者 5月21日,禄劝彝族苗族自治县召开第十七届人民代表大会第四次会议。\n2020-05-22 09:10\n"
BODY = "全县地区生产总值达132.38亿元、增长3.8%,社会消费品零售总额44.46亿元、增长11%。"


def charted(page: str) -> set[tuple]:
    return figures(HEAD + page + "\n", FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("opening", [
    "县长作政府工作报告。",
    "县长代表县人民政府作工作报告。",
    "会议听取了政府工作报告。",
    "报告回顾了过去一年的工作。",
    "大会开幕前,全体代表起立奏唱国歌。",
])
def test_a_later_sentences_year_leads_the_paragraph(opening):
    got = charted(opening + "2019年,禄劝县全面贯彻新发展理念,经济社会平稳健康发展。" + BODY)
    assert {("gdp", 2019, "actual", 132.38), ("gdp_growth", 2019, "actual", 3.8),
            ("retail_sales", 2019, "actual", 44.46)} <= got


def test_a_paragraph_opened_with_a_year_keeps_it():
    got = charted("2019年,全县经济社会平稳健康发展。2018年,全县脱贫摘帽。" + BODY)
    assert ("gdp", 2019, "actual", 132.38) in got and not {f for f in got if f[1] == 2018}


@pytest.mark.parametrize("name", ["农业生产总值", "农林牧渔业生产总值"])
def test_a_sectors_gross_output_is_no_gdp(name):
    got = charted(f"2019年,全县{name}预计完成40.7亿元。")
    assert not {f for f in got if f[3] == 40.7}
