"""The extractor on each development text against a copy of it written another way: what a report never seen may do to
the same words. A figure charted from the text and not from its copy is lost; one charted from the copy only is new, and
checked against the truth (right or wrong). Nothing here is tuned to a text: each way of writing is a general one.

    python bench/perturbed_bench.py [--texts DIR] [--ways pdf,months,...] [--details]

Ways of writing (each applied to the normalised text, so that only the way differs):
  wrapped      hard breaks at a fixed width per text (28-42 characters; digits and Latin letters half as wide), as a
               PDF's text layer gives a paragraph; tables' rows and the title kept whole
  pdf          wrapped, with every number set off by spaces (实现 412.6 亿元, 2022 年) and a page number every 30 lines
  spaced       numbers set off by spaces only
  percent      a space between a number and its unit or percent sign (8.5 %, 383 亿元)
  months       parts of a year named by their months (上半年 -> 1-6月份, 前三季度 -> 1-9月份, 一季度 -> 1-3月份)
  dashes       month ranges with other dashes and words (1-6月 -> 1—6月, 1~6月, 1至6月, 1月-6月)
  brackets     quotes in corner brackets (“十二五” -> 「十二五」)
  characters   years written in characters (2022年 -> 二〇二二年)
  traditional  the whole text in traditional characters (OpenCC s2t)
  tools        a site's breadcrumb and a line of page tools above the title, its footer below the text
  headings     top headings numbered (一) where they were numbered 一、
  restamped    a publication stamp (发布时间:) two years after the last year the text states, below the title: a page
               re-stamped or copied long after it was written
  parens       a space before each opening bracket and after each closing one (平房区 (哈经开区) 地区生产总值)
  untitled     the first line (most often the title) left out, as a page whose title was not kept
  names        indicators by other common names (规上工业增加值, 社会消费品零售额, 进出口总值, 一般公共预算收入 for 地方…)
  years        every year five years on (2016年 -> 2021年, also in dates and the address), the plans and congresses
               named with it (十三五 -> 十四五, 十九大 -> 二十大); the figures read are moved back before they are compared
  fullwidth    digits, points and percent signs full-width
  columns      tables' rows with their cells set apart by spaces, not bars (指标   完成   增长), rule rows dropped, as
               a PDF's text layer laid out as on the page gives them
  wan          sums in 亿元 written in 万元 (412.6亿元 -> 4126000万元)
  datestyles   dates with a day written 2023-01-10, 2023/1/10 or 2023.01.10 where they were 2023年1月10日
  growthwords  growth said with other words (同比增长 -> 比上年同期增长, 比上年 -> 较上年, 增长8% -> 增速为8%)
  aimwords     the year's aims named with other words (主要预期目标 -> 主要目标, 发展目标, 预期目标 …), one per text
  relwords     years relative to the date said with other words (去年 -> 上年, 今年以来 -> 年初以来, 过去一年 -> 刚刚过去的一年)
  reviewwords  a review's heading named with other words (2023年工作回顾 -> 2023年工作总结, 主要工作 …), one per text
  hedgewords   hedges said with other words (左右 -> 上下, 以上 -> 及以上, 力争 -> 争取, 以内 -> 以下)
  quarters     quarters named by digits (一季度 -> 1季度, 前三季度 -> 1-3季度)
  tabs         tables' rows with their cells set apart by a tab, as a sheet or a Word table pasted as text gives them
  compared     each growth compared with the nation's (增长8.5%,高于全国(7.5%)1个百分点; …,全国增长7.5%; (全国7.5%))
  aimverbs     an aim's verb said another way (预期增长 -> 计划增长, 力争增长, 目标增长), one per text
  yi           sums in 亿元 written 亿 (412.6亿元 -> 412.6亿), as news often writes them
  signed       a date on a line of its own in the text's head moved to its end, as a bulletin signs off
  ocr          one zero in ten read as a letter O and one one in ten as a letter l (1O.5%, 2O23年), as an OCR slips
  commas       sums of four digits or more with thousands separators (7482.75亿元 -> 7,482.75亿元)
  runon        the text below the title run into one line, as a page whose paragraph breaks were lost
  letterspaced every character set off by a space, a space between words wider (地 区 生 产 总 值 增 长 5 . 2 %), as a
               PDF's text layer with character spacing gives it
  markdown     the page as a converter to Markdown gives it: the title a "# " heading, numbered headings "## ", lines
               opened by a dash "- ", and every number with its unit in bold (**412.6亿元**, **8.5%**)
  indent       every line opened by two ideographic spaces (　　), some by no-break spaces, as a page's paragraphs are
  sentences    every sentence on a line of its own, as a page that gives each sentence its own paragraph
  entities     quotes, spaces and dashes as HTML entities left in the text (&ldquo;十四五&rdquo;, &nbsp;, &mdash;)
  html         the page as a site serves it, read by the HTML reader: the title the text reads in <title> and <h1>,
               each line a <p>,
               tables' rows a <table>'s <tr> and <td>, a site's menu above and its footer below
  docx         the text as a Word file (python-docx), read by the Word reader: each line a paragraph, tables' rows a
               table's rows, the title a heading
  unaddressed  the text as it is, without the address it was fetched from (a page saved or sent on its own)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus_eval import manifest, split_of, truth_rows  # noqa: E402
from unseen_bench import _hit, headline_of, read_truth  # noqa: E402

from etl.documents import read_file  # noqa: E402
from etl.errors import InputError  # noqa: E402
from etl.extract.classify import extract_document  # noqa: E402
from etl.extract.normalize import normalize_text  # noqa: E402
from etl.knowledge import load_knowledge  # noqa: E402

_CJK = "\u4e00-\u9fff"
_CN_DIGITS = "〇一二三四五六七八九"


def _wrap_line(line: str, columns: float) -> list[str]:
    """One line broken at `columns` (a character one column, a digit or Latin letter half of one)."""
    out, cur, width = [], "", 0.0
    for c in line:
        w = 0.5 if ord(c) < 128 else 1.0
        if width + w > columns:
            out.append(cur)
            cur, width = "", 0.0
        cur, width = cur + c, width + w
    return out + [cur]


def wrapped(text: str, rnd: random.Random, page_numbers: bool = False) -> str:
    columns = rnd.choice([28, 32, 35, 38, 42])
    out: list[str] = []
    for k, line in enumerate(text.split("\n")):
        if k == 0 or "|" in line or len(line) < columns:
            out.append(line)
            continue
        for piece in _wrap_line(line, columns):
            out.append(piece)
            if page_numbers and len(out) % 30 == 0:
                out.append(f"- {len(out) // 30} -")
    return "\n".join(out)


def spaced(text: str) -> str:
    text = re.sub(rf"(?<=[{_CJK}])(?=\d)", " ", text)
    return re.sub(rf"(?<=\d)(?=[{_CJK}])", " ", text)


def months(text: str) -> str:
    text = re.sub(r"(?<![第\d])上半年", "1-6月份", text)
    text = re.sub(r"前三季度", "1-9月份", text)
    return re.sub(r"(?<![第\d二三四])一季度", "1-3月份", text)


def dashes(text: str, rnd: random.Random) -> str:
    return re.sub(r"(?<!\d)1-(\d{1,2})月",
                  lambda m: rnd.choice(["1—", "1~", "1至", "1月-", "1月至"]) + m.group(1) + "月", text)


def characters(text: str) -> str:
    return re.sub(r"(?<!\d)(20[12]\d)年", lambda m: "".join(_CN_DIGITS[int(c)] for c in m.group(1)) + "年", text)


# a year (2016年, 2016-04-28, 28.04.2016, …/202201/…), not a value (2018.6亿元, 2005亿元)
_YEAR = re.compile(r"(?<!\d)(20[0-2]\d)(?:(?=\d{2}[/_]|(?:0[1-9]|1[0-2])\d{2})|(?![\d亿万元%]|\s*[亿万元%]|\.\d))")
_NUMBERED = (("十四五", "十五五"), ("十三五", "十四五"), ("十二五", "十三五"), ("十一五", "十二五"), ("二十大", "二十一大"),
             ("十九大", "二十大"), ("十八大", "十九大"), ("二十届", "二十一届"), ("十九届", "二十届"), ("十八届", "十九届"))
YEARS_ON = 5


def years_on(text: str) -> str:
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + YEARS_ON), text)
    for old, new in _NUMBERED:
        text = text.replace(old, "\0" + new + "\0")   # each name moved once
    return text.replace("\0", "")


def moved_back(key: tuple) -> tuple:
    """A figure read from a copy with its years moved on, with its year (and span) moved back."""
    period = key[2]
    if re.fullmatch(r"\d{4}-\d{4}", period):
        period = f"{int(period[:4]) - YEARS_ON}-{int(period[5:]) - YEARS_ON}"
    return (key[0], key[1] - YEARS_ON, period, *key[3:])


_OTHER_NAMES = (("规模以上工业增加值", "规上工业增加值"), ("社会消费品零售总额", "社会消费品零售额"), ("地方一般公共预算收入", "一般公共预算收入"),
                ("城镇常住居民人均可支配收入", "城镇居民人均可支配收入"), ("全社会固定资产投资", "固定资产投资"), ("进出口总额", "进出口总值"))


def replaced(text: str, pairs) -> str:
    """`text` with each word of `pairs` replaced by the other, in their order."""
    for word, other in pairs:
        text = text.replace(word, other)
    return text


def other_names(text: str) -> str:
    return replaced(text, _OTHER_NAMES)


def restamped(text: str) -> str:
    years = [int(y) for y in re.findall(r"(?<!\d)(20[0-2]\d)年", text[:3000])]
    if not years:
        return text
    title, _, rest = text.partition("\n")
    return f"{title}\n发布时间:{max(years) + 2}-06-15 10:00 来源:本站\n{rest}"


def in_wan(text: str) -> str:
    """Sums in 亿元 written in 万元 (412.6亿元 -> 4126000万元), as a county's report often gives them."""
    def wan(m: re.Match) -> str:
        value = f"{float(m.group(1)) * 10000:.4f}".rstrip("0").rstrip(".")
        return f"{value}万元"
    return re.sub(r"(?<![\d.])(\d+(?:\.\d+)?)亿元", wan, text)


