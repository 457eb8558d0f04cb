"""A report's heading of the year ahead's work (二、2023年工作安排, 三、今年工作的总体要求和主要目标, 二、扎实做好2023年各项
工作): after the review of the year before, the aims' section of the year it names. A heading that names the year reviewed,
or speaks of a review (回顾, 总结, 执行情况, 成效 …), is no such heading."""

from __future__ import annotations

import re

from etl.extract.clause_years import PART_NAMED

# a numbered heading naming a year (2023年), this year (今年, 新的一年) or the next (明年), with nothing between its number
# and its year but a few words (扎实做好, 关于): no second heading run into it (…敢担当二、2019年工作重点, a contents line)
# (or a short heading that opens with its year, as a news item's box sets it: 2023年主要任务)
_AHEAD = re.compile(r"^\s*(?:(?:[一二三四五六七八九十]+[、.]|[((][一二三四五六七八九十]+[))])\s*[^。;;,,!?:、\d]{0,12}?|(?=\d{4}年[^。;;,,!?:]{0,4}?(?:任务|工作|目标)))"
                    r"(?:(\d{4})年|今年|新的一年|本年度|明年)[^。;;,,!?:]{0,20}[::]?\s*$")
_REVIEWING = re.compile(r"回顾|总结|执行情况|完成情况|成效|成绩|进展|做法|经验|以来|过去|报告|公报|统计|运行|情况|预计")


def work_ahead(sent: str, heading: bool, reviewed: int | None, plans: int | None) -> re.Match | None:
    """A heading of a year's work naming a year after the one its report reviews, or the year it plans: the aims'
    section of that year (2022's review, then 二、2023年工作安排). Of the year reviewed (2023年主要工作 in a report of
    2024) it is the review's."""
    m = _AHEAD.match(sent) if heading else None
    if m is None or _REVIEWING.search(sent) or PART_NAMED.search(sent):
        return None   # (四、2024年1—5月主要指标: a part of the year's results so far, no work ahead)
    if m.group(1):
        year = int(m.group(1))
    else:
        year = (plans + 1 if "明年" in m.group(0) else plans) if plans else None
    return m if year and ((reviewed and year > reviewed) or year == plans) else None


# (二、上半年计划执行情况: the part of the year a review heading names before its words)
_TOP_NUMBER = re.compile(r"\s*[一二三四五六七八九十]{1,3}、\s*(?:(?:\d{4}年)?(?:上半年|一季度|前三季度|1[-—～~至]\d{1,2}月份?))?\s*")


def numbered_at(sent: str, at: int) -> bool:
    """The sentence opens with a part's number and what stands at `at` follows it directly (一、2018年工作回顾2018年是…:
    a part's heading run into its first paragraph, as a page whose line breaks were lost gives it)."""
    return bool(_TOP_NUMBER.fullmatch(sent, 0, at))
