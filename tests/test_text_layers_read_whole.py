"""A report copied from a PDF's text layer reads as the page it came from (issue 23, class 6, found by a check of every
development text against a copy wrapped as a PDF wraps it: hard breaks at a fixed width, page numbers, numbers set off by
spaces). The breaks of a wrapped paragraph are joined where the sentence goes on: after a sentence that ended where the
line did, when the next line is as wide as the wrap too; inside a Latin word (GD|P); before a decimal's point (1|0.3);
after a space or before one (总额 |226.2, |␣412.6); and a line holding dashes and quotes, which are set wide, is as
wide as the wrap. Where a text sets every number off by spaces (实现 412.6 亿元, 按 2020 年), the spaces are type and go;
a percent sign always stays with its number (8.5 %). Negatives: a heading, an indented paragraph, a list's item and a
table's rows after a full line stay apart; a text whose numbers stand against the words keeps a space it puts before
one. Made-up texts of this file's own wording."""

import pytest

from etl.extract.normalize import normalize_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "period", "kind", "value")
TITLE = "某区经济运行情况通报"
FILLER = ("一年来,全区上下坚持稳中求进工作总基调,统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作,"
          "持续优化营商环境,大力培育新兴产业,扎实办好民生实事,城乡面貌焕然一新,社会大局和谐稳定,"
          "各项事业取得了新的进展,为全面完成年度目标任务打下了坚实基础,群众的获得感、幸福感、安全感不断增强。"
          "同时也要看到,发展不平衡不充分的问题依然存在,产业转型升级任务艰巨,科技创新能力有待提升,公共服务仍有短板,"
          "我们将正视困难和问题,采取有力措施认真加以解决,努力不辜负全区人民的期望。")


def width(line: str) -> int:
    """Columns a line takes on a page: a character, a full-width mark, a dash or a quote two, anything else one."""
    return sum(2 if ord(c) >= 0x2E80 or c in "—“”‘’…" else 1 for c in line)


def wrap(paragraph: str, columns: int) -> list[str]:
    """The paragraph broken into lines of at most `columns`, as a PDF's text layer gives it."""
    lines, cur = [], ""
    for c in paragraph:
        if width(cur + c) > columns:
            lines.append(cur)
            cur = ""
        cur += c
    return lines + [cur] if cur else lines


def page(first: str, *rest: str) -> str:
    """A made-up page wrapped at the width of `first`: the title, a wrapped paragraph, then `first` and the lines or
    paragraphs of `rest` (a paragraph longer than the width is wrapped, a short line kept as it is)."""
    columns = width(first)
    body = [line for part in rest for line in (wrap(part, columns) if width(part) > columns else [part])]
    return "\n".join([TITLE, *wrap(FILLER, columns), first, *body]) + "\n"


def read(text: str) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "福田区"}, charted=True)


GDP = ("gdp", 2022, "year", "actual", 412.6)


def test_the_pages_are_wrapped_as_meant():
    columns = width("2022年,全区经济运行总体平稳、稳中有进,发展质效持续提升。")
    lines = wrap(FILLER, columns)
    assert len(lines) >= 6 and all(columns - 2 <= width(line) <= columns for line in lines[:-1])
    assert "".join(lines) == FILLER


@pytest.mark.parametrize("first, rest, want", [
    # a Latin word cut by the break
    ("2022年,全区经济运行平稳,实现地区生产总值(GD", ["P)412.6亿元,同比增长5.8%。"], GDP),
    # a number against the break, the space that set it off left on either side
    ("2022年,全区经济运行平稳,实现地区生产总值 ", ["412.6 亿元,同比增长 5.8%。"], GDP),
    ("2022年,全区经济运行较为平稳,实现地区生产总值", [" 412.6 亿元,同比增长 5.8%。"], GDP),
    # a decimal cut before its point is no list's item
    ("2022年,全区产业结构持续优化,三次产业结构由上年的1", ["0.3:37.4:52.3调整为10.3:37.3:52.4。"],
     ("tertiary_share", 2022, "year", "actual", 52.4)),
    # dashes and quotes are set wide: the line is full
    ("——2022年“稳”“进”“好”势头明显,地区生产总值达", ["到412.6亿元,同比增长5.8%。"], GDP),
    # a footnote's mark at the break, and a ratio's colon after it
    ("2022年,全区经济运行平稳向好,全年实现地区生产总值(GDP)[1]", ["412.6亿元,同比增长5.8%。"], GDP),
    ("2022年,全区经济结构持续优化,三次产业比例调整为10.3", [" : 37.3 : 52.4。"], ("tertiary_share", 2022, "year", "actual", 52.4)),
], ids=["latin-word", "space-before-break", "space-after-break", "decimal", "dashes-and-quotes", "footnote-mark",
        "ratio-colon"])