def datestyles(text: str, rnd: random.Random) -> str:
    """Dates with day written another way (2023年1月10日 -> 2023-01-10, 2023/1/10, 2023.01.10), as pages stamp them."""
    styles = ("{}-{:02d}-{:02d}", "{}/{}/{}", "{}.{:02d}.{:02d}")
    return re.sub(r"(?<!\d)(20\d\d)年(\d{1,2})月(\d{1,2})日",
                  lambda m: rnd.choice(styles).format(*(int(g) for g in m.groups())), text)


_GROWTH_WORDS = (("同比增长", "比上年同期增长"), ("比上年增长", "较上年增长"), ("增长", "增速为"))


def growth_words(text: str) -> str:
    """Growth said with other words before a percentage (同比增长 -> 比上年同期增长, 增长8% -> 增速为8%)."""
    for word, other in _GROWTH_WORDS:
        text = re.sub(word + r"(?=\d+(?:\.\d+)?%)", other, text)
    return text


_AIM_WORDS = ("主要目标", "发展目标", "主要指标预期目标", "预期目标", "主要预期性目标")


def aim_words(text: str, rnd: random.Random) -> str:
    """The year's aims named with other words (主要预期目标 -> 主要目标, 发展目标, 预期目标 …), one chosen per text."""
    return text.replace("主要预期目标", rnd.choice(_AIM_WORDS))


