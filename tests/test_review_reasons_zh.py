"""Every reason a figure waits for review reads in Chinese on a Chinese page, figures and the file it
names kept: no English words of the reason are left (the plausible range, a measured decision path,
a compared year)."""

import re

import pytest

from components.i18n import review_reason
from etl.knowledge import load_knowledge

K = load_knowledge()


@pytest.mark.parametrize("reason", [
    K.implausible(159.0, "pct", "gdp_growth"),
    K.implausible(1e9, "亿元"),
    "this way of reading year and kind was wrong 2 of 10 times on the development corpus (data/confidence_paths.csv)",
    "the clause compares with the year it names; the figure may be that year's or the later one's",
    "region unknown; read by OCR; " + K.implausible(159.0, "pct", "gdp_growth"),
])
def test_a_review_reason_reads_in_chinese(reason):
    assert reason
    zh = review_reason(reason, "zh")
    words = [w for w in re.findall(r"[A-Za-z]{2,}", re.sub(r"data/\S+\.csv|OCR", "", zh))]
    assert not words, zh
    assert all(n in zh for n in re.findall(r"\d+(?:\.\d+)?", reason.split("(data/")[0])[:2]), zh


def test_an_english_page_keeps_the_reason_as_built():
    reason = K.implausible(159.0, "pct", "gdp_growth")
    assert review_reason(reason, "en") == reason
