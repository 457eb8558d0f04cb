"""A report, or a page that explains it, signed on one line by its issuer and its day (某县人民政府 2025-01-15) is dated
by that line, as by a line of the day alone: its 去年 and 今年 then have their years. Before, only a day alone on its
line dated a report, and such a page's figures were all lost (issue 23, class 1: the year from the date). Negatives:
the issuer and a day inside a sentence date nothing; nor does a line whose day is followed by other words. Made-up
pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
BODY = "去年,全县地区生产总值增长5.3%。今年全县地区生产总值预期增长6%左右。\n"


def charted(text: str) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "沐川县"}, charted=True)


@pytest.mark.parametrize("title,signed,year", [
    ("图解沐川县政府工作报告", "沐川县人民政府 2025-01-15", 2025),
    ("沐川县政府工作报告", "沐川县人民政府2024年1月20日", 2024),
    ("一图读懂沐川县政府工作报告", "沐川县人民政府办公室 2023/02/03", 2023),
    ("沐川县政府工作报告全文", "沐川县人民政府  2022.01.18", 2022),
    ("沐川县政府工作报告解读", "沐川县政府办公室 2021-01-25", 2021),
])
def test_the_signed_line_dates_the_report(title, signed, year):
    got = charted(f"{title}\n{signed}\n{BODY}")
    assert {("gdp_growth", year - 1, "actual", 5.3), ("gdp_growth", year, "target", 6.0)} <= got


@pytest.mark.parametrize("line", [
    "会上,沐川县人民政府 2025-01-15 发布了有关情况。",
    "沐川县人民政府 2025-01-15 印发实施方案",
])
def test_a_day_not_alone_with_its_issuer_dates_nothing(line):
    got = charted(f"沐川县政府工作报告\n{line}\n{BODY}")
    assert not any(y in (2024, 2025) for i, y, k, v in got)