_RELATIVE_WORDS = (("去年", "上年"), ("今年以来", "年初以来"), ("过去一年", "刚刚过去的一年"))


def relative_words(text: str) -> str:
    """Years said relative to the date with other words (去年 -> 上年, 今年以来 -> 年初以来, 过去一年 -> 刚刚过去的一年)."""
    return replaced(text, _RELATIVE_WORDS)


_REVIEW_WORDS = ("工作总结", "主要工作", "工作情况", "工作成效", "主要工作和成效")


def review_words(text: str, rnd: random.Random) -> str:
    """A review's heading named with other words (2023年工作回顾 -> 2023年工作总结, 主要工作 …), one chosen per text."""
    return text.replace("工作回顾", rnd.choice(_REVIEW_WORDS))


_HEDGE_WORDS = (("左右", "上下"), ("以上", "及以上"), ("力争", "争取"), ("以内", "以下"))


def hedge_words(text: str) -> str:
    """Hedges said with other words after a number (8%左右 -> 8%上下, 以上 -> 及以上, 以内 -> 以下), and 力争 -> 争取."""
    for word, other in _HEDGE_WORDS:   # after a number's unit only (规模以上工业 keeps its name)
        text = re.sub(r"(?<=[\d%元])" + word if word != "力争" else word, other, text)
    return text


_QUARTER_DIGITS = (("前三季度", "1-3季度"), ("第一季度", "1季度"), ("一季度", "1季度"), ("二季度", "2季度"),
                   ("三季度", "3季度"), ("四季度", "4季度"))


def quarter_digits(text: str) -> str:
    """Quarters named by digits (一季度 -> 1季度, 前三季度 -> 1-3季度), as news often names them."""
    return replaced(text, _QUARTER_DIGITS)


