"""A line set out a character at a time (地 区 生 产 总 值 4 1 2 . 6 亿 元), as the text layer of a PDF with character spacing
gives it, is read as its words and numbers: the spaces between single characters go, a wider gap between words stays one
space (issue 23, found by setting out every development text so: nearly every figure was lost, a number's digits read
apart — 1 2 % as 2% — and letter-spaced titles of real reports, 政 府 工 作 报 告, are common). Negatives: a row of one-digit
cells with nothing Chinese (序号 1 2 3 4 5 6) keeps its spaces; the same line written plainly reads the same. Made-up
texts of this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "value")


def read(line: str) -> set[tuple]:
    return figures(f"丰 县 经 济 运 行 情 况\n{line}\n", FIELDS, meta={"region": "丰县"}, charted=True)


@pytest.mark.parametrize("line,figure", [
    ("2 0 2 3 年 , 全 县 地 区 生 产 总 值 4 1 2 . 6 亿 元 。", ("gdp", 2023, 412.6)),
    ("2 0 2 3 年 , 全 县 一 般 公 共 预 算 收 入 2 8 . 3 亿 元 , 增 长 6 . 1 % 。", ("fiscal_revenue_growth", 2023, 6.1)),
    ("2 0 2 3 年 , 全 县 社 会 消 费 品 零 售 总 额 1 7 0 . 7 亿 元 。", ("retail_sales", 2023, 170.7)),
    ("2 0 2 3 年 , 全 县 固 定 资 产 投 资 增 长 1 2 % 。", ("fixed_investment_growth", 2023, 12.0)),
    ("2 0 2 2 年 , 全 县 规 模 以 上 工 业 增 加 值 增 长 8 . 4 % 。", ("industrial_va_growth", 2022, 8.4)),
    ("2 0 2 3 年 ,  全 县 地 区 生 产 总 值  ( G D P )  3 5 5 . 8 亿 元 。", ("gdp", 2023, 355.8)),
])
def test_a_line_set_out_a_character_at_a_time_is_read_as_written(line, figure):
    assert figure in read(line)
    assert read(line) == read(line.replace("  ", "\0").replace(" ", "").replace("\0", ""))


def test_a_row_of_one_digit_cells_keeps_its_spaces():
    doc = documents_from_text(K, "丰县统计表\n序号 1 2 3 4 5 6\n", "made_up.txt", meta={"region": "丰县"})[0]
    assert "1 2 3 4 5 6" in doc.text
