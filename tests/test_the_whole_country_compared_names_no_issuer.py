"""The nation's own name is the word for the whole country (全国). A page of a place that compares itself with it
(全国一季度增长5.3%, 全国2023年增长5.2%) is not the nation's page: before, the word before a year or a part of one was
read as the issuer, and a county's speech got the nation as its place, with every figure charted under it (issue 22,
made-up set jl). The nation is still the issuer where its organs are named (全国人民代表大会, 国务院). Made-up pages in this
file's own wording."""

import pytest

from tests.extracting import region_of

HEAD = "在全县经济运行调度会上的讲话\n\n同志们:\n\n今天主要分析经济运行情况。一季度,全县地区生产总值增长6.1%。\n\n"


@pytest.mark.parametrize("compared", [
    "再横向比一比。全国一季度增长5.3%,我们高出0.8个百分点。",
    "从外部看,全国上半年增长5.5%,形势总体平稳。",
    "全国2023年经济增长5.2%,我们还有差距。",
    "对照一下,全国前三季度增长4.9%,我们略快一些。",
    "全国经济运行稳中向好,我们要抓住机遇。",
    "全国年度目标是5%左右,我们定得高一些。",
])
def test_a_comparison_with_the_whole_country_names_no_nation(compared):
    assert region_of(HEAD + compared + "\n") != "全国"


@pytest.mark.parametrize("compared", [
    "再横向比一比。全国一季度增长5.3%,我们高出0.8个百分点。",
    "从外部看,全国上半年增长5.5%,形势总体平稳。",
])
def test_the_speakers_county_is_the_place(compared):
    text = HEAD.replace("同志们", "中共某县委书记  ×××\n\n同志们").replace("某县", "伊宁县") + compared + "\n"
    assert region_of(text) == "伊宁县"


@pytest.mark.parametrize("text", [
    "国务院关于2023年国民经济和社会发展计划执行情况的报告\n\n全国国内生产总值增长5.2%。\n",
    "第十四届全国人民代表大会第二次会议\n政府工作报告\n\n国内生产总值增长5.2%。\n",
])
def test_the_nations_organs_still_name_it(text):
    assert region_of(text) == "全国"
