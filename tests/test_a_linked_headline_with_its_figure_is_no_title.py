"""A linked headline that carries its figure after a colon (> 某县2023年统计公报:地区生产总值增长5.0%) names another
release; it is not the title of a report that starts a new document within the page (issue 23, class 5: the page's
last items and its footer became a document of the headline's place). Negatives: a title line with no figure after it
still opens a new document. Made-up pages in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K

PAGE = ("永寿县人民政府\n首页 > 统计信息\n永寿县2023年国民经济和社会发展统计公报\n"
        + "2023年,全县上下坚持稳中求进工作总基调,经济运行总体平稳,发展质量稳步提升,民生保障持续加强。\n" * 5 +
        "数据速递\n{line}\n" + "  > 全县重点项目建设观摩活动在城关街道举行,各镇各部门负责同志参加   2024-03-12\n" * 6 +
        "主办:永寿县人民政府办公室 地址:永寿县监军街道\n")


def parts(line: str) -> list:
    return documents_from_text(K, PAGE.format(line=line), "made_up.txt")


@pytest.mark.parametrize("line", [
    "  > 乾县2023年统计公报:地区生产总值增长5.0%   2024-03-27",
    "淳化县2023年国民经济和社会发展统计公报:规上工业增加值增长7.2%",
    "■ 麟游县2023年经济运行情况:社会消费品零售总额增长8.1%",
    "> 旬邑县2024年政府工作报告:今年生产总值预期增长6%",
    "▶ 长武县2023年计划执行情况:固定资产投资增长10.5%",
    "◆ 礼泉县2023年经济运行情况:一般公共预算收入增长4.0%  2024-01-30",
])
def test_a_headline_with_its_figure_opens_no_document(line):
    got = parts(line)
    assert len(got) == 1 and got[0].region == "永寿县", [(d.title, d.region) for d in got]


@pytest.mark.parametrize("line", [
    "乾县2023年国民经济和社会发展统计公报",
    "淳化县2024年政府工作报告",
])
def test_a_title_with_no_figure_still_opens_one(line):
    assert len(parts(line)) == 2
