"""Properties of the whole extractor on arbitrary text."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.documents import documents_from_text
from etl.extract.classify import extract_document
from etl.knowledge import load_knowledge

CAT = load_knowledge()
PIECES = ["地区生产总值", "GDP", "社会消费品零售总额", "固定资产投资", "一般公共预算收入", "城镇登记失业率",
          "万元GDP建设用地、水耗、电耗", "增长", "下降", "分别", "完成", "突破", "近", "左右", "以上", "以内",
          "(目标", ")", "高于预期目标", "个百分点", "亿元", "万元", "%", "、", ",", "。", ";", "\n",
          "2013年", "“十三五”时期", "年均", "累计", "上半年", "预计", "主要预期目标为:", "一、2020年工作回顾",
          "5.5", "-", "~", "8", "12.3", "0", "负增长", "与GDP增速基本同步", "占", "的", "由", "至"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=200)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_extractor_never_raises_and_quotes_match(text):
    for doc in documents_from_text(CAT, text, "fuzz.txt"):
        for r in extract_document(doc, CAT):
            assert doc.text[r["char_start"]:r["char_end"]] == r["quote"]
            assert r["sentence_start"] <= r["char_start"] < r["char_end"] <= r["sentence_end"]
            assert r["kind"] in ("target", "actual")
            assert r["indicator"] in CAT.indicators


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_every_reported_number_occurs_in_its_quote(text):
    for doc in documents_from_text(CAT, text, "fuzz.txt"):
        for r in extract_document(doc, CAT):
            if r["value"] is None or r["rule"].startswith("derived"):
                continue
            numbers = {abs(float(x)) for x in re.findall(r"\d+(?:\.\d+)?", r["quote"])}
            scaled = {abs(r["value"]) * f for f in (1, 10000, 0.0001)}
            assert any(abs(a - b) < 1e-6 for a in numbers for b in scaled), (r["value"], r["quote"])
