import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.errors import InputError
from etl.extract.characters import strip_pinyin, to_halfwidth
from etl.extract.normalize import join_split_numbers, normalize_text
from etl.knowledge import load_knowledge
from etl.readers.html import strip_html
from etl.readers.text import decode_bytes

UNITS = load_knowledge().grammar.units
TEXT = "罗湖区地区生产总值增长9.2%,社会消费品零售总额924亿元。"


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8 with BOM"),
    (TEXT.encode("gbk"), "gb18030"),
    (TEXT.encode("gb18030"), "gb18030"),
    (TEXT.encode("utf-16"), "utf-16-le"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),
    (TEXT.encode("utf-16-be"), "utf-16-be"),
    (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16-be"),
])
def test_decode(data, encoding):
    text, enc = decode_bytes(data)
    assert (text, enc.replace(" with BOM", "") if "16" in enc else enc) == (TEXT, encoding.replace(" with BOM", "") if "16" in encoding else encoding)


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"   \n\t", "empty"),
    (b"\x00\x01\x02\x03binary\x00\x00\xff\xfe\x00", "binary"),
])
def test_decode_rejects(data, message):
    with pytest.raises(InputError, match=message):
        decode_bytes(data)


@pytest.mark.parametrize("raw, expected", [
    ("增长９．２％，", "增长9.2%,"),
    ("（按可比口径增长１５．５％）", "(按可比口径增长15.5%)"),
    ("８％～８．５％", "8%~8.5%"),
    ("全角　空格", "全角 空格"),
])
def test_halfwidth(raw, expected):
    assert to_halfwidth(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("增長(zhǎng)8.6%", "增長8.6%"),
    ("羅湖區(qū)", "羅湖區"),
    ("地区生产总值(GDP)增长", "地区生产总值(GDP)增长"),
    ("数据(data)", "数据(data)"),
])
def test_strip_pinyin(raw, expected):
    assert strip_pinyin(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("2375. 3亿元", "2375.3亿元"),
    ("2375 .3亿元", "2375.3亿元"),
    ("1,488亿元", "1488亿元"),
    ("1 488亿元", "1488亿元"),
    ("增长8%,9%", "增长8%,9%"),
    ("2016 年", "2016 年"),
])
def test_join_split_numbers(raw, expected):
    assert join_split_numbers(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("<p>增长<b>9.2%</b></p>", "\n增长9.2%\n"),
    ("A&amp;B&nbsp;C", "A&B C"),
    ("<script>var x=1;</script>正文", "正文"),
])
def test_strip_html(raw, expected):
    assert strip_html(raw).replace("\xa0", " ") == expected


def test_traditional_to_simplified():
    assert normalize_text("固定資產(chǎn)投資達(dá)281.48億元,增長(zhǎng)22.9%", UNITS) == "固定资产投资达281.48亿元,增长22.9%"


CJK = st.sampled_from(list("罗湖区地区生产总值增长下降亿元万美元左右以上以内目标预期年月日,.、;。%()-~0123456789 \n<p>&amp;羅區長億(zhǎng)１２％，"))


@settings(max_examples=300, deadline=None)
@given(st.text(CJK, max_size=80) | st.text(max_size=80))
def test_normalisation_is_idempotent(text):
    once = normalize_text(text, UNITS)
    assert normalize_text(once, UNITS) == once


@pytest.mark.parametrize("text", ["0\n\n亿", "收入14\n\n88亿元", "增长7\n\n%", "12\n\n\n万元"])
def test_a_blank_line_between_a_number_and_a_unit_is_kept_and_normalising_twice_changes_nothing(text):
    once = normalize_text(text, UNITS)
    assert "\n\n" in once
    assert normalize_text(once, UNITS) == once
