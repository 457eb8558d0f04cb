"""代 before a head's title is "acting" (代县长王某: the acting county head), never the county 代县 of Shanxi (issue 22,
found by a check of every development text read without its title: a county's work report, whose head signed as 代县长,
was filed under 代县). Negatives: a text of 代县 itself (代县人民政府, 代县县长) is still read as 代县. Made-up texts of this
file's own wording."""

import pytest

from tests.extracting import region_of

BODY = "各位代表:\n现在,我代表县人民政府,向大会报告政府工作,请予审议。\n过去一年,全县地区生产总值增长5.1%。\n"


@pytest.mark.parametrize("line", ["县人民政府代县长 王长俊", "代县长王长俊", "——县人民政府代县长 李某某\n", "县委副书记、代县长张某某",
                                  "代县长王某某作政府工作报告"])
def test_an_acting_county_head_is_no_place(line):
    assert region_of(line + "\n" + BODY) != "代县"


@pytest.mark.parametrize("text", ["代县人民政府工作报告\n" + BODY, "代县县长王某某作政府工作报告\n" + BODY])
def test_the_county_of_that_name_is_still_read(text):
    assert region_of(text) == "代县"
