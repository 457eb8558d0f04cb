"""A report's heading of a year's work (二、2023年工作安排, 三、关于2023年重点工作, 2023年工作的总体要求和主要任务): after the
review of the year before, the aims' section of the year it names."""

from __future__ import annotations

import re

_WORK_AHEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.]|[((][一二三四五六七八九十]+[))])?\s*(?:关于)?(\d{4})年"
                         r"(?:全?[省市区县旗])?(?:政府)?的?(?:工作安排|重点工作|主要工作|工作任务|主要任务|工作思路|"
                         r"工作的?总体要求|总体要求)[^。;;,,!?]{0,16}$")


def work_ahead(sent: str, heading: bool, reviewed: int | None, plans: int | None) -> re.Match | None:
    """A heading of a year's work naming a year after the one its report reviews, or the year it plans: the aims'
    section of that year (2022's review, then 二、2023年工作安排). Of the year reviewed (2023年主要工作 in a report of
    2024) it is the review's."""
    m = _WORK_AHEAD.match(sent) if heading else None
    if m is None:
        return None
    year = int(m.group(1))
    return m if (reviewed and year > reviewed) or (plans and year == plans) else None
