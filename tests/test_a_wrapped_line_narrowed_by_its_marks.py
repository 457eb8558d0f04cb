"""A hard-wrapped page's line that ends on a character cut inside a word (…按可比价\n计算增长8.9%) is joined to the next
though it came out narrower than the wrap: its indent, full-width brackets and commas turned narrow, and a footnote
mark dropped, take up to a few columns off a line that was as wide as the others. A short line that ends a sentence
(…主要目标任务。) still ends its paragraph (issue 23, class 6: hard line breaks; made-up set jb). Made-up pages in this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "袁州区"}
BODY = ("某区2019年政府工作报告\n——2019年1月9日在区人民代表大会上\n\n一、2018年工作回顾\n"
        "\u3000\u30002018年是全面贯彻党的十九大精神的开局之年也是我区发展进程中极不平\n"
        "凡的一年面对错综复杂的宏观环境和艰巨繁重的改革发展稳定任务在市委市政府\n"
        "和区委的坚强领导下在区人大区政协的监督支持下我们坚持稳中求进工作总基调\n"
        "坚定不移推进工业强区旅游兴区生态立区战略较好完成了区人大确定的目标任务\n"
        "全区上下齐心协力攻坚克难推动经济社会发展取得新成效迈出新步伐开创新局面\n"
        "\u3000\u3000（一）经济运行稳中有进。全区实现{name}①438.6亿元，{cut}\n"
        "{rest}增长{value}%，增速高于全市0.2个百分点；全区规模以上工业增加值增长\n"
        "9.2%；固定资产投资增长11.4%；社会消费品零售总额142.7亿元，增长11.0%。\n")


@pytest.mark.parametrize("name, cut, rest, key, value", [
    ("地区生产总值", "按可比价", "计算", "gdp_growth", 8.9),
    ("地区生产总值", "按可比价格", "计算", "gdp_growth", 8.7),
    ("地区生产总值", "同比", "", "gdp_growth", 8.6),
    ("地区生产总值", "按不变价", "格计算", "gdp_growth", 8.5),
    ("地区生产总值", "比上年", "", "gdp_growth", 8.4),
], ids=["kebijia", "kebijiage", "tongbi", "bubianjia", "bishangnian"])
def test_the_growth_after_the_cut_is_read(name, cut, rest, key, value):
    page = BODY.format(name=name, cut=cut, rest=rest, value=value)
    assert (key, 2018, "actual", value) in figures(page, FIELDS, meta=META)


def test_a_short_heading_ending_on_a_character_stays_a_line_of_its_own():
    from etl.extract.wrapped_lines import join_wrapped_lines
    page = BODY.format(name="地区生产总值", cut="按可比价", rest="计算", value=8.9) + "二、2019年工作安排\n今年全区地区生产总值增长8%左右。\n"
    assert "\n二、2019年工作安排\n" in join_wrapped_lines(page)
