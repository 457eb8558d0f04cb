"""Every colour of the app, in one place: the charts (screen and exports), the PowerPoint deck, the
tables and, as CSS variables written into each page's head at app start (`css_variables`), the
stylesheet (assets/style.css uses only `var(--…)`). Change a colour here and it changes everywhere."""

from __future__ import annotations

# a verdict's colour: scorecard cells, dots, badges, table cells
STATUS_COLORS = {
    "exceeded": "#1b7837",
    "met": "#7fbf7b",
    "missed": "#c2382f",
    "no outcome": "#9fb3c8",
    "not assessed": "#c9b8e0",   # not the grey of "no target": a verdict withheld is not a missing target
    "no target": "#dcdcdc",      # an outcome on record, but no target to judge it by
    "no data": "#ffffff",        # neither a target nor an outcome: an empty cell
}
NO_STATUS_BADGE = "#eee"     # a badge whose status has no colour
NO_STATUS_CELL = "#fff"      # a table cell whose status has no colour
MET_RIM = "#2d6a2d"          # the rim of a "met" dot in the gap panel

# the two series of every chart: outcomes (also the app's accent colour) and targets
OUTCOME = "#1f3b73"
TARGET = "#d9822b"
TARGET_FILL = "rgba(217,130,43,0.18)"         # a target range's band
TARGET_FILL_LIGHT = "rgba(217,130,43,0.10)"   # the tolerance of a target "about" a number
OTHER = "#8c8c8c"            # other statements of a figure
CONFLICT = "#c2382f"         # ... that disagree with the one used
OTHER_UNIT = "#2a9d8f"       # figures in another unit, on the right-hand axis

# series of several lines: the chart template's, the districts compared, the levels of a cascade
COLORWAY = [OUTCOME, TARGET, "#2a9d8f", "#8e44ad", "#c2382f", "#6c757d"]
REGION_COLORS = [OUTCOME, "#2a9d8f", "#8e44ad", "#c2382f", "#e9a23b", "#3d5a80", "#6c757d", "#52796f"]
LEVEL_COLOR = {"province": "#8e44ad", "city": "#2a9d8f", "district": OUTCOME}

# text and lines
INK = "#222"                 # text
COVER_TEXT = "#444"          # the lines of a pack's cover
SUBTLE = "#555"              # subtitles and notes under a chart
MUTED = "#666"               # source lines, hints
FAINT = "#777"               # words standing in for a chart, small labels
OUTLINE = "#333"             # the rim of an outcome's dot
ZERO_LINE = "#888"           # the gap panel's zero line
REFERENCE = "#999"           # reference lines, marks of years not judged
CONNECTOR = "#bbb"           # target → outcome lines, legend swatches' rims, the level chart's zero line
AXIS_LINE = "#cfcfcf"
GRID = "#ebebeb"
LABEL_BACKGROUND = "rgba(255,255,255,0.85)"
HEADER_FILL = "#eef2f8"      # table headers in exports; a hovered link on screen

# the screen only (assets/style.css)
PAGE = "#fafafa"
LINE = "#e4e4e4"
QUOTE_FILL = "#fffaf3"
MARK = "#ffe3b3"             # a figure in the document reader
MARK_NESTED = "#f7d58b"      # ... inside another figure
MARK_FLASH = "#ffb347"       # ... that an address points to, as it flashes
NOTICE_FILL = "#fff8e1"
NOTICE_LINE = "#f0d98c"

CSS_VARIABLES = {
    "ink": INK, "muted": MUTED, "line": LINE, "accent": OUTCOME, "target": TARGET, "page": PAGE,
    "hover": HEADER_FILL, "quote": QUOTE_FILL, "mark": MARK, "mark-nested": MARK_NESTED, "mark-flash": MARK_FLASH,
    "notice": NOTICE_FILL, "notice-line": NOTICE_LINE,
    **{"status-" + status.replace(" ", "-"): color for status, color in STATUS_COLORS.items()},
}


def css_variables() -> str:
    """The palette as CSS custom properties (`:root { --ink: #222; … }`), for the page's head."""
    return ":root { " + " ".join(f"--{name}: {value};" for name, value in CSS_VARIABLES.items()) + " }"


def pptx_rgb(color: str) -> str:
    """'#1f3b73' -> '1F3B73', '#222' -> '222222': a colour as python-pptx's RGBColor.from_string takes it."""
    digits = color.lstrip("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return digits.upper()
