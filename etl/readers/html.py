"""Saved web pages: the page's title, date and address from its head, and its text without tags,
scripts, styles, menus and footers. Every scan is linear in the page's size."""

from __future__ import annotations

import html
import re

_META = [
    ("title", re.compile(r"(?is)<title[^>]*>(.{1,300}?)</title>")),
    ("date", re.compile(r"(?is)<meta[^>]{0,200}?(?:name|property)=[\"'](?:article:published_time|pubdate|publishdate|"
                        r"PubDate|og:release_date|dc\.date)[\"'][^>]{0,200}?content=[\"']([^\"']{8,40})[\"']")),
    ("source_url", re.compile(r"(?is)<link[^>]{0,200}?rel=[\"']canonical[\"'][^>]{0,200}?href=[\"']([^\"']{8,500})[\"']")),
]


def html_meta(raw: str) -> dict[str, str]:
    """A saved page's title, publish date and canonical address, for the sidecar fields a person did
    not fill. Looked for in the page's head (its first 64 kB) only: linear and bounded."""
    head = raw[:65536]
    found = {}
    for key, pattern in _META:
        m = pattern.search(head)
        if m:
            value = html.unescape(re.sub(r"\s+", " ", m.group(1))).strip()
            if value:
                found[key] = value[:500]
    if "date" in found:
        found["date"] = found["date"][:10]
    return found


_BLOCK_TAGS = re.compile(r"(?i)<\s*/?\s*(?:p|div|br|li|tr|h[1-6]|section|article|table|ul|ol)\b[^>]*>")
_SCRIPT_OPEN = re.compile(r"<(script|style|nav|footer|aside|noscript|form)\b")
_CHROME = {"nav", "footer", "aside", "noscript", "form"}   # a saved page's menus, footers, widgets: not the article
_TAG = re.compile(r"<[A-Za-z/!][^<>]*>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]{2,8});")


def _drop_scripts(text: str) -> str:
    """Remove <script>…</script> and <style>…</style> in one forward pass (an unclosed one runs to the
    end), and a saved page's menus, footers and widgets (<nav>, <footer>, <aside>, <form>): linear
    in the text, where a lazy regex rescans the rest of the text for each opening."""
    low = text.lower()
    out, pos = [], 0
    for m in _SCRIPT_OPEN.finditer(low):
        if m.start() < pos:
            continue
        out.append(text[pos:m.start()])
        close = low.find("</" + m.group(1), m.end())
        end = low.find(">", close) if close >= 0 else -1
        if end < 0 and m.group(1) in _CHROME:   # an unclosed menu or footer: drop the tag, keep the text
            tag_end = low.find(">", m.end())
            pos = len(text) if tag_end < 0 else tag_end + 1
            continue
        pos = len(text) if end < 0 else end + 1
        if pos >= len(text):
            break
    out.append(text[pos:])
    return "".join(out)


def strip_html(text: str) -> str:
    """Remove tags (block tags become line breaks) and decode entities, until nothing changes."""
    for _ in range(5):
        if not (_TAG.search(text) or _ENTITY.search(text)):
            break
        new = _drop_scripts(text)
        new = _BLOCK_TAGS.sub("\n", new)
        new = _TAG.sub("", new)
        new = html.unescape(new)
        if new == text:
            break
        text = new
    return text
