"""Makes the bad-input corpus in this folder: `python tests/bad_inputs/make_corpus.py`.

Each file is a report written for the test (not a seed) in a form that real downloads take:
odd encodings, HTML, traditional characters with pinyin, PDF-to-text dumps, truncation, binary.
EXPECTED in tests/test_bad_inputs.py says what the build must do with each. The 30 MB file is
made at test time (too large to commit).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

REPORT = (
    "2019年1月18日在深圳市罗湖区第七届人民代表大会第五次会议上\n"
    "各位代表:现在,我代表罗湖区人民政府向大会作工作报告,请予审议。\n"
    "一、2018年工作回顾\n"
    "初步核算,全年地区生产总值2253.69亿元,增长7.3%;社会消费品零售总额1310.26亿元,增长7.5%;"
    "固定资产投资281.48亿元,增长22.9%;一般公共预算收入100亿元,增长2.4%。\n"
    "二、2019年工作安排\n"
    "2019年经济社会发展的主要预期目标是:地区生产总值增长7%左右,社会消费品零售总额增长7%,"
    "一般公共预算收入增长5%以上,城镇登记失业率控制在3%以内。\n"
)
TRADITIONAL = REPORT.replace("罗湖区", "羅湖區(qū)").replace("生产总值", "生產(chǎn)總值").replace(
    "增长", "增長(zhǎng)").replace("亿元", "億元").replace("预期目标", "預期目標").replace("一般公共预算收入", "一般公共預算收入")
FULLWIDTH = REPORT.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789.%,:;"})


def files() -> dict[str, bytes]:
    out = {
        "01_utf8.txt": REPORT.encode("utf-8"),
        "02_utf8_bom.txt": b"\xef\xbb\xbf" + REPORT.encode("utf-8"),
        "03_gbk.txt": REPORT.encode("gbk"),
        "04_gb18030.txt": REPORT.encode("gb18030"),
        "05_utf16le_bom.txt": b"\xff\xfe" + REPORT.encode("utf-16-le"),
        "06_utf16be_bom.txt": b"\xfe\xff" + REPORT.encode("utf-16-be"),
        "07_utf16le_nobom.txt": REPORT.encode("utf-16-le"),
        "08_utf16be_nobom.txt": REPORT.encode("utf-16-be"),
        "09_crlf.txt": REPORT.replace("\n", "\r\n").encode("utf-8"),
        "10_empty.txt": b"",
        "11_whitespace.txt": b" \n\t \r\n  ",
        "12_binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        "13_html_page.html": ("<html><head><title>罗湖区政府工作报告</title><style>p{color:red}</style></head><body>"
                              + "".join(f"<p>{line}</p>" for line in REPORT.splitlines())
                              + "<script>var x = '增长99%';</script></body></html>").encode("utf-8"),
        "14_cut_mid_number.txt": (REPORT.split("一般公共预算收入100")[0] + "一般公共预算收入10").encode("utf-8"),
        "15_fullwidth_digits.txt": FULLWIDTH.encode("utf-8"),
        "16_traditional_pinyin.txt": TRADITIONAL.encode("utf-8"),
        "17_no_year.txt": ("各位代表:我代表区人民政府向大会作工作报告。全区地区生产总值增长7.3%,"
                           "社会消费品零售总额增长7.5%。").encode(),
        "18_duplicate_other_name.txt": ("转载:" + REPORT).encode("utf-8"),
        "19_page_numbers_line_breaks.txt": REPORT.replace("2253.69", "22\n53.69").replace(
            "增长7.5%", "增长7.\n5%").replace("一、2018年工作回顾\n", "一、2018年工作回顾\n- 2 -\n").encode("utf-8"),
        "20_list_missing_unit.txt": (REPORT.split("二、")[0] + "万元GDP建设用地、水耗、电耗分别下降6.5、3.9和4.6。\n").encode("utf-8"),
        "21_invalid_utf8.txt": REPORT.encode("utf-8")[:100] + b"\xff\xfe\xfd\x80\x81" + REPORT.encode("utf-8")[100:],
        "22_digits_only.txt": ("1234567890 " * 200).encode("ascii"),
        "23_docx_renamed.txt": _zip_bytes(),
        "24_one_long_line.txt": ("罗湖区坚持稳中求进," * 30000 + REPORT.replace("\n", "")).encode("utf-8"),
        "25_latin1_mojibake.txt": REPORT.encode("utf-8").decode("latin-1").encode("utf-8"),
        "26_html_entities.txt": REPORT.replace("增长", "增&#38271;").replace(",", "&#65292;").encode("utf-8"),
        "27_markdown_front_matter.md": ("---\ntitle: '罗湖区2019年政府工作报告'\ndate: Fri, 18 Jan 2019 09:00:00 GMT\n---\n"
                                        + REPORT).encode("utf-8"),
        "28_nul_inside_text.txt": REPORT.encode("utf-8") + b"\x00" * 3 + REPORT.encode("utf-8"),
    }
    return out


def _zip_bytes() -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:  # a fixed date: the same bytes every time
        z.writestr(zipfile.ZipInfo("word/document.xml", date_time=(2020, 1, 1, 0, 0, 0)),
                   "<w:document>" + REPORT + "</w:document>")
    return buf.getvalue()


def big_file(path: Path, megabytes: int = 30) -> None:
    """A 30 MB text: a report followed by filler paragraphs without figures."""
    filler = ("罗湖区坚持以人民为中心的发展思想,推进城区治理体系和治理能力现代化,持续优化营商环境。\n" * 2000).encode("utf-8")
    with path.open("wb") as fh:
        fh.write(REPORT.encode("utf-8"))
        while fh.tell() < megabytes * 1024 * 1024:
            fh.write(filler)


if __name__ == "__main__":
    for name, data in files().items():
        (HERE / name).write_bytes(data)
    print(f"wrote {len(files())} files to {HERE}")
