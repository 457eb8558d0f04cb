"""A site's page around a report says nothing about it (issue 23, found by a check of every development text against a copy
with a site's breadcrumb above it and its page tools below that): a line of nothing but page tools (字号:大 中 小 打印本页
关闭窗口, 【打印】【字体:】, 分享到:, 扫一扫在手机打开当前页; the words are data/page_chrome.csv) is dropped, so is a line of a
site's footer (版权所有, 京ICP备…号, 网站标识码: words only a footer has, role footer there), and the line below
a breadcrumb (首页 > 信息公开 > …) is the title a place is read from. A bulletin's first section numbered (一) names it as
一、 does. Without them a tool line was taken for the title (a news item lost its place, a bulletin its kind) and a
footer for a short item's title (a county's news of its congress was read as a work report, its targets as outcomes). Negatives: a line with a date or other words beside the tools keeps them; a word that holds a tool's
word (中小企业) and a ratio's colon on a line of its own stay. Made-up texts of this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, region_of

NEWS = "{tools}\n上半年青海经济运行稳中向好\n记者从省统计局获悉,上半年全省地区生产总值增长5.1%。\n"
TOOLS = ["字号:大 中 小 打印本页 关闭窗口", "【打印】 【字体:", "分享到:", "扫一扫在手机打开当前页", "[ 打印 ] [ 关闭 ]",
         "字体:【 默认 超大 | 大 | 中 | 小 】", "【 字体:大 中 小 】 【打印】 【关闭】", "打印本页 | 关闭窗口"]


def first(text: str):
    return documents_from_text(K, text, "made_up.txt")[0]


@pytest.mark.parametrize("tools", TOOLS)
def test_a_line_of_page_tools_is_no_title(tools):
    doc = first(NEWS.format(tools=tools))
    assert doc.title == "上半年青海经济运行稳中向好"
    assert doc.region == "青海省"


def test_a_bulletins_first_section_numbered_in_brackets_names_it():
    text = "盟市概况\n(一)综合\n全市地区生产总值增长5.2%。\n(二)农业\n粮食产量保持稳定。\n"
    assert first(text).doc_type == "statistics release"


def test_the_line_below_a_breadcrumb_is_the_title():
    text = ("首页 > 信息公开 > 统计数据 > 正文\n关注晋中太谷区(太谷县撤县设区)\n9日,山西省人民政府发布:国务院批复同意撤销太谷县,"
            "设立晋中市太谷区。太谷区地区生产总值增长6.1%。\n")
    assert region_of(text) == "太谷区"


@pytest.mark.parametrize("line", ["发布日期:2024-07-31 浏览次数:35 字号:〖大〗", "中小企业发展情况", "20.5", "打印机产量增长12%"])
def test_a_line_with_more_than_tools_stays(line):
    assert line in first(f"标题\n{line}\n正文。").text.splitlines()


SHORT = "屯溪区经济运行情况通报。本网讯(通讯员)\n1月11日,区政府召开会议,通报全区经济运行情况,全区地区生产总值增长6.1%。\n{footer}\n"


@pytest.mark.parametrize("footer", ["主办单位:本站编辑部 版权所有 网站标识码:0000000001", "版权所有:本站 未经许可不得转载",
                                    "本站备案号:京ICP备00000000号-1 联系我们", "网站标识码:0000000001 ICP备案号:00000000号",
                                    "某省公网安备 00000000000000号 主办单位:本站编辑部"])
def test_a_sites_footer_is_no_title(footer):
    doc = first(SHORT.format(footer=footer))
    assert footer.split()[0][:4] not in doc.title and doc.doc_type != "government work report"
