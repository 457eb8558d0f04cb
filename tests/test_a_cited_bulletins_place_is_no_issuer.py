"""A page that cites another place's bulletin by its title (注:石家庄市数据摘自《石家庄市2018年国民经济和社会发展统计
公报》) does not become that place's: the name opening a cited title is that document's issuer, not the page's. A
page that opens with its own bulletin's title is still its issuer's (issue 22). Made-up pages in this file's own
wording."""

import pytest

from tests.extracting import region_of

BODY = ("{title}\n\n【经济运行】2018年,全县经济保持平稳健康发展。全年完成地区生产总值286.4亿元,增长7.8%,增速高于全市0.4个"
        "百分点。全县规模以上工业增加值增长6.9%。全县一般公共预算收入21.36亿元。\n\n注:{note}\n")


@pytest.mark.parametrize("title, note, place", [
    ("正定年鉴(2019)", "石家庄市数据摘自《石家庄市2018年国民经济和社会发展统计公报》,县域数据为县统计局快报数。", "正定县"),
    ("正定年鉴(2019)", "全市数据引自《石家庄市2018年国民经济和社会发展统计公报》。", "正定县"),
    ("正定年鉴(2019)", "对比数据取自《石家庄市2018年国民经济和社会发展统计公报》。", "正定县"),
    ("正定年鉴(2019)", "全市数据依据《石家庄市2018年国民经济和社会发展统计公报》整理。", "正定县"),
    ("正定年鉴(2019)", "据《石家庄市2018年国民经济和社会发展统计公报》,全市地区生产总值增长7.4%。", "正定县"),
], ids=["zhai-zi", "yin-zi", "qu-zi", "yi-ju", "ju"])
def test_the_page_stays_its_own(title, note, place):
    assert region_of(BODY.format(title=title, note=note)) == place


def test_a_page_opening_with_its_own_bulletins_title_is_its_issuers():
    text = "《石家庄市2018年国民经济和社会发展统计公报》\n\n2018年,全市地区生产总值增长7.4%。全市一般公共预算收入增长9.1%。\n"
    assert region_of(text) == "石家庄市"
