"""Aims named after their figures. A task handed down (下达我区全年固定资产投资增长12%的任务) is an aim, as is the last of a list
closed by 等(主要)预期目标 (…社会消费品零售总额增长8%等预期目标); and an aim named the year's after its figure
(前三季度…,控制在4.5%以内的年度目标之内) is the year's, not the part's. Before, the first two were charted as outcomes and the
last as the part's aim (issue 23, class 2: kind and period). Negatives: a share of a task done (完成全年任务的91%) is no
figure; an outcome of the part stays the part's. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
RELEASE = "临渭区2022年前三季度经济运行情况\n发布时间:2022-10-28\n"


def read(text: str) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "临渭区"}, charted=True)


@pytest.mark.parametrize("sentence", [
    "市考核下达我区全年固定资产投资增长12%的任务,目前仍有差距。",
    "按照市里下达我区全年固定资产投资增长12%的任务,全力冲刺。",
    "市下达的全年固定资产投资增长12%的任务,完成难度较大。",
    "对照市下达全年固定资产投资增长12%的年度任务,仍需加力。",
    "市考核下达全区全年固定资产投资增长12%的任务。",
])
def test_a_task_handed_down_is_an_aim(sentence):
    got = read(RELEASE + "1—9月,全区固定资产投资同比增长10.4%。" + sentence + "\n")
    assert ("fixed_investment_growth", 2022, "year", "target", 12.0) in got, got
    assert ("fixed_investment_growth", 2022, "Q1-Q3", "actual", 10.4) in got, got


REPORT = "洛川县人民政府工作报告\n——2023年1月6日在洛川县第十八届人民代表大会第二次会议上\n一、2022年工作回顾\n"


@pytest.mark.parametrize("close", ["等预期目标", "等主要预期目标", "等目标", "等主要目标", "等年度目标"])
def test_the_last_of_a_list_closed_by_its_aims_is_an_aim(close):
    got = read(REPORT + "回头看,去年大会确定的地区生产总值增长7%、一般公共预算收入增长6%、社会消费品零售总额增长8%"
               + close + ",有的完成较好,有的存在差距。\n")
    assert ("retail_sales_growth", 2022, "year", "target", 8.0) in got, got


@pytest.mark.parametrize("said", ["控制在4.5%以内的年度目标之内", "控制在4.5%以内的全年目标以内", "低于4.5%的年度目标",
                                  "在4.5%的年度目标以内", "控制在4.5%以内的年度预期目标之内"])
def test_an_aim_named_the_years_after_its_figure_is_the_years(said):
    got = read(RELEASE + "前三季度,全区城镇新增就业6820人,完成全年任务的91%;城镇登记失业率3.6%," + said + "。\n")
    assert ("unemployment_rate", 2022, "year", "target", 4.5) in got, got
    assert not any(v == 91.0 for i, y, p, k, v in got), got
