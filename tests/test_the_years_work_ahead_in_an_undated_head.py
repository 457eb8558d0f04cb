"""An undated page whose head names a year as the work ahead (就做好2022年经济工作作出部署, 部署2019年工作): the meeting is held
in the year before it, so 今年 in its body is that year before, and 明年 the year named. Before, the named year was read
as the year the page reports on, and every outcome and aim of a city's economic work meeting was charted a year late
(issue 23, class 1: time; made-up set jl). Negatives: a dated page keeps its date's year, and a year named as work done
(2021年工作总结) is the year reported on. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "吴忠市"}
BODY = ("同志们:\n\n一、关于今年的经济运行\n\n今年,全市预计全年地区生产总值达到805亿元,增长7.5%左右。\n\n"
        "二、关于明年的目标任务\n\n明年全市经济社会发展的主要预期目标是:地区生产总值增长7%左右。\n")


@pytest.mark.parametrize("head, ahead", [
    ("12月28日,全市经济工作会议召开,市长就做好2022年经济工作作了具体部署。", 2022),
    ("12月20日,市委经济工作会议召开,部署2019年经济工作。", 2019),
    ("会议总结今年工作,谋划2024年工作。", 2024),
    ("12月26日,全市经济工作会议召开,安排2017年重点工作。", 2017),
    ("本报讯 市委经济工作会议昨日召开,会议部署2023年各项工作。", 2023),
    ("12月30日,全市经济工作会议召开,对做好2016年经济工作进行部署。", 2016),
])
def test_this_year_is_the_year_before_the_work_ahead(head, ahead):
    got = figures("市长在全市经济工作会议上的讲话(摘要)\n\n" + head + "\n\n" + BODY, FIELDS, meta=META)
    assert ("gdp", ahead - 1, "actual", 805.0) in got
    assert ("gdp_growth", ahead, "target", 7.0) in got


def test_a_dated_page_keeps_its_dates_year():
    head = "2021年12月28日\n\n全市经济工作会议召开,市长就做好2022年经济工作作了具体部署。"
    got = figures("市长在全市经济工作会议上的讲话(摘要)\n" + head + "\n\n" + BODY, FIELDS, meta=META)
    assert ("gdp", 2021, "actual", 805.0) in got


def test_work_done_is_the_year_reported_on():
    head = "会议听取了2021年工作总结。"
    got = figures("市长在全市经济工作会议上的讲话(摘要)\n\n" + head + "\n\n" + BODY, FIELDS, meta=META)
    assert ("gdp", 2021, "actual", 805.0) in got
