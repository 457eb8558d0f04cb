"""A government's own media post (X发布, X融媒 on its first line, topics #…# under its headline, emoji before each item).
The post is the account's place's when its head names a place above only as the source of the figures (X市统计局发布各县
市区…) and the post names its own place more often; a line of topics is no title, so a stamp below it dates the post; a
card's heading of a year's aims may put a comma and a few words after the year (2025年,目标这样定), call them the year's
task list (2025年任务书), or stand in 【】 after a mark (▶【2025年·目标】). (Issue 23, class 1.) Negatives: a city's
own account over a county's page keeps the county's place, and a heading of what was done opens no aims. Made-up posts in
this file's own wording."""

import pytest

from tests.extracting import figures, region_of

FIELDS = ("indicator", "year", "period", "kind", "value")

RELEASE = ("{account}  2023-08-02 19:10  四川\n\n📊 {short}上半年经济数据来了\n#{short}# #经济半年报#\n\n"
           "点击上方蓝字关注我们\n\n近日,{city}统计局发布2023年上半年各县市区主要经济指标。来看{short}的答卷👇\n\n"
           "① 地区生产总值101.2亿元,同比增长5.6%。\n② 规模以上工业增加值增长7.2%,{short}增速排名全市第三。\n"
           "③ 社会消费品零售总额44.1亿元,增长6.3%,{short}消费回暖。\n编辑:{short}融媒 审核:王某\n")


@pytest.mark.parametrize("account, short, city, own", [
    ("江油融媒", "江油", "绵阳市", "江油市"),
    ("射洪发布", "射洪", "遂宁市", "射洪市"),
    ("简阳融媒", "简阳", "成都市", "简阳市"),
    ("阆中发布", "阆中", "南充市", "阆中市"),
    ("华蓥发布", "华蓥", "广安市", "华蓥市"),
])
def test_the_accounts_place_over_the_bureau_above_it(account, short, city, own):
    assert region_of(RELEASE.format(account=account, short=short, city=city)) == own


def test_a_city_account_over_a_page_of_a_county_keeps_the_county():
    page = ("绵阳发布  2023-08-02 19:10\n\n三台县上半年经济运行情况\n三台县统计局\n"
            "上半年,三台县地区生产总值201.2亿元,同比增长5.6%。三台县规上工业增加值增长7%。全县消费回暖。\n")
    assert region_of(page) == "三台县"


POST = ("{account}  2024-01-18 20:05  湖南\n\n#{short}两会# #政府工作报告#\n\n【两会特刊】{short}2024年政府工作报告划重点!\n\n"
        "1月17日上午,{own}第十八届人民代表大会第三次会议开幕。\n\n▶【2023年·成绩单】\n📈 地区生产总值312.4亿元,增长5.1%\n"
        "🛒 社会消费品零售总额128.6亿元,增长6.2%\n\n{heading}\n🎯 地区生产总值增长6%左右\n🎯 固定资产投资增长7%\n"
        "🎯 社会消费品零售总额增长8%\n\n来源:{own}人民政府办公室\n")


def read(heading: str, account="浏阳发布", short="浏阳", own="浏阳市") -> set[tuple]:
    text = POST.format(heading=heading, account=account, short=short, own=own)
    return figures(text, FIELDS, meta={"region": own}, charted=True)


@pytest.mark.parametrize("heading, fact", [
    ("▶▶ 2024年,目标这样定", ("fixed_investment_growth", 2024, "year", "target", 7.0)),
    ("▶▶ 2024年,目标已明确", ("retail_sales_growth", 2024, "year", "target", 8.0)),
    ("🎯【2024年任务书】", ("fixed_investment_growth", 2024, "year", "target", 7.0)),
    ("▶【2024年·目标】", ("retail_sales_growth", 2024, "year", "target", 8.0)),
    ("▶【2024年·目标】", ("gdp", 2023, "year", "actual", 312.4)),
    ("📌 2024年路线图", ("fixed_investment_growth", 2024, "year", "target", 7.0)),
])
def test_a_cards_heading_of_the_years_aims(heading, fact):
    assert fact in read(heading)


def test_a_heading_of_what_was_done_opens_no_aims():
    got = read("▶【2023年·目标完成情况】")
    assert not any(k == "target" and v in (7.0, 8.0) for _, _, _, k, v in got), got
