"""In a table laid out one cell per line, a cell left empty as a dash (103左右 / - / 100.7) is a cell of the table, not
the dash line a listing page sets between its items: the report is not cut there (issue 23, found in a plan report of
the texts at hand whose annex table has such cells: its end was read as a document of its own). Negatives: a listing
page whose items are set apart by dash lines is still cut into its items. Made-up texts of this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K

HEAD = ("关于长武县2023年国民经济和社会发展计划执行情况的报告\n\n"
        + "2023年,全县上下坚持稳中求进工作总基调,经济运行总体平稳,发展质量稳步提升,民生保障持续加强。\n\n" * 4
        + "附表\n\n指标\n\n单位\n\n计划\n\n完成\n\n增长\n\n")
TAIL = "\n\n" + "\n\n".join(["社会消费品零售总额", "亿元", "30", "31.2", "6.1"] * 30) + "\n"


@pytest.mark.parametrize("before", ["103左右", "12以上", "3456.4", "8.7(实际增长7.9)", "-6.3"])
def test_a_dash_after_a_number_cell_is_an_empty_cell(before):
    text = HEAD + "\n\n".join(["居民消费价格指数", "%", before, "-", "100.7", "-"]) + TAIL
    assert len(documents_from_text(K, text, "plan.txt")) == 1


def test_a_listing_pages_dash_lines_still_part_its_items():
    item = ("长武县{y}年政府工作报告\n" + "全县上下坚持稳中求进工作总基调,经济运行总体平稳,发展质量稳步提升,民生保障持续加强。\n" * 6)
    text = "-\n" + item.format(y=2022) + "-\n" + item.format(y=2023)
    assert len(documents_from_text(K, text, "list.txt")) == 2