def compared(text: str, rnd: random.Random) -> str:
    """Each growth compared with the nation's (增长8.5% -> 增长8.5%,高于全国(7.5%)1个百分点, …,全国增长7.5%, or
    增长8.5%(全国7.5%)): the nation's rate is never the text's own figure."""
    def other(m: re.Match) -> str:
        clause = m.string[max(m.string.rfind(c, 0, m.start()) for c in ",,;;。\n") + 1:m.start()]
        if "分别" in clause or re.match(r"\s*(?:、|和|及|[,,]\s*(?:年均|两年))", m.string[m.end():m.end() + 4]):
            return m.group()   # inside a list of values, or before the average it compounds to: left as it is
        rate, level = float(m.group(1)), "全国"   # the one level above every text's own
        below = f"{max(rate - 1, 0.1):.1f}"
        return m.group() + rnd.choice((f",高于{level}({below}%)1个百分点", f",{level}增长{below}%", f"({level}{below}%)"))
    return re.sub(r"增长(\d+(?:\.\d+)?)%(?![\d(,,]*[((]|[^,,;;。]{0,4}(?:高于|低于|快于))", other, text)


_AIM_VERBS = ("计划增长", "力争增长", "目标增长", "预期增长")


def aim_verbs(text: str, rnd: random.Random) -> str:
    """An aim's verb said another way (预期增长 -> 计划增长, 力争增长, 目标增长), one chosen per text."""
    return text.replace("预期增长", rnd.choice(_AIM_VERBS))


_DATE_LINE = re.compile(r"^[ \t]*[((]?\s*\d{4}年\d{1,2}月\d{1,2}日\s*[))]?[ \t]*$", re.M)


def signed(text: str) -> str:
    """A date that stands on a line of its own in the text's head moved to its end, as a bulletin signs off
    (…统计局 / 2024年3月20日 at the foot)."""
    head = _DATE_LINE.search(text[:600])
    if not head:
        return text
    return text[:head.start()] + text[head.end():].lstrip("\n") + "\n" + head.group().strip() + "\n"


def ocr_slips(text: str, rnd: random.Random) -> str:
    """One zero in ten read as a letter O, and one one in ten as a letter l, as an OCR of a scan slips (1O.5%, 2O23年)."""
    slips = {"0": "O", "1": "l"}
    return "".join(slips[c] if c in slips and rnd.random() < 0.1 else c for c in text)


def pipe_cells(line: str, bare: bool = False) -> list[str] | None:
    """The cells of a pipe table's row (| a | b |; with `bare`, also a | b | c without the leading bar); None for any
    other line."""
    row = line.lstrip().startswith("|") or (bare and line.count("|") >= 2)
    return [c.strip() for c in line.strip().strip("|").split("|")] if row else None


def is_rule(cells: list[str]) -> bool:
    """A table's rule row (|---|:--:|), no row of its own."""
    return all(set(c) <= set("-: ") for c in cells)


def columns(text: str, gap: str = "   ") -> str:
    """Tables' rows with their cells set apart by spaces, not bars (| 指标 | 完成 | -> 指标   完成), their rule rows
    dropped: a PDF's text layer laid out as on the page."""
    rows = []
    for line in text.split("\n"):
        cells = pipe_cells(line)
        if cells is None:
            rows.append(line)
        elif not is_rule(cells):
            rows.append(gap.join(c or "-" for c in cells))
    return "\n".join(rows)


def markdown(text: str) -> str:
    """The page as a converter to Markdown gives it (see the module's help)."""
    title, _, body = text.partition("\n")
    body = re.sub(r"(?m)^\s*(?=[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))])", "## ", body)
    body = re.sub(r"(?m)^\s*——", "- ", body)
    body = re.sub(r"(?<![\d.*])(\d+(?:\.\d+)?(?:%|亿元|万元|亿美元|元))", r"**\1**", body)
    return f"# {title}\n{body}"


