"""All the single-line texts of a page drawn by one artist.

A sheet page carries several hundred short texts (table cells, labels). As separate
``matplotlib.text.Text`` artists each one goes through the general text layout
(multi-line, rotation, bounding boxes), which made drawing text most of the time of
writing a PDF. The sheets need none of that: every text is one line, unrotated, placed
by its baseline, left- or right-aligned. :class:`TextBatch` keeps them as plain
records and hands each straight to the renderer's ``draw_text`` (the call ``Text``
itself ends in), measuring only right-aligned strings. Fonts are resolved at drawing
time, so the PDF gets Helvetica and the screen DejaVu Sans as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib import colors as mcolors
from matplotlib.artist import Artist
from matplotlib.font_manager import FontProperties

__all__ = ["TextBatch"]


@dataclass(frozen=True)
class _Item:
    x: float
    y: float
    content: str
    size: float
    weight: str
    style: str
    colour: str
    right: bool


class TextBatch(Artist):
    """Single-line texts in figure coordinates (0..1), drawn in one pass."""

    def __init__(self) -> None:
        super().__init__()
        self._items: list[_Item] = []

    def add(
        self,
        x: float,
        y: float,
        content: str,
        size: float,
        *,
        weight: str = "normal",
        style: str = "normal",
        colour: str = "black",
        right: bool = False,
    ) -> None:
        """Add a text whose baseline starts (or, if ``right``, ends) at ``(x, y)``."""
        if content:
            self._items.append(
                _Item(x, y, content, size, weight, style, colour, right)
            )

    def draw(self, renderer) -> None:
        """Draw every text with the renderer's own ``draw_text``."""
        if not self.get_visible() or not self._items:
            return
        figure = self.get_figure(root=True)
        transform = figure.transFigure
        _, height = renderer.get_canvas_width_height()
        flip = renderer.flipy()
        fonts: dict[tuple, FontProperties] = {}
        gc = renderer.new_gc()
        try:
            current = None
            for item in self._items:
                key = (item.size, item.weight, item.style)
                prop = fonts.get(key)
                if prop is None:
                    prop = fonts[key] = FontProperties(
                        size=item.size, weight=item.weight, style=item.style
                    )
                if item.colour != current:
                    gc.set_foreground(mcolors.to_rgba(item.colour), isRGBA=True)
                    current = item.colour
                x, y = transform.transform((item.x, item.y))
                if item.right:
                    width, _, _ = renderer.get_text_width_height_descent(
                        item.content, prop, ismath=False
                    )
                    x -= width
                if flip:
                    y = height - y
                renderer.draw_text(gc, x, y, item.content, prop, 0.0, ismath=False)
        finally:
            gc.restore()
