"""A city's site files its districts' pages under folders of their initials and kind (gz.gov.cn/…/lwq/: 广州's 荔湾区):
the city's short host label before the folder spells the two places in a row, specific enough for a text that speaks
of a district government as its own (区委, 全区) though it never names itself (issue 22, found on development set AR).
Made-up items of this file's own wording. Negatives: a folder of no district of that city, a text whose own kind is
not the folder's, or no district folder at all, leaves the text unknown."""

import pytest

from tests.extracting import region_of

ITEM = ("过去一年,{kind}政府在市委、市政府和{kind}委的正确领导下,较好完成了各项目标任务。全{kind}完成地区生产总值"
        "871.5亿元,增长8.7%;一般公共预算收入增长6.3%。\n")


def region_at(url: str, kind: str = "区") -> str | None:
    return region_of(ITEM.format(kind=kind), "item.txt", url)


@pytest.mark.parametrize("url, place", [
    ("https://www.gz.gov.cn/zwgk/zjgb/gqgzbg/lwq/content/post_1.html", "荔湾区"),
    ("https://www.gz.gov.cn/zwgk/zjgb/gqgzbg/thq/content/post_2.html", "天河区"),
    ("https://www.wh.gov.cn/zwgk/gqgzbg/jaq/202401/t1.html", "江岸区"),
    ("https://www.cd.gov.cn/zwgk/gqbg/jjq/202401/t2.html", "锦江区"),
    ("https://www.xa.gov.cn/gk/gqgzbg/ytq/3.html", "雁塔区"),
])
def test_a_city_hosts_district_folder_names_the_district(url, place):
    assert region_at(url) == place


@pytest.mark.parametrize("url, kind", [
    ("https://www.gz.gov.cn/zwgk/zjgb/gqgzbg/ytq/content/post_1.html", "区"),   # 雁塔 is no district of 广州
    ("https://www.gz.gov.cn/zwgk/zjgb/gqgzbg/lwq/content/post_1.html", "县"),   # the text is a county's
    ("https://www.gz.gov.cn/zwgk/zjgb/gqgzbg/content/post_1.html", "区"),       # no district's folder
])
def test_a_folder_the_city_and_text_do_not_bear_out_tells_nothing(url, kind):
    assert region_at(url, kind) is None
