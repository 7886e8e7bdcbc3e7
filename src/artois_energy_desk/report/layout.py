"""A4 pages of a sheet, composed as matplotlib Figures, and their PDF export.

Why matplotlib as the layout engine: the charts are matplotlib already, a page that is
a ``Figure`` is drawn by the very same code on the screen (Agg, see
:func:`render_page`), on a printer (the Agg image at printer resolution, see
``gui/printing.py``) and in a PDF (vector, :func:`write_pdf`), and no other
dependency is needed. The composer flows the blocks of a
:class:`~artois_energy_desk.report.content.Sheet` down the page, breaking pages between
lines and table rows, and numbers the pages when the sheet is complete.

The PDF uses the standard Helvetica font (one of the 14 fonts every PDF reader and
printer provides, so nothing is embedded): text stays selectable and extractable, and
writing a page is about ten times faster than with an embedded TrueType font
(measured: 0.045 s against 0.40 s for a page of 7 500 characters), which is what makes
a hundred roof sheets fit in the time budget. Its WinAnsi encoding lacks the narrow
no-break space, so the printed thousands separator is a no-break space
(:func:`~artois_energy_desk.report.formatting.printable`). On screen and paper the
same pages are drawn with DejaVu Sans, a little wider; wrapping widths leave room.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

import matplotlib
import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from artois_energy_desk.report.content import (
    Charts,
    KeyValues,
    Paragraph,
    Section,
    Sheet,
    Table,
)
from artois_energy_desk.report.figures import draw_chart
from artois_energy_desk.report.formatting import printable
from artois_energy_desk.report.output import render_page, write_pdf
from artois_energy_desk.report.templates import text
from artois_energy_desk.report.text_batch import TextBatch

__all__ = ["A4_MM", "compose", "compose_all", "render_page", "write_pdf"]

#: Page size, portrait [mm].
A4_MM = (210.0, 297.0)
_MM_PER_PT = 25.4 / 72.0
_MM_PER_IN = 25.4
_LEFT, _RIGHT, _TOP, _BOTTOM = 16.0, 16.0, 16.0, 16.0
_WIDTH = A4_MM[0] - _LEFT - _RIGHT
#: Mean glyph width of Helvetica / DejaVu text as a share of the font size, for
#: wrapping (0.5 em for Helvetica mixed text, rounded up for DejaVu on screen).
_EM_PER_CHAR = 0.56
_LINE = 1.3
#: Height of capitals above the baseline as a share of the font size (Helvetica 0.72).
_ASCENT = 0.78
_BODY, _SMALL, _HEADING, _TITLE = 8.5, 7.0, 11.0, 14.0
_ACCENT = "#1d4e89"
_WARNING = "#9b2226"
#: Left margin of each chart kind inside its band, for its tick labels [mm].
_CHART_PAD_MM = {
    "tornado": 46.0,
    "bars": 40.0,
    "network_plan": 1.0,
    "monthly": 14.0,
    "payback": 17.0,
    "histogram": 13.0,
}
#: Settings while composing: fonts resolved at drawing time, no math text.
_COMPOSE_RC = {
    "font.family": "sans-serif",
    "text.parse_math": False,
    "axes.unicode_minus": False,
    "axes.titlesize": 8,
}


class _Composer:
    """Flow the blocks of one sheet down A4 pages."""

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.pages: list[Figure] = []
        self.y = 0.0
        self._new_page()
        self._title_block()

    # -- pages and primitives ------------------------------------------------------
    def _new_page(self) -> None:
        page = Figure(figsize=(A4_MM[0] / _MM_PER_IN, A4_MM[1] / _MM_PER_IN))
        self.batch = TextBatch()
        self.batch.set_zorder(3)
        page.add_artist(self.batch)
        self.pages.append(page)
        self.y = _TOP
        if len(self.pages) > 1:
            self._text(_LEFT, 9.0, self.sheet.title, _SMALL, colour="#555555")
            self.y = _TOP + 2.0

    @property
    def page(self) -> Figure:
        return self.pages[-1]

    def _room(self) -> float:
        return A4_MM[1] - _BOTTOM - self.y

    def _ensure(self, height_mm: float) -> None:
        if height_mm > self._room():
            self._new_page()

    def _text(
        self,
        x_mm: float,
        y_mm: float,
        content: str,
        size: float,
        *,
        weight: str = "normal",
        ha: str = "left",
        colour: str = "black",
        style: str = "normal",
    ) -> None:
        baseline_mm = y_mm + _ASCENT * size * _MM_PER_PT
        self.batch.add(
            x_mm / A4_MM[0],
            1.0 - baseline_mm / A4_MM[1],
            printable(content),
            size,
            weight=weight,
            style=style,
            colour=colour,
            right=ha == "right",
        )

    def _rule(self, y_mm: float, colour: str = _ACCENT, width: float = 0.6) -> None:
        y = 1.0 - y_mm / A4_MM[1]
        self.page.add_artist(
            matplotlib.lines.Line2D(
                [_LEFT / A4_MM[0], (A4_MM[0] - _RIGHT) / A4_MM[0]],
                [y, y],
                color=colour,
                linewidth=width,
            )
        )

    def _box(
        self, x_mm: float, y_mm: float, w_mm: float, h_mm: float, colour: str
    ) -> None:
        self.page.add_artist(
            Rectangle(
                (x_mm / A4_MM[0], 1.0 - (y_mm + h_mm) / A4_MM[1]),
                w_mm / A4_MM[0],
                h_mm / A4_MM[1],
                facecolor=colour,
                edgecolor="none",
                transform=self.page.transFigure,
                zorder=0,
            )
        )

    # -- blocks ----------------------------------------------------------------
    def _title_block(self) -> None:
        self._text(
            _LEFT, self.y, self.sheet.title, _TITLE, weight="bold", colour=_ACCENT
        )
        self.y += _line(_TITLE) + 1.0
        self._text(_LEFT, self.y, self.sheet.subtitle, _BODY + 1)
        self.y += _line(_BODY + 1) + 1.5
        self._rule(self.y, width=1.0)
        self.y += 4.0

    def section(self, section: Section) -> None:
        self._ensure(_line(_HEADING) + 30.0)
        self._text(
            _LEFT, self.y, section.title, _HEADING, weight="bold", colour=_ACCENT
        )
        self.y += _line(_HEADING)
        self._rule(self.y, width=0.4)
        self.y += 2.5
        for block in section.blocks:
            getattr(self, f"_{type(block).__name__.lower()}")(block)
        self.y += 3.0

    def _paragraph(self, block: Paragraph) -> None:
        size = _SMALL if block.style in ("note",) else _BODY
        if block.style == "subtitle":
            self._ensure(_line(size) + 15.0)  # keep a heading with what follows
        weight = (
            "bold" if block.style in ("warning", "verdict", "subtitle") else "normal"
        )
        colour = _WARNING if block.style == "warning" else "black"
        style = "italic" if block.style == "note" else "normal"
        for line in _wrap(block.text, _WIDTH, size):
            self._ensure(_line(size))
            self._text(
                _LEFT, self.y, line, size, weight=weight, colour=colour, style=style
            )
            self.y += _line(size)
        self.y += 1.5

    def _keyvalues(self, block: KeyValues) -> None:
        column_w = _WIDTH / block.columns
        label_w = min(72.0, 0.55 * column_w) if block.columns == 1 else 0.55 * column_w
        rows = list(block.rows)
        per_column = -(-len(rows) // block.columns)
        heights = []
        for start in range(0, len(rows), per_column):
            chunk = rows[start : start + per_column]
            heights.append(
                sum(
                    _line(_BODY) * len(_wrap(v, column_w - label_w - 2, _BODY))
                    for _, v in chunk
                )
            )
        self._ensure(min(max(heights, default=0.0), 60.0))
        top = self.y
        bottom = top
        for index, start in enumerate(range(0, len(rows), per_column)):
            self.y = top
            x = _LEFT + index * column_w
            for label, value in rows[start : start + per_column]:
                lines = _wrap(value, column_w - label_w - 2, _BODY)
                self._ensure(_line(_BODY) * len(lines))
                self._text(x, self.y, label, _BODY, colour="#333333")
                for line in lines:
                    self._text(x + label_w, self.y, line, _BODY, weight="bold")
                    self.y += _line(_BODY)
            bottom = max(bottom, self.y)
        self.y = bottom + 1.5

    def _table(self, block: Table) -> None:
        widths = np.asarray(block.widths, dtype=float)
        widths = widths / widths.sum() * _WIDTH
        lefts = _LEFT + np.concatenate([[0.0], np.cumsum(widths)[:-1]])
        size = block.font_size
        self._ensure(3 * _line(size) + 2)
        self._table_header(block, lefts, widths)
        for index, row in enumerate(block.rows):
            cells = [
                _cell_lines(c, w - 1.5, size, block.wrap)
                for c, w in zip(row, widths, strict=True)
            ]
            height = max(len(c) for c in cells) * _line(size) + _row_pad(size)
            if height > self._room():
                self._new_page()
                self._table_header(block, lefts, widths)
            if index % 2:
                self._box(_LEFT, self.y - 0.3, _WIDTH, height, "#f2f2f2")
            colours = block.colours[index] if block.colours else ("",) * len(row)
            for lines, align, left, width, colour in zip(
                cells, block.align, lefts, widths, colours, strict=True
            ):
                x = left + width - 0.8 if align == "r" else left + 0.5
                for k, line in enumerate(lines):
                    self._text(
                        x,
                        self.y + k * _line(size),
                        line,
                        size,
                        ha="right" if align == "r" else "left",
                        colour=colour or "black",
                        weight="bold" if colour else "normal",
                    )
            self.y += height
        self.y += 2.0

    def _table_header(self, block: Table, lefts, widths) -> None:
        size = block.font_size
        lines = [
            _cell_lines(h, w - 1.5, size, True)
            for h, w in zip(block.header, widths, strict=True)
        ]
        height = max(len(c) for c in lines) * _line(size) + 1.0
        self._box(_LEFT, self.y - 0.4, _WIDTH, height, "#dde6f0")
        for cell, align, left, width in zip(
            lines, block.align, lefts, widths, strict=True
        ):
            x = left + width - 0.8 if align == "r" else left + 0.5
            for k, line in enumerate(cell):
                self._text(
                    x,
                    self.y + k * _line(size),
                    line,
                    size,
                    weight="bold",
                    ha="right" if align == "r" else "left",
                )
        self.y += height

    def _charts(self, block: Charts) -> None:
        if not block.charts:
            return
        title_h = _line(8.0) + 1.0
        self._ensure(block.height_mm + title_h)
        band_w = _WIDTH / max(block.columns, len(block.charts))
        for index, chart in enumerate(block.charts):
            x = _LEFT + index * band_w
            if chart.title:
                self._text(x, self.y, chart.title, 8.0, weight="bold")
            pad = _CHART_PAD_MM.get(chart.kind, 2.0)
            bottom_pad = {
                "plan": 1.0,
                "orientation": 1.0,
                "network_plan": 1.0,
                "tornado": 11.0,
                "payback": 9.0,
            }.get(
                chart.kind, 7.0
            )
            axes_box = (
                (x + pad) / A4_MM[0],
                1.0 - (self.y + title_h + block.height_mm - bottom_pad) / A4_MM[1],
                (band_w - pad - 4.0) / A4_MM[0],
                (block.height_mm - bottom_pad - 2.0) / A4_MM[1],
            )
            draw_chart(self.page.add_axes(axes_box), chart)
        self.y += block.height_mm + title_h + 2.0

    # -- finishing ---------------------------------------------------------------
    def finish(self) -> list[Figure]:
        total = len(self.pages)
        for number, page in enumerate(self.pages, start=1):
            y = 1.0 - (A4_MM[1] - _BOTTOM + 6.0) / A4_MM[1]
            page.text(
                _LEFT / A4_MM[0],
                y,
                printable(self.sheet.footer),
                fontsize=_SMALL - 0.5,
                color="#555555",
                va="top",
            )
            page.text(
                (A4_MM[0] - _RIGHT) / A4_MM[0],
                y,
                text("common.page", page=number, pages=total),
                fontsize=_SMALL - 0.5,
                color="#555555",
                va="top",
                ha="right",
            )
        return self.pages


def _row_pad(size_pt: float) -> float:
    """Space between table rows [mm]: less for the small print of long tables."""
    return 0.8 if size_pt >= 7.0 else 0.45


def _line(size_pt: float) -> float:
    """Line height of a font size [mm]."""
    return size_pt * _MM_PER_PT * _LINE


def _chars(width_mm: float, size_pt: float) -> int:
    return max(int(width_mm / (size_pt * _MM_PER_PT * _EM_PER_CHAR)), 4)


def _wrap(content: str, width_mm: float, size_pt: float) -> list[str]:
    lines = textwrap.wrap(
        str(content), _chars(width_mm, size_pt), break_on_hyphens=False
    )
    return lines or [""]


def _cell_lines(content: str, width_mm: float, size_pt: float, wrap: bool) -> list[str]:
    if wrap:
        return _wrap(content, width_mm, size_pt)
    limit = _chars(width_mm, size_pt)
    content = str(content)
    return [content if len(content) <= limit else content[: limit - 1] + "…"]


def compose(sheet: Sheet) -> list[Figure]:
    """Return the A4 pages of ``sheet`` as matplotlib Figures."""
    with matplotlib.rc_context(_COMPOSE_RC):
        composer = _Composer(sheet)
        for section in sheet.sections:
            composer.section(section)
        return composer.finish()


def compose_all(sheets: Iterable[Sheet]) -> list[Figure]:
    """Return the pages of several sheets, one after the other."""
    return [page for sheet in sheets for page in compose(sheet)]
