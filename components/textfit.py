"""How wide a line of text is drawn, and text broken into lines that fit a width, for the places where
an export must fit text into a box it cannot grow: a table cell of a PDF page, a chart's source line,
a scorecard cell. Pure: the widths are the fonts' advance widths, held here, never read from a file.

Latin text is drawn in Liberation Sans (the metrics of Arial), Chinese in WenQuanYi Micro Hei, one em
per ideograph (components/charts.py, FONT). A character of neither table counts one em: an estimate
that errs wide, so a line that fits here fits on the page."""

from __future__ import annotations

import re
import unicodedata

# Liberation Sans advance widths, in 1/1000 em, of the printable ASCII characters (32-126)
_ASCII = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,      # space - /
          *[556] * 10, 278, 278, 584, 584, 584, 556,                                          # 0-9 : ; < = > ?
          1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,      # @ A-O
          667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,       # P-Z [ \ ] ^ _
          333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,       # ` a-o
          556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]            # p-z { | } ~
_OTHER = {"·": 278, "×": 584, "−": 584, "±": 584, "–": 556, "“": 333, "”": 333, "‘": 222, "’": 222, "°": 400,
          "√": 549, "μ": 576, "³": 333, "²": 333, "\u00a0": 278}
BOLD = 1.1          # Liberation Sans Bold is at most this much wider than the regular face
# where a line may break when it must: after a space or a separator, after '/' and before '?', '&',
# '=', '#' or a '%' escape of a web address, and on either side of an ideograph
_SPACE_BREAK = re.compile(r"(?<=[ ;])")
_URL_BREAK = re.compile(r"(?<=[/,_\-.])(?=[^/])|(?=[?&=#%])")


def char_width(ch: str) -> int:
    """A character's advance width in 1/1000 em."""
    code = ord(ch)
    if 32 <= code <= 126:
        return _ASCII[code - 32]
    return _OTHER.get(ch, 1000)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width in pixels of one line of `text` drawn at `size` pixels."""
    return sum(char_width(c) for c in text) * size / 1000 * (BOLD if bold else 1)


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


_CLOSING = set(",.:;!?)]}%\u3001\u3002\uff0c\uff1a\uff1b\uff01\uff1f\uff09\u300b\u300d\u300f\u3011\u201d\u2019")
_OPENING = set("([{\uff08\u300a\u300c\u300e\u3010\u201c\u2018")


def _pieces(text: str) -> list[str]:
    """The text cut at every place a line may break; joined again they give the text. No line of
    Chinese starts with a closing mark (,。)) and no line ends with an opening one ((“)."""
    cut: list[str] = []
    for part in _SPACE_BREAK.split(text):
        for piece in _URL_BREAK.split(part) if "/" in part or "?" in part or "&" in part else [part]:
            cut += re.split(r"(?<=[\u2e80-\uffef])|(?=[\u2e80-\uffef])", piece) \
                if any(_is_wide(c) for c in piece) else [piece]
    out: list[str] = []
    for piece in (p for p in cut if p):
        closes = piece[0] in _CLOSING and (_is_wide(piece[0]) or _is_wide(out[-1][-1])) if out else False
        if out and (closes or out[-1][-1] in _OPENING):
            out[-1] += piece
        else:
            out.append(piece)
    return out


def wrap_width(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """`text` as lines that each fit `width` pixels at `size` pixels, broken where a line may break
    (spaces, separators, the slashes and marks of a web address, beside an ideograph) and, for a word
    longer than a whole line, inside it. Explicit newlines are kept. Nothing is dropped: the lines,
    joined, give the text back (up to the spaces at the breaks)."""
    lines: list[str] = []
    for paragraph in str(text).split("\n"):
        line = ""
        for piece in _pieces(paragraph):
            if text_width(line + piece.rstrip(), size, bold) <= width:
                line += piece
                continue
            if line.strip():
                lines.append(line.rstrip())
            line = piece.lstrip()
            while text_width(line.rstrip(), size, bold) > width and len(line) > 1:   # a word wider than a line
                cut = _longest_fit(line, width, size, bold)
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line.rstrip())
    return lines


def _longest_fit(word: str, width: float, size: float, bold: bool) -> int:
    used, n = 0.0, 0
    for n, ch in enumerate(word):
        used += char_width(ch) * size / 1000 * (BOLD if bold else 1)
        if used > width:
            return max(n, 1)
    return len(word)


def fits(lines: list[str], width: float, size: float, bold: bool = False) -> bool:
    return all(text_width(line, size, bold) <= width for line in lines)