def test_a_wrapped_paragraph_reads_as_one(first, rest, want):
    assert want in read(page(first, *rest))


@pytest.mark.parametrize("first", ["上半年,全区经济运行总体平稳、稳中有进,发展质效持续提升。", "2022年,全区经济运行总体平稳、稳中有进,发展质效持续提升。"])
def test_a_sentence_ended_at_the_wrap_goes_on(first):
    """The paragraph goes on with a line as wide as the wrap: one paragraph, its lead before its figures."""
    text = page(first, "全区实现地区生产总值412.6亿元,同比增长5.8%;一般公共预算收入21.5亿元,同比增长9.2%,财政实力稳步增强。")
    lines = normalize_text(text, K.grammar.units, K.grammar.variants).splitlines()
    assert any(line.startswith(first + "全区实现地区生产总值412.6亿元") for line in lines), lines


@pytest.mark.parametrize("first, rest", [
    # a heading after a full line that ended a sentence
    ("上年全区经济运行总体平稳,各项工作有序推进。", ["二、2022年主要预期目标", "地区生产总值增长6%左右。"]),
    # a paragraph set in by two spaces
    ("上年全区经济运行总体平稳,各项工作有序推进。", ["  2022年主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%。"]),
    # a list's next item
    ("上年全区经济运行总体平稳,各项工作有序推进。", ["2.2022年主要预期目标是:地区生产总值增长6%左右。"]),
])
def test_what_starts_anew_stays_apart(first, rest):
    lines = normalize_text(page(first, *rest), K.grammar.units, K.grammar.variants).splitlines()
    assert any(line.startswith(first) and line.endswith("。") for line in lines), lines


def test_a_tables_rows_are_no_wrapped_lines():
    rows = [f"| {i} | 某某区 | {1000 + i}.5 | 5.{i} |" for i in range(1, 10)]
    text = "\n".join([TITLE, "2022年全市地区生产总值4200亿元,同比增长4.8%。", "2022年全市规模以上工业增加值增长6.8%。", *rows])
    lines = normalize_text(text, K.grammar.units, K.grammar.variants).splitlines()
    assert "2022年全市地区生产总值4200亿元,同比增长4.8%。" in lines


SPACED = "全区实现地区生产总值 412.6 亿元,按 2021 年不变价格计算,同比增长 5.8%;一般公共预算收入 21.5 亿元,增长 9.2 %。"


@pytest.mark.parametrize("spaced, bare", [
    (SPACED, "全区实现地区生产总值412.6亿元,按2021年不变价格计算,同比增长5.8%;一般公共预算收入21.5亿元,增长9.2%。"),
    ("2022 年 1—6 月份,全区实现地区生产总值 212.3 亿元。", "2022年1—6月份,全区实现地区生产总值212.3亿元。"),
    ("规模以上工业增加值增长 7.1 %", "规模以上工业增加值增长 7.1%"),   # one number: too few to tell; its percent sign joins it
])
def test_numbers_set_off_by_spaces_stand_against_the_words(spaced, bare):
    assert normalize_text(spaced, K.grammar.units, K.grammar.variants) == bare


def test_a_half_year_set_off_by_spaces_is_read():
    text = "某区关于 2022 年 1—6 月份国民经济和社会发展计划执行情况的报告\n一、1—6 月份计划执行情况\n全区实现地区生产总值 212.3 亿元,同比增长 4.1%。\n"
    assert ("gdp", 2022, "H1", "actual", 212.3) in read(text)


def test_a_space_a_writer_put_before_a_year_is_kept():
    text = "报告的核心观点 2024年全省经济运行稳中向好,地区生产总值增长5.7%,规模以上工业增加值增长6.1%。"
    assert "核心观点 2024年" in normalize_text(text, K.grammar.units, K.grammar.variants)
