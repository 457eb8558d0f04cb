"""A report's numbered review heading run into its first paragraph (一、2018年工作回顾2018年是…之年。), as a page whose
line breaks were lost gives it, ends the aims' section a contents list before it opened (目录 … 二、2019年主要任务), as a
heading on a line of its own does: the review's figures in the next paragraph are the year's outcomes, not the next
year's aims (issue 23, the kind from a report's structure; found by running each development text into one line). A
review heading naming its year with 主要 (2018年主要工作回顾) is one too. Negatives: a phrase of review inside the aims
(回顾过去一年, not a numbered heading) leaves them open. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "铜山区"}
PAGE = ("某县政府工作报告\n\n目录\n\n一、{r}\n\n二、{p}\n\n三、加强政府自身建设\n\n——2019年1月3日在某县第十七届人民代表大会第三次会议上\n\n"
        "一、{r}2018年是全面贯彻党的十九大精神开局之年。\n\n一年来,全县上下攻坚克难。预计全年实现地区生产总值198亿元,增长8%。\n")


@pytest.mark.parametrize("review,plan", [
    ("2018年工作回顾", "2019年主要任务"), ("2018年工作回顾", "2019年主要目标和任务"), ("过去一年工作回顾", "2019年经济社会发展主要目标"),
    ("2018年工作总结", "2019年工作安排"), ("2018年主要工作回顾", "今年工作的总体要求和主要目标"), ("2018年政府工作回顾", "2019年发展目标"),
])
def test_the_reviews_figures_are_outcomes(review, plan):
    got = figures(PAGE.format(r=review, p=plan), FIELDS, meta=META, charted=True)
    assert ("gdp", 2018, "actual", 198.0) in got and not any(f[2] == "target" for f in got)


def test_a_phrase_of_review_inside_the_aims_leaves_them_open():
    text = ("某县政府工作报告\n\n——2019年1月3日在某县第十七届人民代表大会第三次会议上\n\n一、2018年工作回顾\n\n全县地区生产总值增长7.5%。\n\n"
            "二、2019年主要目标\n\n回顾过去一年,成绩来之不易。今年全县地区生产总值增长8%左右。\n")
    assert ("gdp_growth", 2019, "target", 8.0) in figures(text, FIELDS, meta=META, charted=True)
