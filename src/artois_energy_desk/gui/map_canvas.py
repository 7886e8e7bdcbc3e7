"""Offline map of the study: roof facets coloured by class, commune outlines, legend.

A custom-painted ``QWidget`` (no tiles, no network). Roofs are drawn as batched paths
per colour class and tile (:mod:`artois_energy_desk.gui.map_paths`); when a roof would
be smaller than a few pixels the map draws one point per roof instead (level of detail).
Only the tiles in view are drawn, and the drawn layers are cached in a pixmap so that
moving the selection does not redraw 100,000 roofs. Picking uses a shapely STRtree.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from artois_energy_desk.gui.map_geometry import MapGeometry
from artois_energy_desk.gui.map_paths import PathBatch, build_batches, painter_path

__all__ = ["MapCanvas"]

#: Below this on-screen size [px] a roof is drawn as a point.
_POINT_LOD_PX = 3.0
#: Above this on-screen size [px] roofs get a dark outline.
_OUTLINE_LOD_PX = 10.0
_CLICK_TOLERANCE_PX = 6.0
_ZOOM_STEP = 1.25
_BACKGROUND = QColor(246, 244, 238)


class MapCanvas(QWidget):
    """Pannable, zoomable map of roof facets with a legend.

    Mouse: drag to pan, wheel to zoom at the cursor, click to select a roof.
    Keys: ``+`` / ``-`` zoom, ``0`` shows the whole study.
    """

    #: The user clicked roof number ``int`` (position in the roof table; -1: none).
    roof_clicked = Signal(int)
    #: The user clicked feature ``int`` of the overlay (see :meth:`set_overlay`; -1:
    #: none).
    overlay_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_canvas")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self._roofs: MapGeometry | None = None
        self._tree = None
        self._batches: list[PathBatch] = []
        self._colours: tuple[QColor, ...] = ()
        self._communes: MapGeometry | None = None
        self._commune_path = None
        self._commune_names: list[str] = []
        self._legend_title = ""
        self._legend: list[tuple[QColor, str]] = []
        self._selected = -1
        self._scale = 0.05
        self._centre = QPointF(0.0, 0.0)
        self._cache: QPixmap | None = None
        self._press: QPointF | None = None
        self._dragged = False
        self._overlay = None

    # -- API ---------------------------------------------------------------------------
    def set_roofs(self, geometry: MapGeometry | None, tree=None) -> None:
        """Show the roof layer ``geometry`` (``None`` clears the map)."""
        self._roofs = geometry
        self._tree = tree
        self._batches = []
        self._selected = -1
        self.zoom_to_extent()

    def set_classes(self, classes: np.ndarray, colours: tuple[QColor, ...]) -> None:
        """Colour roof ``i`` with ``colours[classes[i]]``."""
        self._colours = colours
        self._batches = (
            build_batches(self._roofs, classes) if self._roofs is not None else []
        )
        self._invalidate()

    def set_legend(self, title: str, entries: list[tuple[QColor, str]]) -> None:
        """Legend title (with unit) and its ``(colour, label)`` entries."""
        self._legend_title, self._legend = title, entries
        self.update()

    def set_communes(self, geometry: MapGeometry | None, names: list[str]) -> None:
        """Show commune outlines (Lambert-93, same origin as the roofs) and names."""
        self._communes = geometry
        self._commune_names = names
        self._commune_path = (
            painter_path(geometry.vertex_xy, geometry.vertex_starts)
            if geometry is not None and geometry.has_polygons
            else None
        )
        self._invalidate()

    def set_overlay(self, overlay) -> None:
        """Draw ``overlay`` above the roofs (``None`` removes it).

        ``overlay`` has ``bounds`` (xmin, ymin, xmax, ymax [m], map coordinates),
        ``paint(painter, scale_px_per_m)`` called with the map transform set, and
        ``pick(x, y, tolerance_m) -> int`` (-1: nothing); see
        :class:`artois_energy_desk.gui.network_layers.NetworkLayers`.
        """
        self._overlay = overlay
        self._invalidate()

    def set_selected(self, index: int, *, follow: bool = True) -> None:
        """Highlight roof ``index`` (-1: none); with ``follow``, bring it into view."""
        self._selected = index
        if follow and index >= 0 and self._roofs is not None:
            point = QPointF(self._roofs.x[index], self._roofs.y[index])
            if not self._visible_map_rect().contains(point):
                self._centre = point
                self._invalidate()
        self.update()

    @property
    def selected(self) -> int:
        """Highlighted roof (-1: none)."""
        return self._selected

    @property
    def scale_px_per_m(self) -> float:
        """Current zoom [px/m]."""
        return self._scale

    def zoom_to_selected(self, scale_px_per_m: float = 2.0) -> None:
        """Centre on the highlighted roof at ``scale_px_per_m`` [px/m] or closer."""
        if self._selected >= 0 and self._roofs is not None:
            self._centre = QPointF(
                self._roofs.x[self._selected], self._roofs.y[self._selected]
            )
            self._scale = max(self._scale, scale_px_per_m)
            self._invalidate()

    def zoom_to_extent(self) -> None:
        """Show the whole roof layer (or the overlay when there are no roofs)."""
        if self._roofs is not None and len(self._roofs):
            bounds = self._roofs.bounds
        elif self._overlay is not None:
            bounds = self._overlay.bounds
        else:
            self._invalidate()
            return
        xmin, ymin, xmax, ymax = bounds
        self._centre = QPointF((xmin + xmax) / 2, (ymin + ymax) / 2)
        width, height = max(xmax - xmin, 50.0), max(ymax - ymin, 50.0)
        self._scale = 0.92 * min(
            max(self.width(), 1) / width, max(self.height(), 1) / height
        )
        self._invalidate()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor``, the map point under ``anchor`` [px] staying put."""
        anchor = anchor or QPointF(self.width() / 2, self.height() / 2)
        before = self._to_map(anchor)
        self._scale = float(np.clip(self._scale * factor, 1e-4, 200.0))
        after = self._to_map(anchor)
        self._centre += before - after
        self._invalidate()

    def render_layers(self, painter: QPainter) -> None:
        """Draw the map layers (no legend) with ``painter`` on the widget area."""
        painter.fillRect(QRectF(self.rect()), _BACKGROUND)
        painter.save()
        painter.setTransform(self._transform(), True)
        view = self._visible_map_rect()
        self._draw_roofs(painter, view)
        self._draw_communes(painter)
        if self._overlay is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._overlay.paint(painter, self._scale)
        painter.restore()

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        ratio = self.devicePixelRatioF()
        if self._cache is None or self._cache.size() != self.size() * ratio:
            self._cache = QPixmap(self.size() * ratio)
            self._cache.setDevicePixelRatio(ratio)
            cache_painter = QPainter(self._cache)
            self.render_layers(cache_painter)
            cache_painter.end()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw_selection(painter)
        self._draw_commune_names(painter)
        self._draw_legend(painter)
        self._draw_scale_bar(painter)
        painter.end()

    def _draw_roofs(self, painter: QPainter, view: QRectF) -> None:
        if self._roofs is None or not self._batches:
            return
        size_px = float(np.median(self._roofs.size_m)) * self._scale
        as_points = not self._roofs.has_polygons or size_px < _POINT_LOD_PX
        for batch in self._batches:
            if not batch.bounds.intersects(view):
                continue
            colour = self._colours[batch.colour_class]
            if as_points:
                pen = QPen(colour, max(3.0, min(size_px, 12.0)))
                pen.setCosmetic(True)
                pen.setCapStyle(Qt.PenCapStyle.SquareCap)
                painter.setPen(pen)
                painter.drawPoints(batch.points)
            else:
                painter.setPen(self._outline_pen(size_px))
                painter.setBrush(colour)
                painter.drawPath(batch.path)

    @staticmethod
    def _outline_pen(size_px: float) -> QPen | Qt.PenStyle:
        if size_px < _OUTLINE_LOD_PX:
            return Qt.PenStyle.NoPen
        pen = QPen(QColor(60, 60, 60), 0)
        pen.setCosmetic(True)
        return pen

    def _draw_communes(self, painter: QPainter) -> None:
        if self._commune_path is None:
            return
        pen = QPen(QColor(70, 70, 90), 1.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._commune_path)

    def _draw_commune_names(self, painter: QPainter) -> None:
        if self._communes is None or not self._commune_names:
            return
        painter.setPen(QColor(50, 50, 70))
        transform = self._transform()
        for x, y, name in zip(
            self._communes.x, self._communes.y, self._commune_names, strict=True
        ):
            spot = transform.map(QPointF(x, y))
            if self.rect().contains(spot.toPoint()):
                painter.drawText(spot, name)

    def _draw_selection(self, painter: QPainter) -> None:
        index, roofs = self._selected, self._roofs
        if index < 0 or roofs is None or index >= len(roofs):
            return
        transform = self._transform()
        pen = QPen(QColor(0, 170, 255), 3)
        painter.setPen(pen)
        painter.setBrush(QColor(0, 170, 255, 70))
        if roofs.has_polygons:
            mine = roofs.vertex_feature == index
            if mine.any():
                path = painter_path(roofs.vertex_xy[mine], roofs.vertex_starts[mine])
                painter.drawPath(transform.map(path))
        centre = transform.map(QPointF(roofs.x[index], roofs.y[index]))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, 9.0, 9.0)

    def _draw_legend(self, painter: QPainter) -> None:
        if not self._legend:
            return
        metrics = QFontMetrics(self.font())
        line = metrics.height() + 4
        width = (
            max(
                metrics.horizontalAdvance(t)
                for t in [self._legend_title, *(label for _, label in self._legend)]
            )
            + 40
        )
        left = max(self.width() - width - 10, 10.0)
        box = QRectF(left, 10, width, line * (len(self._legend) + 1) + 10)
        painter.setPen(QColor(120, 120, 120))
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor(20, 20, 20))
        painter.drawText(
            QPointF(left + 8, 12 + metrics.ascent() + 2), self._legend_title
        )
        for row, (colour, label) in enumerate(self._legend, start=1):
            top = 14 + row * line
            painter.setPen(QColor(80, 80, 80))
            painter.setBrush(colour)
            painter.drawRect(QRectF(left + 8, top, 16, metrics.height() - 2))
            painter.setPen(QColor(20, 20, 20))
            painter.drawText(QPointF(left + 32, top + metrics.ascent() - 1), label)

    def _draw_scale_bar(self, painter: QPainter) -> None:
        target_m = 120.0 / self._scale
        exponent = 10 ** np.floor(np.log10(target_m))
        length_m = float(
            max(s * exponent for s in (1, 2, 5) if s * exponent <= target_m)
        )
        length_px = length_m * self._scale
        left, base = 14.0, self.height() - 16.0
        painter.setPen(QPen(QColor(30, 30, 30), 2))
        painter.drawLine(QPointF(left, base), QPointF(left + length_px, base))
        painter.drawLine(QPointF(left, base - 5), QPointF(left, base))
        painter.drawLine(
            QPointF(left + length_px, base - 5), QPointF(left + length_px, base)
        )
        text = f"{length_m / 1000:g} km" if length_m >= 1000 else f"{length_m:g} m"
        painter.drawText(QPointF(left + length_px + 6, base + 4), text)

    # -- geometry of the view ----------------------------------------------------------
    def _transform(self) -> QTransform:
        s = self._scale
        return QTransform(
            s,
            0,
            0,
            -s,
            self.width() / 2 - s * self._centre.x(),
            self.height() / 2 + s * self._centre.y(),
        )

    def _to_map(self, point: QPointF) -> QPointF:
        inverse, _ = self._transform().inverted()
        return inverse.map(point)

    def _visible_map_rect(self) -> QRectF:
        inverse, _ = self._transform().inverted()
        return inverse.mapRect(QRectF(self.rect()))

    def _invalidate(self) -> None:
        self._cache = None
        self.update()

    # -- interaction -------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._invalidate()
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press, self._dragged = event.position(), False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            return
        delta = event.position() - self._press
        if self._dragged or delta.manhattanLength() > 4:
            self._dragged = True
            self._centre -= QPointF(delta.x(), -delta.y()) / self._scale
            self._press = event.position()
            self._invalidate()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is not None and not self._dragged:
            if self._overlay is not None:
                point = self._to_map(event.position())
                self.overlay_clicked.emit(
                    self._overlay.pick(
                        point.x(), point.y(), _CLICK_TOLERANCE_PX / self._scale
                    )
                )
            self.roof_clicked.emit(self.roof_at(event.position()))
        self._press = None

    def roof_at(self, position: QPointF) -> int:
        """Roof under widget position ``position`` [px], or -1."""
        if self._roofs is None or self._tree is None:
            return -1
        point = self._to_map(position)
        return self._roofs.pick(
            self._tree, point.x(), point.y(), _CLICK_TOLERANCE_PX / self._scale
        )

    def widget_position_of(self, index: int) -> QPointF:
        """Widget position [px] of roof ``index``'s representative point."""
        return self._transform().map(
            QPointF(self._roofs.x[index], self._roofs.y[index])
        )

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(_ZOOM_STEP**steps, event.position())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(_ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / _ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.zoom_to_extent()
        else:
            super().keyPressEvent(event)
