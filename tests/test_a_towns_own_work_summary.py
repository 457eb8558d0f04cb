"""A year's work summary or plan of a town, a township, a street or a development zone (X镇2024年工作总结…, X经济开发区
2024年工作总结) is that part's own account: its figures are the part's, not its county's, so the page gets no region
until a sidecar names one (issue 22). Negatives: a county's own summary keeps its county; a bureau's summary is no
part's. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import region_of


def page(title: str, issuer: str, kind: str = "镇") -> str:
    county = issuer[:issuer.index("县") + 1] if "县" in issuer else issuer[:2]
    return (f"{county}人民政府 > 乡镇动态\n{title}\n{issuer}\n(2025年1月8日)\n"
            f"2024年,全{kind}在{county}县委、县政府的领导下,全力抓项目、稳增长。全{kind}完成固定资产投资4.6亿元,增长8.2%;"
            f"一般公共预算收入3120万元,增长4.1%。2025年,全{kind}将力争固定资产投资增长10%。\n")


@pytest.mark.parametrize("title, issuer, kind", [
    ("青石镇2024年工作总结和2025年工作计划", "澧县青石镇人民政府", "镇"),
    ("长沙县黄兴镇2024年工作总结", "长沙县黄兴镇党委办公室", "镇"),
    ("桃花源乡2024年工作总结及2025年工作打算", "桃源县桃花源乡人民政府", "乡"),
    ("东风街道2024年工作总结", "宜丰县东风街道办事处", "街道"),
    ("祁阳经济开发区2024年工作总结和2025年工作思路", "祁阳经济开发区管理委员会", "区"),
    ("醴陵高新技术产业开发区2024年上半年工作总结", "醴陵高新区管委会", "区"),
])
def test_a_parts_own_summary_gets_no_region(title, issuer, kind):
    assert region_of(page(title, issuer, kind)) is None


def test_a_countys_own_summary_keeps_its_county():
    text = ("澧县2024年工作总结和2025年工作计划\n澧县人民政府\n(2025年1月8日)\n2024年,全县地区生产总值增长5.6%;"
            "全县固定资产投资增长8.2%。2025年,全县将力争地区生产总值增长6%。\n")
    assert region_of(text) == "澧县"


def test_a_bureaus_summary_is_no_parts():
    text = ("澧县统计局2024年工作总结\n(2025年1月8日)\n2024年,全县地区生产总值增长5.6%;全县规模以上工业增加值增长7.1%;"
            "全县固定资产投资增长8.2%。\n")
    assert region_of(text) == "澧县"
