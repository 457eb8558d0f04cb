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


_BLOCK_TAGS = re.compile(r"(?i)<\s*/?\s*(?:p|div|br|li|tr|h[1-6]|section|article|table|ul|ol)\b[^<>]*>")
_SCRIPT_OPEN = re.compile(r"<(script|style|nav|footer|aside|noscript|form)\b")
_CHROME = {"nav", "footer", "aside", "noscript", "form"}   # a saved page's menus, footers, widgets: not the article
_TAG = re.compile(r"<[A-Za-z/!][^<>]*>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]{2,8});")
# What a reader of the page never sees: templates, form controls, and elements hidden by an attribute
# or an inline style. Their text is not read (a figure in them would be published as the page's).
_ANY_TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)([^<>]*)>")
_HIDDEN_TAGS = {"template", "textarea", "select", "option", "datalist", "button"}
_HIDDEN_ATTRS = re.compile(r"(?:^|\s)hidden(?=[\s=/]|$)|aria-hidden\s*=\s*[\"']?\s*true"
                           r"|display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def _drop_hidden(text: str) -> str:
    """Remove hidden elements with what they hold, nested ones counted, in one pass over the tags (an
    unclosed hidden element runs to the end)."""
    out, pos, hidden, depth, start = [], 0, None, 0, 0
    for m in _ANY_TAG.finditer(text):
        closing, name, attrs = m.group(1), m.group(2).lower(), m.group(3)
        if hidden is None:
            if closing or name in _VOID or attrs.rstrip().endswith("/"):
                continue
            if name in _HIDDEN_TAGS or _HIDDEN_ATTRS.search(attrs):
                hidden, depth, start = name, 1, m.start()
            continue
        if name != hidden or (not closing and (attrs.rstrip().endswith("/"))):
            continue
        depth += -1 if closing else 1
        if depth == 0:
            out.append(text[pos:start])
            pos, hidden = m.end(), None
    out.append(text[pos:start] if hidden is not None else text[pos:])
    return "".join(out)


def _drop_scripts(text: str) -> str:
    """Remove <script>…</script> and <style>…</style> in one forward pass (an unclosed one runs to the
    end), and a saved page's menus, footers and widgets (<nav>, <footer>, <aside>, <form>): linear
    in the text (where each close and '>' is looked for once, not again for every opening)."""
    low = text.lower()
    out, pos = [], 0
    closes: dict[str, int] = {}    # tag -> where its next closing tag starts (-1: none to the end)
    next_gt = [-2]                 # where the next '>' is, after the last look

    def find_close(name: str, at: int) -> int:
        if name not in closes or (0 <= closes[name] < at):
            closes[name] = low.find("</" + name, at)
        return closes[name]

    def find_gt(at: int) -> int:
        if next_gt[0] == -2 or (0 <= next_gt[0] < at):
            next_gt[0] = low.find(">", at)
        return next_gt[0]
    for m in _SCRIPT_OPEN.finditer(low):
        if m.start() < pos:
            continue
        out.append(text[pos:m.start()])
        close = find_close(m.group(1), m.end())
        end = find_gt(close) if close >= 0 else -1
        if end < 0 and m.group(1) in _CHROME:   # an unclosed menu or footer: drop the tag, keep the text
            tag_end = find_gt(m.end())
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
        new = _drop_scripts(_drop_hidden(text))
        new = _BLOCK_TAGS.sub("\n", new)
        new = _TAG.sub("", new)
        new = html.unescape(new)
        if new == text:
            break
        text = new
    return text
