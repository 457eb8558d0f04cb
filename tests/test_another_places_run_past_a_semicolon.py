"""Two shapes of another place's figures in a county's or a district's text. A run of the city's figures goes on past
a semicolon (报告说,全市地区生产总值完成1356.8亿元,增长4.6%;规上工业增加值增长5.2%;…): every item of the run that opens with
a name alone is the city's, as the first is, until our own place is named again. And a line opening with another
place's name and a colon (· 宜阳县:2016年规上工业增加值增长9.1%, a linked headline beside the item) is that place's.
(Issue 22, item 5.) Negatives: our own place named after the semicolon (…;全县规上工业增加值增长7%) is ours; a part of
our place ending a piece (其中区属…) leaves the next piece to the whole; our own name before a colon is ours. Made-up
pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str, region: str) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": region})


NEWS = ("繁峙县融媒体中心\n忻州市六届人大三次会议开幕 我县代表团参加会议\n发布时间:2024-01-16\n"
        "报告回顾了2023年工作。报告说,过去一年,{lead}地区生产总值完成1220.4亿元,增长5.1%;{rest}\n")


@pytest.mark.parametrize("lead, rest, key, value", [
    ("全市", "规模以上工业增加值增长6.3%。", "industrial_va_growth", 6.3),
    ("全市", "规模以上工业增加值增长6.3%;一般公共预算收入96.1亿元,下降2.2%。", "fiscal_revenue", 96.1),
    ("全市", "规模以上工业增加值增长6.3%;一般公共预算收入96.1亿元,受价格影响下降2.2%。", "fiscal_revenue_growth", -2.2),
    ("忻州市", "社会消费品零售总额增长4.4%。", "retail_sales_growth", 4.4),
    ("全省", "固定资产投资增长3.8%;进出口总额增长11.7%。", "trade_growth", 11.7),
])
def test_another_places_run_goes_on_past_a_semicolon(lead, rest, key, value):
    got = read(NEWS.format(lead=lead, rest=rest), "繁峙县")
    assert not any(i == key and v == value for i, y, p, k, v in got), got


def test_our_place_named_after_the_semicolon_is_ours():
    got = read(NEWS.format(lead="全市", rest="全县规模以上工业增加值增长7.2%。"), "繁峙县")
    assert ("industrial_va_growth", 2023, "year", "actual", 7.2) in got, got


def test_a_part_ending_a_piece_leaves_the_next_to_the_whole():
    text = ("城关区2023年经济运行情况\n(2024年2月2日)\n2023年,全区地区生产总值增长2.1%;规模以上工业增加值增长5%,其中区属规模以上工业增加值增长3.3%;"
            "固定资产投资增长6.8%。\n")
    got = read(text, "城关区")
    assert ("fixed_investment_growth", 2023, "year", "actual", 6.8) in got, got


SIDEBAR = "汝南县十五届人大一次会议开幕\n(2017年2月16日)\n会议听取了政府工作报告。\n【相关新闻】\n{}\n"


@pytest.mark.parametrize("line, key, value", [
    ("· 正阳县:2016年规上工业增加值增长9.1%", "industrial_va_growth", 9.1),
    ("· 正阳县:规上工业增加值增长9.1%", "industrial_va_growth", 9.1),
    ("▶ 驻马店市:2016年地区生产总值增长8.6%", "gdp_growth", 8.6),
    ("上蔡县:去年一般公共预算收入增长7.7%", "fiscal_revenue_growth", 7.7),
    ("· 遂平县:2016年固定资产投资增长13.2%", "fixed_investment_growth", 13.2),
])
def test_another_places_name_and_a_colon_open_its_item(line, key, value):
    got = read(SIDEBAR.format(line), "汝南县")
    assert not any(i == key and v == value for i, y, p, k, v in got), got


def test_our_own_name_and_a_colon_are_ours():
    got = read(SIDEBAR.format("汝南县:2016年规上工业增加值增长9.6%"), "汝南县")
    assert ("industrial_va_growth", 2016, "year", "actual", 9.6) in got, got
