"""Every place of China can be chosen: the database holds every unit of the gazetteer keyed by its
code, a page carries only a few options, and typing part of a name (Chinese, English or pinyin)
finds the place; a place without reports says so and never shows the home district's figures."""

from __future__ import annotations

import json

import pytest

from components import pages, place_picker
from etl.store import queries


@pytest.fixture(scope="module")
def reader(built_db):
    return queries.Reader(built_db)


def labels(options) -> list[str]:
    return [o["value"] for o in options]


def test_the_database_keys_every_place_by_its_code(reader):
    places = reader.call(queries.places)
    assert len(places) > 3000 and places["code"].is_unique and places["name_zh"].is_unique
    with reader.cursor() as cur:
        missing = cur.execute("select count(*) from observations where region_code is null").fetchone()[0]
        luohu = cur.execute("select distinct region_code from observations where region = '罗湖区'").fetchall()
    assert missing == 0 and luohu == [("440303",)]


@pytest.mark.parametrize("typed, first", [
    ("雁塔", "雁塔区"),          # a short Chinese name
    ("雁塔区", "雁塔区"),
    ("yanta", "雁塔区"),         # pinyin: a whole name before 烟台 (yantai), which only starts with it
    ("Yanta District", "雁塔区"),
    ("西安", "西安市"),          # a city before the districts named 西安区 elsewhere
    ("xian", "西安市"),
    ("luohu", "罗湖区"),
    ("610113", "雁塔区"),        # its code
])
def test_typing_part_of_a_name_finds_the_place_first(reader, typed, first):
    assert labels(place_picker.search(reader, typed, [], "zh"))[0] == first


def test_namesakes_are_told_apart_by_their_parent(reader):
    found = place_picker.search(reader, "朝阳区", [], "zh")
    assert {"北京市朝阳区", "长春市朝阳区"} <= set(labels(found))
    assert any(o["label"] == "长春市朝阳区 · 长春市" for o in found)


def test_english_options_are_in_english_and_keep_what_was_typed_for_the_browser_filter(reader):
    option = place_picker.search(reader, "yanta", [], "en")[0]
    assert option["label"] == "Yanta District · Xi'an City" and "yanta" in option["search"]


@pytest.mark.parametrize("typed", [None, "", "   ", 7, ["雁塔"], "雁" * 41])
def test_nothing_to_search_for_keeps_the_options(reader, typed):
    assert place_picker.search(reader, typed, [], "zh") is None


@pytest.mark.parametrize("typed", ["%", "_", "'; drop table places; --", "\\", "火星"])
def test_odd_text_finds_nothing_and_harms_nothing(reader, typed):
    assert place_picker.search(reader, typed, [], "zh") == []
    assert len(reader.call(queries.places)) > 3000


def test_the_comparison_picker_offers_only_places_with_figures(reader):
    with_data = set(reader.call(queries.regions))
    found = place_picker.search(reader, "区", [], "zh", with_data=True, exclude="罗湖区")
    assert found and set(labels(found)) <= with_data and "罗湖区" not in labels(found)


def test_the_places_chosen_stay_among_the_options(reader):
    assert labels(place_picker.search(reader, "yanta", ["福田区"], "zh"))[:2] == ["福田区", "雁塔区"]


def test_a_page_carries_a_few_options_not_every_place(reader):
    body = json.dumps(pages.render_page(reader, "/", "?region=雁塔区"),
                      default=lambda o: o.to_plotly_json() if hasattr(o, "to_plotly_json") else str(o), ensure_ascii=False)
    assert body.count('"search"') <= place_picker.MAX_OPTIONS and "雁塔区 · 西安市" in body


def strings(component) -> str:
    out = []

    def walk(c):
        if isinstance(c, str):
            out.append(c)
        elif isinstance(c, list | tuple):
            for x in c:
                walk(x)
        elif hasattr(c, "children"):
            walk(c.children)
    walk(component)
    return " | ".join(out)


@pytest.mark.parametrize("path", ["/", "/indicator", "/year", "/data"])
@pytest.mark.parametrize("lang, words", [("zh", "还没有雁塔区的报告"), ("en", "No report of Yanta District")])
def test_a_place_without_reports_says_so_and_shows_no_other_places_figures(reader, path, lang, words):
    shown = strings(pages.render_page(reader, path, f"?region=雁塔区&lang={lang}"))
    home = strings(pages.render_page(reader, path, f"?lang={lang}"))
    assert words in shown and words not in home
    assert "unknown region" not in shown


def test_a_place_that_is_no_unit_is_refused(reader):
    assert "unknown region" in strings(pages.render_page(reader, "/", "?region=火星区"))
