"""Batched Qt drawing primitives built from numpy vertex arrays.

A map with 100,000 roof outlines is drawn as a few hundred ``QPainterPath`` batches (one
per colour class and map tile) instead of 100,000 polygons. Each path is built in one
go by streaming a binary buffer into ``QDataStream``, the layout Qt itself writes for a
path (element count, then type, x, y per element, then the current start and the fill
rule, big-endian), so no Python loop touches a vertex.

References
----------
Qt ``operator<<(QDataStream&, const QPainterPath&)`` (qtbase ``qpainterpath.cpp``);
pyqtgraph ``functions.arrayToQPath`` uses the same serialisation.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

from artois_energy_desk.gui.map_geometry import MapGeometry

__all__ = ["PathBatch", "build_batches", "painter_path", "point_polygon"]

_ELEMENT = np.dtype([("type", ">i4"), ("x", ">f8"), ("y", ">f8")])
_POINT = np.dtype([("x", ">f8"), ("y", ">f8")])
_MOVE_TO, _LINE_TO = 0, 1
_WINDING_FILL = 1
#: Tiles per side of the layer extent; only tiles in view are drawn.
_TILES_PER_SIDE = 8


@dataclass(frozen=True, eq=False)
class PathBatch:
    """Shapes of one colour class in one map tile.

    Attributes
    ----------
    colour_class : int
        Class number of every shape in the batch.
    bounds : QRectF
        Extent of the batch [m, map coordinates].
    path : QPainterPath or None
        Outlines, for drawing shapes (``None`` for a point layer).
    points : QPolygonF
        Representative points, for drawing when zoomed far out.
    """

    colour_class: int
    bounds: QRectF
    path: QPainterPath | None
    points: QPolygonF


def painter_path(xy: np.ndarray, starts: np.ndarray) -> QPainterPath:
    """Return a path of rings from vertices ``xy`` (``(m, 2)``) and ring-start flags."""
    elements = np.empty(len(xy), dtype=_ELEMENT)
    elements["type"] = np.where(starts, _MOVE_TO, _LINE_TO)
    elements["x"] = xy[:, 0]
    elements["y"] = xy[:, 1]
    tail = np.array([0, _WINDING_FILL], dtype=">i4")
    buffer = np.array([len(xy)], dtype=">i4").tobytes() + elements.tobytes()
    path = QPainterPath()
    _read_into(path, buffer + tail.tobytes())
    return path


def point_polygon(x: np.ndarray, y: np.ndarray) -> QPolygonF:
    """Return a ``QPolygonF`` holding the points ``x``, ``y``."""
    points = np.empty(len(x), dtype=_POINT)
    points["x"], points["y"] = x, y
    polygon = QPolygonF()
    _read_into(polygon, np.array([len(x)], dtype=">u4").tobytes() + points.tobytes())
    return polygon


def _read_into(target, buffer: bytes) -> None:
    data = QByteArray(buffer)  # must outlive the stream reading from it
    stream = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
    stream >> target
    if stream.status() != QDataStream.Status.Ok:
        raise RuntimeError("map geometry could not be streamed into Qt")


def build_batches(geometry: MapGeometry, classes: np.ndarray) -> list[PathBatch]:
    """Group the features of ``geometry`` by colour class and tile.

    Parameters
    ----------
    geometry : MapGeometry
        The layer.
    classes : numpy.ndarray
        Colour class of each feature (small non-negative integers).
    """
    finite = np.isfinite(geometry.x) & np.isfinite(geometry.y)
    key = _tile_of(geometry) + classes.astype(np.int64) * _TILES_PER_SIDE**2
    key[~finite] = -1
    feature_order = np.argsort(key, kind="stable")
    sorted_keys = key[feature_order]
    vertex_order = (
        np.argsort(key[geometry.vertex_feature], kind="stable")
        if geometry.has_polygons
        else np.empty(0, np.int64)
    )
    vertex_keys = key[geometry.vertex_feature][vertex_order]
    batches = []
    for value in np.unique(sorted_keys[sorted_keys >= 0]):
        features = feature_order[
            np.searchsorted(sorted_keys, value) : np.searchsorted(
                sorted_keys, value, side="right"
            )
        ]
        vertices = vertex_order[
            np.searchsorted(vertex_keys, value) : np.searchsorted(
                vertex_keys, value, side="right"
            )
        ]
        batches.append(
            _batch(geometry, int(value // _TILES_PER_SIDE**2), features, vertices)
        )
    return batches


def _batch(
    geometry: MapGeometry, colour_class: int, features: np.ndarray, vertices: np.ndarray
) -> PathBatch:
    x, y = geometry.x[features], geometry.y[features]
    half = geometry.size_m[features] / 2
    if vertices.size:
        xy = geometry.vertex_xy[vertices]
        path = painter_path(xy, geometry.vertex_starts[vertices])
        bounds = path.boundingRect()
    else:
        path = None
        bounds = QRectF(
            float((x - half).min()),
            float((y - half).min()),
            float(np.ptp(x) + 2 * half.max()),
            float(np.ptp(y) + 2 * half.max()),
        )
    return PathBatch(colour_class, bounds, path, point_polygon(x, y))


def _tile_of(geometry: MapGeometry) -> np.ndarray:
    xmin, ymin, xmax, ymax = geometry.bounds
    width = max(xmax - xmin, 1.0) / _TILES_PER_SIDE
    height = max(ymax - ymin, 1.0) / _TILES_PER_SIDE
    column = np.clip(((geometry.x - xmin) // width), 0, _TILES_PER_SIDE - 1)
    row = np.clip(((geometry.y - ymin) // height), 0, _TILES_PER_SIDE - 1)
    return (np.nan_to_num(row) * _TILES_PER_SIDE + np.nan_to_num(column)).astype(
        np.int64
    )
