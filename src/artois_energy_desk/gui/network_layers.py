"""Heat-network map layers: streets, existing pipes, new segments by DN, buildings.

:class:`NetworkLayers` is an overlay for
:class:`~artois_energy_desk.gui.map_canvas.MapCanvas` (``set_overlay``): it holds
``QPainterPath`` batches built once from the shapely geometries (one path per DN, one
per building status), in the study's metric CRS minus an origin, and paints them with
cosmetic pens so that line widths stay readable at any zoom.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from artois_energy_desk.gui.map_paths import painter_path, point_polygon

__all__ = [
    "BUILDING_COLOURS",
    "NetworkLayers",
    "building_status",
    "dn_colour",
]

#: Colour of a building by connection status.
BUILDING_COLOURS = {
    "connected": QColor(46, 125, 50),
    "not_connected": QColor(230, 81, 0),
    "excluded": QColor(140, 140, 140),
    "candidate": QColor(90, 90, 110),
}
#: Colours of the DN classes, small to large: ColorBrewer YlGnBu (classes 4-9) then
#: RdPu (classes 6-9) and two dark reds, so that up to 12 DNs stay distinguishable
#: (light yellow left out: unreadable on the map background).
_DN_PALETTE = (
    (127, 205, 187),
    (65, 182, 196),
    (29, 145, 192),
    (34, 94, 168),
    (37, 52, 148),
    (8, 29, 88),
    (84, 39, 143),
    (122, 1, 119),
    (174, 1, 126),
    (221, 52, 151),
    (203, 24, 29),
    (103, 0, 13),
)
_STREET = QColor(200, 196, 186)
_EXISTING = QColor(120, 60, 140)
_BOTTLENECK = QColor(211, 47, 47)
_SELECTED = QColor(0, 170, 255)
_BUILDING_PX = 7.0


def dn_colour(rank: int) -> QColor:
    """Colour of the ``rank``-th smallest DN present (0-based)."""
    return QColor(*_DN_PALETTE[min(rank, len(_DN_PALETTE) - 1)])


def building_status(buildings, excluded: frozenset[str] = frozenset()) -> np.ndarray:
    """Status of each building: ``connected``, ``not_connected``, ``excluded``...

    Parameters
    ----------
    buildings : pandas.DataFrame
        Input buildings (``candidate``) or result buildings (``connected`` column).
    excluded : frozenset of str
        ``building_id`` values the user left out.
    """
    ids = buildings["building_id"].astype(str).to_numpy()
    if "connected" in buildings.columns:
        status = np.where(
            buildings["connected"].to_numpy(bool), "connected", "not_connected"
        )
    else:
        status = np.full(len(buildings), "candidate", dtype=object)
    return np.where(np.isin(ids, list(excluded)), "excluded", status).astype(object)


@dataclass(eq=False)
class NetworkLayers:
    """Drawable layers of an extension study (see module docstring).

    Attributes
    ----------
    origin : tuple of float
        Study-CRS coordinates subtracted from every vertex [m].
    bounds : tuple of float
        Extent of the drawn layers, relative to ``origin`` [m].
    building_xy : numpy.ndarray
        ``(n, 2)`` representative points of the buildings [m], relative to origin.
    """

    origin: tuple[float, float]
    bounds: tuple[float, float, float, float]
    building_xy: np.ndarray
    streets: QPainterPath | None = None
    existing: QPainterPath | None = None
    bottleneck: QPainterPath | None = None
    source: QPointF | None = None
    segments: list[tuple[int, QColor, QPainterPath]] = field(default_factory=list)
    buildings: list[tuple[QColor, QPolygonF]] = field(default_factory=list)
    selected: int = -1

    @classmethod
    def from_inputs(cls, inputs) -> NetworkLayers:
        """Layers of the inputs alone (streets, existing pipes, candidate buildings)."""
        every = [
            inputs.streets.geometry.to_numpy(),
            inputs.buildings.geometry.to_numpy(),
        ]
        xmin, ymin, xmax, ymax = shapely.total_bounds(np.concatenate(every))
        origin = (round((xmin + xmax) / 2), round((ymin + ymax) / 2))
        points = shapely.point_on_surface(inputs.buildings.geometry.to_numpy())
        layers = cls(
            origin,
            (xmin - origin[0], ymin - origin[1], xmax - origin[0], ymax - origin[1]),
            shapely.get_coordinates(points) - np.asarray(origin),
        )
        layers.streets = _lines_path(inputs.streets.geometry.to_numpy(), origin)
        supply = inputs.source if inputs.source is not None else inputs.existing.plant
        layers.source = QPointF(
            supply.geometry.x - origin[0], supply.geometry.y - origin[1]
        )
        if inputs.existing is not None:
            pipes = inputs.existing.pipes["geometry"].to_numpy()
            layers.existing = _lines_path(pipes, origin)
        layers.set_buildings(building_status(inputs.buildings))
        return layers

    def set_result(self, result, inputs, excluded: frozenset[str]) -> list[int]:
        """Add the sized segments (by DN) and colour buildings by status.

        Returns the DNs present, smallest first (the legend's order).
        """
        segments = result.segments
        dns = sorted(int(d) for d in segments["dn"].unique())
        self.segments = []
        for rank, dn in enumerate(dns):
            lines = segments.loc[segments["dn"] == dn, "geometry"].to_numpy()
            self.segments.append((dn, dn_colour(rank), _lines_path(lines, self.origin)))
        self.set_buildings(building_status(result.buildings, excluded))
        self.bottleneck = _bottleneck_path(result, inputs, self.origin)
        return dns

    def set_buildings(self, status: np.ndarray) -> None:
        """Colour building ``i`` by ``status[i]`` (keys of :data:`BUILDING_COLOURS`)."""
        self.buildings = []
        for name, colour in BUILDING_COLOURS.items():
            mine = status == name
            if mine.any():
                xy = self.building_xy[mine]
                self.buildings.append((colour, point_polygon(xy[:, 0], xy[:, 1])))

    def pick(self, x: float, y: float, tolerance_m: float) -> int:
        """Building nearest to ``(x, y)`` within ``tolerance_m`` [m], or -1."""
        if not len(self.building_xy):
            return -1
        distance = np.hypot(self.building_xy[:, 0] - x, self.building_xy[:, 1] - y)
        nearest = int(np.nanargmin(distance))
        return nearest if distance[nearest] <= max(tolerance_m, 1.0) else -1

    # -- painting ----------------------------------------------------------------------
    def paint(self, painter: QPainter, scale_px_per_m: float) -> None:
        """Draw the layers (the painter carries the map transform)."""
        painter.setBrush(Qt.BrushStyle.NoBrush)
        _stroke(painter, self.streets, _STREET, 2.0)
        _stroke(painter, self.existing, _EXISTING, 4.0)
        for dn, colour, path in self.segments:
            _stroke(painter, path, colour, 1.5 + min(dn, 300) / 40.0)
        _stroke(painter, self.bottleneck, _BOTTLENECK, 7.0, Qt.PenStyle.DotLine)
        for colour, points in self.buildings:
            pen = QPen(colour, _BUILDING_PX)
            pen.setCosmetic(True)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPoints(points)
        self._paint_marks(painter, scale_px_per_m)

    def _paint_marks(self, painter: QPainter, scale: float) -> None:
        half = 9.0 / scale
        if self.source is not None:
            diamond = QPolygonF(
                [
                    self.source + QPointF(0, half),
                    self.source + QPointF(half, 0),
                    self.source + QPointF(0, -half),
                    self.source + QPointF(-half, 0),
                ]
            )
            pen = QPen(QColor(20, 20, 20), 1.5)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(QColor(211, 47, 47))
            painter.drawPolygon(diamond)
        if 0 <= self.selected < len(self.building_xy):
            x, y = self.building_xy[self.selected]
            pen = QPen(_SELECTED, 2.5)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(x - half, y - half, 2 * half, 2 * half))


def _stroke(
    painter,
    path,
    colour: QColor,
    width_px: float,
    style: Qt.PenStyle = Qt.PenStyle.SolidLine,
) -> None:
    if path is None:
        return
    pen = QPen(colour, width_px, style)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPath(path)


def _lines_path(lines: np.ndarray, origin: tuple[float, float]) -> QPainterPath | None:
    """One path holding every line (multi-lines split into their parts)."""
    parts = shapely.get_parts(np.asarray(lines, dtype=object))
    parts = parts[~shapely.is_empty(parts)]
    if not len(parts):
        return None
    xy, owner = shapely.get_coordinates(parts, return_index=True)
    starts = np.ones(len(owner), dtype=bool)
    starts[1:] = owner[1:] != owner[:-1]
    return painter_path(xy - np.asarray(origin), starts)


def _bottleneck_path(result, inputs, origin) -> QPainterPath | None:
    trunk = result.trunk
    if trunk is None or inputs.existing is None or trunk.empty:
        return None
    failing = trunk[~trunk["within_limits"].astype(bool) & trunk["dn"].notna()]
    if failing.empty:
        return None
    pipes = inputs.existing.pipes
    first = str(failing["existing_pipe_id"].iloc[0])
    chosen = pipes.loc[pipes["existing_pipe_id"].astype(str) == first, "geometry"]
    return _lines_path(chosen.to_numpy(), origin)
