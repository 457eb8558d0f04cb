import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.numbers import find_numbers
from etl.knowledge import load_knowledge

GRAMMAR = load_knowledge().grammar


@pytest.mark.parametrize("text, expected", [
    ("增长9.2%", [(9.2, None, "%", None, None)]),
    ("增长5.5-6%", [(5.5, 6.0, "%", None, None)]),
    ("目标(8%~8.5%)", [(8.0, 8.5, "%", None, None)]),
    ("6.0–6.5%", [(6.0, 6.5, "%", None, None)]),
    ("增长5.5%至6%", [(5.5, 6.0, "%", None, None)]),
    ("增长-2.0%左右", [(-2.0, None, "%", None, "左右")]),
    ("首次突破60亿元", [(60.0, None, "亿元", "突破", None)]),
    ("近1400亿元", [(1400.0, None, "亿元", "近", None)]),
    ("力争达到3500亿元", [(3500.0, None, "亿元", "力争", None)]),
    ("控制在3%以内", [(3.0, None, "%", "控制在", "以内")]),
    ("不少于20家", [(20.0, None, "other:家", "不少于", None)]),
    ("425.52亿美元", [(425.52, None, "亿美元", None, None)]),
    ("4.72万元", [(4.72, None, "万元", None, None)]),
    ("16.8亿", [(16.8, None, "亿元", None, None)]),
    ("0.5个百分点", [(0.5, None, "个百分点", None, None)]),
    ("15.7微克/立方米", [(15.7, None, "μg/m³", None, None)]),
    ("分别下降5%、5%、3%左右", [(5.0, None, "%", None, None), (5.0, None, "%", None, None), (3.0, None, "%", None, "左右")]),
    ("第3名", []),
    ("3%至2%", [(3.0, None, "%", None, None), (2.0, None, "%", None, None)]),
])
def test_find_numbers(text, expected):
    assert [(n.value, n.value_high, n.unit, n.prefix, n.suffix) for n in find_numbers(text, GRAMMAR)] == expected


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from(list("0123456789.-~%亿元万美左右以上内近突破第个百分点 ,、")), max_size=40) | st.text(max_size=60))
def test_offsets_cover_the_text_and_never_raise(text):
    for n in find_numbers(text, GRAMMAR):
        assert text[n.start:n.end] == n.text
        assert n.start < n.num_end <= n.end