def as_html(text: str) -> str:
    """The text as a site's page (see the module's help)."""
    from html import escape

    from etl.extract.metadata import read_title
    # a site's <title> is its item's title (the one the text reads among its first lines), not its page's first line
    title, lines = read_title(text).strip(), text.split("\n")
    head = [ln.strip() for ln in lines[:5]]
    title = title if title and title in head else ""
    body = "\n".join(lines[:head.index(title)] + lines[head.index(title) + 1:]) if title else text
    out, rows = [], []
    for line in body.split("\n") + [""]:
        cells = pipe_cells(line)
        if cells is not None:
            if not is_rule(cells):
                rows.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
            continue
        if rows:
            out.append("<table>" + "".join(rows) + "</table>")
            rows = []
        if line.strip():
            out.append(f"<p>{escape(line.strip())}</p>")
    return (f"<html><head><meta charset=\"utf-8\"><title>{escape(title)}</title></head><body>"
            "<div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/xxgk/\">信息公开</a></div>"
            + (f"<h1>{escape(title)}</h1>" if title else "") + "<div class=\"content\">" + "\n".join(out) +
            "</div><div class=\"footer\">版权所有 网站标识码:0000000001</div></body></html>")


def as_docx(text: str) -> bytes:
    """The text as a Word file (see the module's help)."""
    import io

    import docx
    doc, rows = docx.Document(), []

    def flush() -> None:
        width = max(len(r) for r in rows)
        table = doc.add_table(rows=len(rows), cols=width)
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                table.cell(i, j).text = c
        rows.clear()
    title, _, body = text.partition("\n")
    doc.add_heading(title, level=1)
    for line in body.split("\n"):
        cells = pipe_cells(line, bare=True)
        if cells is not None:
            if not is_rule(cells):
                rows.append(cells)
            continue
        if rows:
            flush()
        if line.strip():
            doc.add_paragraph(line.strip())
    if rows:
        flush()
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def entities(text: str) -> str:
    """Quotes, some spaces and dashes as HTML entities a careless copy leaves in the text."""
    return (text.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("——", "&mdash;&mdash;")
            .replace("\n", "\n&nbsp;&nbsp;"))


TOOLS = "首页 > 信息公开 > 规划计划 > 正文\n字号:大 中 小 打印本页 关闭窗口\n"
FOOTER = "\n相关链接 | 网站地图 | 联系我们\n主办单位:本站编辑部 版权所有 网站标识码:0000000001 备案号:ICP备00000000号-1\n"


def written(way: str, text: str, seed: str) -> str | bytes:
    """`text` written the `way` named (see the module's help)."""
    rnd = random.Random(seed)
    if way == "traditional":
        from opencc import OpenCC
        return OpenCC("s2t").convert(text)
    ways = {
        "wrapped": lambda t: wrapped(t, rnd),
        "pdf": lambda t: wrapped(spaced(t), rnd, page_numbers=True),
        "spaced": spaced,
        "percent": lambda t: re.sub(r"(\d)(%|亿元|万元)", r"\1 \2", t),
        "months": months,
        "dashes": lambda t: dashes(t, rnd),
        "brackets": lambda t: t.replace("“", "「").replace("”", "」"),
        "characters": characters,
        "tools": lambda t: TOOLS + t + FOOTER,
        "headings": lambda t: re.sub(r"(?m)^\s*([一二三四五六七八九十]+)、", r"(\1)", t),
        "years": years_on,
        "restamped": restamped,
        "names": other_names,
        "parens": lambda t: t.replace("(", " (").replace(")", ") "),
        "untitled": lambda t: t.partition("\n")[2] if t.partition("\n")[2].strip() else t,
        "fullwidth": lambda t: t.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789%."}),
        "runon": lambda t: t.partition("\n")[0] + "\n" + "".join(ln.strip() for ln in t.partition("\n")[2].splitlines()),
        "letterspaced": lambda t: "\n".join(" ".join(ln) for ln in t.splitlines()),
        "columns": columns,
        "wan": in_wan,
        "datestyles": lambda t: datestyles(t, rnd),
        "growthwords": growth_words,
        "aimwords": lambda t: aim_words(t, rnd),
        "relwords": relative_words,
        "reviewwords": lambda t: review_words(t, rnd),
        "hedgewords": hedge_words,
        "quarters": quarter_digits,
        "tabs": lambda t: columns(t, "\t"),
        "compared": lambda t: compared(t, rnd),
        "aimverbs": lambda t: aim_verbs(t, rnd),
        "yi": lambda t: re.sub(r"(?<=\d)亿元", "亿", t),
        "signed": signed,
        "ocr": lambda t: ocr_slips(t, rnd),
        "markdown": markdown,
        "indent": lambda t: "\n".join(("\u00a0\u00a0" if rnd.random() < 0.2 else "\u3000\u3000") + ln for ln in t.split("\n")),
        "sentences": lambda t: re.sub(r"(?<=[。!?])(?=[^\n”’)」])", "\n", t),
        "entities": entities,
        "html": as_html,
        "docx": as_docx,
        "unaddressed": lambda t: t,
        "commas": lambda t: re.sub(r"(?<![\d.,])(\d{4,})(?=(?:\.\d+)?(?:亿|万|元))", lambda m: f"{int(m.group(1)):,}", t),
    }
    return ways[way](text)


