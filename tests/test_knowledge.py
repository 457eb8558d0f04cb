"""Knowledge has one owner each: the words the extractor reads (units, hedges, target and outcome
words), place names and their labels live in data files; changing the file changes the behaviour,
and a broken file is named with its line instead of aborting with a traceback."""

import shutil
from pathlib import Path

import pytest

from components import export
from components.i18n import place_names, qualifier_label, t, unit_label
from etl.errors import InputError
from etl.extract.numbers import find_numbers
from etl.knowledge import load_knowledge
from etl.knowledge.words import read_hedges, read_units

ROOT = Path(__file__).resolve().parent.parent
K = load_knowledge()   # the shipped data/


@pytest.fixture
def data_copy(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data", ignore=shutil.ignore_patterns("raw", "curated", "*.duckdb*"))
    return tmp_path / "data"


def test_a_two_word_hedge_is_read_whole():
    [n] = find_numbers("地区生产总值增长6%左右浮动", K.grammar)
    assert (n.value, n.suffix, n.text) == (6.0, "左右浮动", "6%左右浮动")


def test_a_hedge_added_to_the_data_file_is_read(data_copy):
    with (data_copy / "hedges.csv").open("a", encoding="utf-8") as fh:
        fh.write("上下浮动,suffix,about,0.5,2.0,number,about,,test row\n")
    grammar = load_knowledge(data_copy).grammar
    [n] = find_numbers("增长5%上下浮动", grammar)
    assert n.suffix == "上下浮动"
    assert find_numbers("增长5%上下浮动", K.grammar)[0].suffix == "上下"   # the shipped data does not know it


def test_a_unit_added_to_the_data_file_is_read(data_copy):
    with (data_copy / "units.csv").open("a", encoding="utf-8") as fh:
        fh.write("千亿元,CNY,100000000000,千亿元,千亿元,100bn yuan\n")
    assert find_numbers("达到3.2千亿元", load_knowledge(data_copy).grammar)[0].unit == "千亿元"
    assert find_numbers("达到3.2千亿元", K.grammar)[0].unit == "other:千"


@pytest.mark.parametrize("file, bad_line, message", [
    ("units.csv", "亿元,CNY,1e8x,亿元,亿元,100m yuan", "factor '1e8x' is not a number"),
    ("units.csv", "亿元,CNY,inf,亿元,亿元,100m yuan", "not a finite"),
    ("hedges.csv", "左右,suffix,roughly,0.5,2,number,about,,x", "bound must be one of"),
    ("hedges.csv", "左右,suffix,about,half,2,number,about,,x", "tolerance_pp 'half' is not a number"),
    ("hedges.csv", "左右,suffix,about,0.5,2,number,about,yes,x", "stretch must be 1 or empty"),
])
def test_a_typo_in_a_rule_table_names_its_file_and_line(data_copy, file, bad_line, message):
    path = data_copy / file
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0], bad_line, *lines[1:]]) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_units(data_copy) if file == "units.csv" else read_hedges(data_copy)
    assert f"{file}: line 2" in str(err.value) and message in str(err.value)


def test_deleting_the_no_hedge_row_is_refused(data_copy):
    path = data_copy / "hedges.csv"
    path.write_text("\n".join(ln for ln in path.read_text(encoding="utf-8").splitlines()
                              if not ln.startswith(",none,exact")) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="no hedge"):
        load_knowledge(data_copy)


@pytest.mark.parametrize("qualifier, lang, expected", [
    ("左右", "en", "about"), ("以内", "en", "at most"), ("左右浮动", "en", "about"), ("负增长", "en", "negative growth"),
    ("左右", "zh", "左右"),
])
def test_hedge_labels_come_from_the_data(qualifier, lang, expected):
    assert qualifier_label(qualifier, lang) == expected


def test_unit_labels_come_from_the_data():
    assert (unit_label("亿美元", "en"), unit_label("pct", "zh")) == ("100m USD", "%")


@pytest.mark.parametrize("region, lang, expected", [
    ("福田区", "zh", "福田区2024年预期目标与完成情况"),
    ("福田区", "en", "Futian District 2024: targets and outcomes"),
    (None, "en", "Luohu District 2024: targets and outcomes"),
    ("涪城区", "en", "Fucheng District 2024: targets and outcomes"),   # a unit of the gazetteer: every place is known
    ("火星区", "en", "火星区 2024: targets and outcomes"),              # no place at all: as written
])
def test_the_cover_names_the_region_shown(region, lang, expected):
    fig = export.cover(2024, lang, None, "2026-12-01", region)
    assert any(expected in (a.text or "") for a in fig.layout.annotations)


def test_every_label_that_names_a_place_fills_it_from_the_data():
    assert t("app_title", "en") == place_names()["home_en"] + " Targets"
    assert "福田区" in t("source_line", "zh", region="福田区")


def test_an_indicator_measured_as_a_share_is_one_catalogue_row(data_copy):
    from etl.documents import documents_from_text
    from etl.extract.classify import extract_document

    with (data_copy / "indicators.csv").open("a", encoding="utf-8") as fh:
        fh.write("finance_share,finance_share,share,金融业占GDP比重,Finance share of GDP,pct,up,"
                 "金融业增加值占GDP比重|金融业占GDP比重,,,,比重|占比,test row\n")
    doc = documents_from_text(K, "罗湖区2022年政府工作报告\n一、2021年工作回顾\n金融业增加值占GDP比重达28.5%。", "x.txt")[0]
    found = [(r["indicator"], r["year"], r["value"]) for r in extract_document(doc, load_knowledge(data_copy))]
    assert found == [("finance_share", 2021, 28.5)]
    assert not extract_document(doc, load_knowledge())   # the shipped catalogue does not know it


def test_the_english_scorecard_says_negative_growth_in_english(built_db):
    from components import charts, reads
    from etl.store import queries

    reader = queries.Reader(built_db)
    tva = reader.call(queries.target_vs_actual, region=reader.call(queries.default_region))
    lo, hi = reader.call(queries.year_range)
    text = str(charts.scorecard(tva, reads.indicators(reader), "en", lo, hi).to_plotly_json())
    assert "negative growth" in text and "负增长" not in text.split("hovertext")[0]
