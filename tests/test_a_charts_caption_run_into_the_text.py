"""A statistics bulletin's chart caption names an indicator and states none of its figures (图1 …地区生产总值及其增长速度).
On a page whose paragraph breaks were lost, the caption runs straight into the next sentence (…及其增长速度全年居民消费价格
比上年上涨2.1%), and the number of that sentence was read as the caption's indicator's growth. The caption ends its own
line, and the sentence after it is read with its own indicator (issue 23, found by running each development text into
one line: 4 wrong figures). Negatives: a caption followed by punctuation or on a line of its own changes nothing. Made-up texts of
this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
META = {"region": "铜山区"}
FILLER = "全区经济运行总体平稳,结构持续优化,发展质量稳步提升,民生保障有力有效,社会大局和谐稳定。" * 8


def page(body: str) -> str:
    return f"铜山区2022年国民经济和社会发展统计公报\n\n一、综合{FILLER}{body}{FILLER}\n"


@pytest.mark.parametrize("body,wrong", [
    ("图1 2018-2022年地区生产总值及其增长速度全年居民消费价格比上年上涨2.1%。", ("gdp_growth", 2022, 2.1)),
    ("图2 2018-2022年一般公共预算收入及其增长速度全年城镇新增就业1.2万人,比上年增长6.3%。", ("fiscal_revenue_growth", 2022, 6.3)),
    ("图3 社会消费品零售总额及其增速全年网上零售额比上年增长15.4%。", ("retail_sales_growth", 2022, 15.4)),
    ("图4 固定资产投资及其增长速度全年房地产开发投资比上年下降4.2%。", ("fixed_investment_growth", 2022, -4.2)),
    ("图5 进出口总额及增长速度全年实际使用外资比上年增长8.8%。", ("trade_growth", 2022, 8.8)),
])
def test_a_caption_lends_its_indicator_to_no_figure(body, wrong):
    assert wrong not in figures(page(body), FIELDS, meta=META)


def test_the_sentence_after_the_caption_keeps_its_own_indicator():
    body = "图1 2018-2022年居民消费价格及其增长速度全年地区生产总值612.3亿元,比上年增长4.4%。"
    assert ("gdp_growth", 2022, 4.4) in figures(page(body), FIELDS, meta=META)


def test_a_caption_followed_by_punctuation_is_read_as_before():
    body = "地区生产总值及其增长速度,全年全区地区生产总值612.3亿元,比上年增长4.4%。"
    assert ("gdp_growth", 2022, 4.4) in figures(page(body), FIELDS, meta=META)


def test_a_caption_on_a_line_of_its_own_is_read_as_before():
    text = page("").replace("\n\n一、", "\n\n图1 地区生产总值及其增长速度\n全年全区地区生产总值612.3亿元,比上年增长4.4%。\n一、")
    assert ("gdp_growth", 2022, 4.4) in figures(text, FIELDS, meta=META)