WAYS = ("wrapped", "pdf", "spaced", "percent", "months", "dashes", "brackets", "characters", "traditional", "fullwidth",
        "tools", "headings", "names", "parens", "untitled", "restamped", "years", "runon", "letterspaced", "columns",
        "wan", "datestyles", "growthwords", "aimwords", "relwords",
        "reviewwords", "hedgewords", "quarters", "tabs", "compared", "aimverbs", "yi",
        "signed", "ocr", "commas", "markdown", "indent", "sentences", "entities", "html", "docx",
        "unaddressed")


def charted(cat, path: Path, headline: set[str]) -> dict[tuple, str]:
    """The headline figures charted (confidence high) from a file: key -> its quote."""
    try:
        docs = read_file(cat, path)
    except InputError:
        return {}
    return {(r["indicator"], r["year"], r["period"], r["kind"], r["value"]): r["quote"][:60].replace("\n", "/")
            for d in docs for r in extract_document(d, cat)
            if r["indicator"] in headline and r["value"] is not None and r["confidence"] == "high"}


KEY = ("indicator", "year", "period", "kind", "value")


def compare(before: dict, after: dict, truth_rows_of: list, counts: Counter, way: str, name: str, details: bool) -> None:
    """Count each figure charted from both texts, or from one only (right or wrong by the text's truth rows)."""
    for key in before.keys() | after.keys():
        if key in before and key in after:
            counts[(way, "same")] += 1
            continue
        right = any(_hit(dict(zip(KEY, key, strict=True)), k, v) for k, v in truth_rows_of)
        tag = ("lost" if key in before else "new") + ("-right" if right else "-wrong")
        counts[(way, tag)] += 1
        if details and tag != "lost-wrong":
            print(f"  {way} {tag} {name}", *key, "|", before.get(key) or after.get(key))


def one_text(cat, m: dict, src: Path, work: Path, ways: list[str], ctx: tuple) -> None:
    """The text of manifest row `m` and each of its copies, compared."""
    truth, headline, counts, details = ctx
    name = f"{m['id']}.txt"
    (work / f"{m['id']}.meta.json").write_text(json.dumps({"source_url": m["url"]}), encoding="utf-8")
    shutil.copy(src, work / name)
    before = charted(cat, work / name, headline)
    plain = normalize_text(src.read_text(encoding="utf-8"), cat.grammar.units, cat.grammar.variants)
    for way in ways:
        copy = work / (f"{m['id']}.{way}" if way in ("html", "docx") else name)
        (work / name).unlink(missing_ok=True)
        text = written(way, plain, m["id"])
        copy.write_bytes(text) if isinstance(text, bytes) else copy.write_text(text, encoding="utf-8")
        url = years_on(m["url"] or "") if way == "years" else None if way == "unaddressed" else m["url"]
        (work / f"{m['id']}.meta.json").write_text(json.dumps({"source_url": url}), encoding="utf-8")
        after = charted(cat, copy, headline)
        copy.unlink()
        after = {moved_back(k): v for k, v in after.items()} if way == "years" else after
        compare(before, after, truth.get(name, []), counts, way, name, details)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", default="/work/corpus/texts")
    ap.add_argument("--ways", default=",".join(WAYS))
    ap.add_argument("--details", action="store_true", help="print each figure lost or new")
    args = ap.parse_args()
    ways = [w for w in args.ways.split(",") if w]
    cat = load_knowledge()
    truth, _ = read_truth(truth_rows(cat))
    headline = headline_of(truth)
    work, counts = Path(tempfile.mkdtemp()), Counter()
    try:
        for m in manifest():
            src = Path(args.texts) / f"{m['id']}.txt"
            if split_of(m["id"]) == "dev" and src.exists():
                one_text(cat, m, src, work, ways, (truth, headline, counts, args.details))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{'way of writing':14} {'same':>6} {'lost right':>11} {'new right':>10} {'new wrong':>10} {'lost wrong':>11}")
    for way in ways:
        c = [counts[(way, t)] for t in ("same", "lost-right", "new-right", "new-wrong", "lost-wrong")]
        print(f"{way:14} {c[0]:6} {c[1]:11} {c[2]:10} {c[3]:10} {c[4]:11}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
