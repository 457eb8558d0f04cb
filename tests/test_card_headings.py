"""An infographic's headings of its parts: one year's review (回顾2024, 数说2023, ■ 2012年回顾, 2013年 成绩单, 【2015年成绩单】)
and one year's aims (2025年这样干, 2018年 新目标, ■ 2013年目标, 【2016年预期目标】), on lines of their own. The figures under
each are that year's outcomes or aims. Before, they were left with no year of their own, or the aims were read as the
year before's outcomes (issue 23, class 1: time, and class 2: kind from structure). Negatives: a title that names a
report with its year (数说2014年市政府工作报告) is no heading of a part. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "费县人民政府\n一图读懂费县2025年政府工作报告\n——2025年1月6日在费县第十八届人民代表大会第五次会议上\n"


def read(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "费县"}, charted=True)


@pytest.mark.parametrize("review, aims", [
    ("回顾2024", "2025年这样干"),
    ("回眸2024", "2025年怎么干"),
    ("盘点2024", "● 2025年新目标"),
    ("■ 2024年回顾", "■ 2025年目标"),
    ("2024年 成绩单", "【2025年预期目标】"),
    ("◆ 2024年成绩单", "◆ 2025年目标"),
    ("2024年 答卷", "2025年这样干"),
])
def test_each_part_is_its_years(review, aims):
    body = f"{review}\n地区生产总值 412.6亿元 增长6.2%\n{aims}\n地区生产总值 增长6%左右\n规上工业增加值 增长8%"
    got = read(body)
    assert {("gdp", 2024, "actual", 412.6), ("gdp_growth", 2024, "actual", 6.2),
            ("gdp_growth", 2025, "target", 6.0), ("industrial_va_growth", 2025, "target", 8.0)} <= got, got


def test_a_reports_title_with_its_year_is_no_heading():
    text = "【图解】数说2014年市政府工作报告\n——2014年2月17日在费县第十七届人民代表大会第四次会议上\n地区生产总值增长10.6%。\n"
    got = figures(text, FIELDS, meta={"region": "费县"}, charted=True)
    assert not any(y == 2014 and k == "actual" for i, y, k, v in got), got
