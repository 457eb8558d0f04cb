"""The briefing pack as an editable PowerPoint deck (python-pptx): a cover, the scorecard (a picture
with alt text), one slide per indicator with a native line chart that carries its numbers (outcomes,
and targets marked by their hedge), a native table of targets against outcomes, and sources slides.
Staff can restyle a chart or correct a number in PowerPoint or WPS."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from components import palette
from components.i18n import t
from components.palette import pptx_rgb

SLIDE_W, SLIDE_H = 12192000, 6858000       # 16:9 in EMU
# the palette's colours as python-pptx takes them
INK, MUTED, OUTCOME_RGB, TARGET_RGB = (pptx_rgb(c) for c in (palette.INK, palette.MUTED, palette.OUTCOME, palette.TARGET))
MAX_SOURCE_LINES = 14
FOOTER_TEXT = (880, 10)          # an indicator slide's footer: width and font size, pt
FOOTER_SOURCE_LINES = 3         # lines of it the source line may take (the notes take the rest)


@dataclass
class IndicatorSlide:
    key: str
    title: str                      # the indicator's name and unit
    years: list[int]
    outcomes: list[float | None]    # one per year, in the slide's unit; None: none stated
    targets: list[float | None]
    target_labels: list[str]        # the target as stated, hedge included ("6%左右"), '' where none
    target_bounds: list[str | None]  # floor | ceiling | about | exact (marker shape)
    notes: list[str] = field(default_factory=list)   # what is not on the chart, the series note
    source_line: str = ""


def _text(slide, text: str, left, top, width, height, size: int = 14, bold: bool = False, color: str = INK):
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    for i, line in enumerate(text.split("\n")):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = para.add_run()
        run.text = line
        run.font.size, run.font.bold = Pt(size), bold
        run.font.color.rgb = RGBColor.from_string(color)
    return box


def _marker_style(bound: str | None):
    from pptx.enum.chart import XL_MARKER_STYLE

    return {"floor": XL_MARKER_STYLE.TRIANGLE, "ceiling": XL_MARKER_STYLE.DASH, "about": XL_MARKER_STYLE.CIRCLE
            }.get(bound or "", XL_MARKER_STYLE.DIAMOND)


def _indicator_slide(deck, s: IndicatorSlide, lang: str) -> None:
    from pptx.chart.data import CategoryChartData
    from pptx.dml.color import RGBColor
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_MARKER_STYLE
    from pptx.util import Emu, Pt

    slide = deck.slides.add_slide(deck.slide_layouts[6])
    _text(slide, s.title, Emu(450000), Emu(250000), Emu(SLIDE_W - 900000), Emu(600000), size=26, bold=True)
    data = CategoryChartData()
    data.categories = [str(y) for y in s.years]
    data.add_series(t("outcome", lang), s.outcomes)
    data.add_series(t("target", lang), s.targets)
    frame = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, Emu(450000), Emu(900000), Emu(SLIDE_W - 900000),
                                   Emu(SLIDE_H - 2000000), data)
    frame.name = f"chart-{s.key}"
    chart = frame.chart
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.TOP
    chart.legend.include_in_layout = False
    chart.font.size = Pt(12)
    outcome, target = chart.plots[0].series
    outcome.format.line.color.rgb = RGBColor.from_string(OUTCOME_RGB)
    outcome.format.line.width = Pt(2.5)
    outcome.marker.style = XL_MARKER_STYLE.CIRCLE
    outcome.marker.format.fill.solid()
    outcome.marker.format.fill.fore_color.rgb = RGBColor.from_string(OUTCOME_RGB)
    outcome.smooth = False
    target.format.line.fill.background()          # targets are marks, not a line
    target.marker.size = 10
    target.marker.format.fill.solid()
    target.marker.format.fill.fore_color.rgb = RGBColor.from_string(TARGET_RGB)
    for i, (label, bound) in enumerate(zip(s.target_labels, s.target_bounds, strict=True)):
        if not label:
            continue
        point = target.points[i]
        point.marker.style = _marker_style(bound)
        point.marker.size = 11
        point.data_label.has_text_frame = True
        point.data_label.text_frame.text = label
        point.data_label.font.size = Pt(10)
        point.data_label.font.color.rgb = RGBColor.from_string(TARGET_RGB)
    foot = "\n".join([*s.notes, s.source_line])
    _text(slide, foot, Emu(450000), Emu(SLIDE_H - 1050000), Emu(SLIDE_W - 900000), Emu(900000), size=10, color=MUTED)


def _table_slide(deck, title: str, header: list[str], rows: list[list[str]], widths: list[float]) -> None:
    from pptx.util import Emu, Pt

    slide = deck.slides.add_slide(deck.slide_layouts[6])
    _text(slide, title, Emu(450000), Emu(250000), Emu(SLIDE_W - 900000), Emu(600000), size=24, bold=True)
    shape = slide.shapes.add_table(len(rows) + 1, len(header), Emu(450000), Emu(950000), Emu(SLIDE_W - 900000),
                                   Emu(min(SLIDE_H - 1300000, 380000 * (len(rows) + 1))))
    shape.name = "table"
    table = shape.table
    total = sum(widths)
    for j, w in enumerate(widths):
        table.columns[j].width = Emu(int((SLIDE_W - 900000) * w / total))
    for j, h in enumerate(header):
        table.cell(0, j).text = h
    for i, row in enumerate(rows, start=1):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    for cell in (table.cell(i, j) for i in range(len(rows) + 1) for j in range(len(header))):
        for para in cell.text_frame.paragraphs:
            for run in para.runs:
                run.font.size = Pt(11)


def deck(cover_title: str, cover_lines: list[str], scorecard_png: bytes | None, scorecard_alt: str,
         indicators: list[IndicatorSlide], table_header: list[str], table_rows: list[list[str]],
         sources_header: list[str], source_rows: list[list[str]], lang: str, progress=None,
         images: list[tuple[str, bytes, str]] = ()) -> bytes:
    from pptx import Presentation
    from pptx.util import Emu

    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(SLIDE_W), Emu(SLIDE_H)
    cover = prs.slides.add_slide(prs.slide_layouts[6])
    _text(cover, cover_title, Emu(700000), Emu(2300000), Emu(SLIDE_W - 1400000), Emu(1000000), size=36, bold=True,
          color=OUTCOME_RGB)
    _text(cover, "\n".join(cover_lines), Emu(700000), Emu(3400000), Emu(SLIDE_W - 1400000), Emu(1500000), size=16,
          color=MUTED)
    steps = len(indicators) + 3
    if scorecard_png:
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        pic = slide.shapes.add_picture(io.BytesIO(scorecard_png), 0, 0, width=prs.slide_width, height=prs.slide_height)
        pic.name = "scorecard"
        pic._element.nvPicPr.cNvPr.set("descr", scorecard_alt)      # alt text (python-pptx has no setter)
    if progress:
        progress(1, steps)
    for i, s in enumerate(indicators, start=2):
        _indicator_slide(prs, s, lang)
        if progress:
            progress(i, steps)
    for name, png, alt in images:   # charts without a native form (the cascade): a picture with its alt text
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        pic = slide.shapes.add_picture(io.BytesIO(png), 0, 0, width=prs.slide_width, height=prs.slide_height)
        pic.name = name
        pic._element.nvPicPr.cNvPr.set("descr", alt)
    _table_slide(prs, t("targets_and_outcomes", lang), table_header, table_rows, [2.2, 1.4, 1.4, 0.9, 1.0, 4.0])
    for start in range(0, max(len(source_rows), 1), MAX_SOURCE_LINES):
        part = source_rows[start:start + MAX_SOURCE_LINES]
        title = t("sources", lang) + (f" ({start // MAX_SOURCE_LINES + 1})" if len(source_rows) > MAX_SOURCE_LINES else "")
        _table_slide(prs, title, sources_header, part or [["—"] * len(sources_header)],
                     [1.5, 0.9, 0.7, 3.0, 4.0])   # indicator, place, kind, document, quote
    if progress:
        progress(steps, steps)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()
