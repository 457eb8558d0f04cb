"""The place selector and the comparison picker over every place of China: a page carries only the
place shown and the places with figures (a few dozen options, not thousands); typing asks the server
(`search`), which answers the closest places by their Chinese, short, English or pinyin names."""

from __future__ import annotations

from components import memo
from components.i18n import place_label
from etl.store import queries

# the most options a page or a search answer carries, and the longest text searched for
MAX_OPTIONS = 30
MAX_SEARCH = 40


def option(name: str, parent: str | None, lang: str, search: str = "") -> dict:
    """One option: the place in the page's language, its parent beside it (two 朝阳区 told apart), and
    the words the browser may filter it by (the text typed, so a pinyin search is not hidden)."""
    label = place_label(name, lang)
    if parent:
        label += " · " + place_label(parent, lang)
    return {"label": label, "value": name, "search": " ".join(w for w in (name, label, search) if w)}


def _parents(reader: queries.Reader) -> dict[str, str | None]:
    """Each place's parent by label, built once per database file."""
    def build():
        places = reader.call(queries.places)
        by_code = dict(zip(places["code"], places["name_zh"], strict=True))
        return {n: by_code.get(p) for n, p in zip(places["name_zh"], places["parent"], strict=True)}
    return memo.remember(reader, ("place_parents",), build)


def initial_options(reader: queries.Reader, shown: list[str], lang: str, exclude: str | None = None) -> list[dict]:
    """The places shown and the places with figures (at most MAX_OPTIONS), for a page as it is drawn;
    remembered per database file."""
    def build():
        parents = _parents(reader)
        names = list(dict.fromkeys([*shown, *reader.call(queries.regions)]))
        return [option(n, parents.get(n), lang) for n in names if n != exclude][:max(MAX_OPTIONS, len(shown))]
    return memo.remember(reader, ("place_options", tuple(shown), lang, exclude), build)


def search(reader: queries.Reader, text: object, keep: list[str], lang: str, with_data: bool = False,
           exclude: str | None = None) -> list[dict] | None:
    """The options for `text` typed into a picker, the places already chosen (`keep`) first; None when
    there is nothing to search for (the picker keeps what it has)."""
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_SEARCH:
        return None
    text = text.strip()
    found = reader.call(queries.find_places, text, MAX_OPTIONS, with_data)
    parents = _parents(reader)
    kept = [option(n, parents.get(n), lang) for n in keep if n in parents]
    hits = [option(n, p if isinstance(p, str) else None, lang, text)
            for n, p in zip(found["name_zh"], found["parent_zh"], strict=True)
            if n not in keep and n != exclude]
    return kept + hits
