"""One language per page (issue 24): every page, in Chinese and in English, read as a person sees it
(text of the page and of its charts, the open pickers' options, a clicked point's panel), shows no
word of the other language, except what is shown in its own script on purpose: a source's quote and
text, a document's title, a place with no name in the page's language, and the language switch.
Those are marked in the page (an element with a `lang` of the other language, a `verbatim` grid
cell, a `code` identifier); document titles are also recognised by the database's own titles."""

import re

import duckdb
import pytest
from playwright.sync_api import expect

LONG = 20000
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
URL = re.compile(r"(https?://|www\.)\S+")
IDENTIFIER = re.compile(r"\S*[_#/]\S*|\S+\.(?:txt|pdf|html?|docx|mhtml)\b|\b[0-9a-f]{8,}\b")   # keys, ids, files
# words a Chinese page may hold: units and names written in Latin letters, and file formats on buttons
ZH_PAGE_WORDS = {"GDP", "PM", "PNG", "SVG", "PDF", "CSV", "XLSX", "PPTX", "ZIP", "Excel", "Word", "OCR", "pct"}

# what a person reads: text nodes of the page and of its SVG charts, visible, outside the parts
# shown in their own script on purpose (marked with a lang of the other language, .verbatim, code)
VISIBLE_TEXT = r"""(pageLang) => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    const text = node.textContent.trim();
    if (!text || !el || el.closest('script, style, [hidden], .hoverlayer, code, blockquote, q, .verbatim')) continue;
    const own = el.closest('[lang]');
    if (own && !own.getAttribute('lang').startsWith(pageLang)) continue;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if ((box.width === 0 && box.height === 0) || style.visibility === 'hidden' || style.display === 'none') continue;
    out.push(text);
  }
  document.querySelectorAll('.modebar-btn[data-title]').forEach(b => out.push(b.getAttribute('data-title')));
  return out;
}"""


@pytest.fixture(scope="module")
def own_script_texts(built_db):
    """The texts shown in their own script wherever they appear: the titles of the documents and web
    pages, longest first (a title inside another is removed after it)."""
    con = duckdb.connect(str(built_db), read_only=True)
    try:
        titles = {r[0] for r in con.execute("select title from documents where title is not null "
                                            "union select source_title from observation_sources "
                                            "where source_title is not null").fetchall()}
    finally:
        con.close()
    return sorted(titles, key=len, reverse=True)


@pytest.fixture(scope="module")
def addresses(built_db):
    """Every page, a document in the reader and a point's panel (the address a click on it gives)."""
    con = duckdb.connect(str(built_db), read_only=True)
    try:
        doc = con.execute("select doc_id from documents order by doc_id limit 1").fetchone()[0]
        obs = con.execute("select obs_id from observations where indicator = 'gdp_growth' and kind = 'actual' "
                          "and doc_id is not null order by year desc limit 1").fetchone()[0]
    finally:
        con.close()
    return ["/", "/indicator?i=gdp_growth", f"/indicator?i=gdp_growth&obs={obs}", "/indicator?i=gdp&cmp=南山区",
            "/year?y=2024", "/cascade?y=2019", "/sources", f"/sources?doc={doc.replace('#', '%23')}", "/data", "/review"]


def foreign_words(texts: list[str], lang: str, titles: list[str]) -> list[str]:
    """The pieces of `texts` in the other language than `lang` (titles taken out first)."""
    found = []
    for text in texts:
        for title in titles:
            text = text.replace(title, " ")
        if lang == "en":
            found += [text] if HAN.search(text) else []
        else:
            rest = IDENTIFIER.sub(" ", URL.sub(" ", text))
            found += [w for w in LATIN_WORD.findall(rest) if w not in ZH_PAGE_WORDS]
    return found


@pytest.mark.parametrize("text, lang, expected", [
    ("差距 +0.6pp", "zh", ["pp"]), ("差距 +0.6百分点", "zh", []), ("District 罗湖区", "en", ["District 罗湖区"]),
    ("下载Excel · PNG", "zh", []), ("fiscal_revenue 2017 actual 97.6", "zh", ["actual"]),
    ("https://www.szlh.gov.cn/a_b.html", "zh", []), ("Luohu District", "en", []),
])
def test_the_check_finds_the_other_language(text, lang, expected):
    assert foreign_words([text], lang, []) == expected


def _open_pickers(page) -> list[str]:
    """The options of the place selector and of the comparison picker, as their lists show them."""
    texts = []
    for picker in ("#region-select", "#indicator-compare"):
        if not page.locator(picker).count():
            continue
        page.locator(picker).click()
        options = page.locator(".dash-dropdown-option")
        expect(options.first).to_be_visible(timeout=LONG)
        texts += options.all_inner_texts()
        page.keyboard.press("Escape")
    return texts


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_speaks_one_language(page, app_url, addresses, own_script_texts, lang):
    leaks = {}
    for path in addresses:
        page.goto(app_url + path + ("&" if "?" in path else "?") + f"lang={lang}")
        expect(page.locator("main").first).to_be_visible(timeout=LONG)
        page.wait_for_load_state("networkidle")
        if "/indicator" in path or path == "/":
            expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible(timeout=LONG)
        if "obs=" in path:
            expect(page.locator("#panel-quote")).to_be_visible(timeout=LONG)
        page.wait_for_timeout(500)
        texts = page.evaluate(VISIBLE_TEXT, "zh" if lang == "zh" else "en")
        if path == "/indicator?i=gdp_growth":
            texts += _open_pickers(page)
        found = foreign_words(texts, lang, own_script_texts)
        if found:
            leaks[path] = sorted(set(found))[:12]
    assert not leaks, leaks
