"""Map geometry prepared off the GUI thread: flat vertex arrays and a spatial index.

Everything here is numpy and shapely (no Qt), so it can be built inside a worker task.
Coordinates are Lambert-93 metres (EPSG:2154) minus an origin, which keeps them small
for the painter; the y axis points north.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

__all__ = [
    "MapGeometry",
    "geometry_from_points",
    "geometry_from_polygons",
    "project_to_lambert93",
    "squares_at",
]

LAMBERT93 = "EPSG:2154"
#: Side of the square drawn for a roof known only by its position [m].
_POINT_FOOTPRINT_M = 8.0


@dataclass(frozen=True, eq=False)
class MapGeometry:
    """Drawable shapes of a layer, one shape per feature (roof facet or commune).

    Attributes
    ----------
    origin : tuple of float
        Lambert-93 coordinates subtracted from every vertex [m].
    x, y : numpy.ndarray
        Representative point of each feature, relative to ``origin`` [m].
    vertex_xy : numpy.ndarray
        ``(m, 2)`` vertices of the outer rings, closed, relative to ``origin`` [m]
        (empty for point layers).
    vertex_feature : numpy.ndarray
        Feature number of each vertex.
    vertex_starts : numpy.ndarray
        True on the first vertex of each ring.
    size_m : numpy.ndarray
        Largest side of each feature's bounding box [m].
    bounds : tuple of float
        ``(xmin, ymin, xmax, ymax)`` of the layer, relative to ``origin`` [m].
    shapes : numpy.ndarray
        Shapely geometries relative to ``origin`` (polygons, or points).
    """

    origin: tuple[float, float]
    x: np.ndarray
    y: np.ndarray
    vertex_xy: np.ndarray
    vertex_feature: np.ndarray
    vertex_starts: np.ndarray
    size_m: np.ndarray
    bounds: tuple[float, float, float, float]
    shapes: np.ndarray

    def __len__(self) -> int:
        return len(self.x)

    @property
    def has_polygons(self) -> bool:
        """Whether the layer has outlines (not only points)."""
        return len(self.vertex_xy) > 0

    def tree(self) -> shapely.STRtree:
        """Return a spatial index over :attr:`shapes` (for picking)."""
        return shapely.STRtree(self.shapes)

    def pick(
        self, tree: shapely.STRtree, x: float, y: float, tolerance_m: float
    ) -> int:
        """Feature under ``(x, y)`` or nearest within ``tolerance_m``; -1 if none.

        Parameters
        ----------
        tree : shapely.STRtree
            Index returned by :meth:`tree`.
        x, y : float
            Position relative to :attr:`origin` [m].
        tolerance_m : float
            Search distance for a click beside a shape [m].
        """
        point = shapely.Point(x, y)
        inside = tree.query(point, predicate="intersects")
        if inside.size:
            return int(inside[np.argmin(self.size_m[inside])])
        nearest = tree.query_nearest(point, max_distance=tolerance_m)
        return int(nearest[0]) if nearest.size else -1


def project_to_lambert93(
    longitude: np.ndarray,
    latitude: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Project WGS84 longitude / latitude [deg] to Lambert-93 x, y [m]."""
    from pyproj import Transformer

    transformer = Transformer.from_crs("EPSG:4326", LAMBERT93, always_xy=True)
    return transformer.transform(
        np.asarray(longitude, dtype=np.float64), np.asarray(latitude, dtype=np.float64)
    )


def squares_at(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Small square polygons standing for roofs known only by a point [m]."""
    half = _POINT_FOOTPRINT_M / 2
    return shapely.box(x - half, y - half, x + half, y + half)


def geometry_from_points(x: np.ndarray, y: np.ndarray) -> MapGeometry:
    """Layer of small squares at Lambert-93 points ``x``, ``y`` [m] (NaN allowed)."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    finite = np.isfinite(x) & np.isfinite(y)
    origin = _origin(x[finite], y[finite])
    rel_x, rel_y = x - origin[0], y - origin[1]
    shapes = shapely.points(rel_x, rel_y)
    size = np.full(len(x), _POINT_FOOTPRINT_M)
    empty = np.empty((0, 2))
    return MapGeometry(
        origin,
        rel_x,
        rel_y,
        empty,
        np.empty(0, np.int64),
        np.empty(0, bool),
        size,
        _bounds(rel_x[finite], rel_y[finite]),
        shapes,
    )


def geometry_from_polygons(
    polygons: np.ndarray, origin: tuple[float, float] | None = None
) -> MapGeometry:
    """Layer of the outer rings of (multi)polygons in Lambert-93 [m].

    Parameters
    ----------
    polygons : array-like of shapely geometries
        One (multi)polygon per feature; missing geometries give no outline.
    origin : tuple of float, optional
        Lambert-93 point subtracted from the coordinates [m] (to overlay another
        layer); default: the middle of the layer.
    """
    polygons = np.asarray(polygons, dtype=object)
    xmin, ymin, xmax, ymax = shapely.bounds(polygons).T
    if origin is None:
        origin = _origin(np.concatenate([xmin, xmax]), np.concatenate([ymin, ymax]))
    shapes = shapely.transform(polygons, lambda xy: xy - np.asarray(origin))
    parts, owner = shapely.get_parts(shapes, return_index=True)
    rings = shapely.get_exterior_ring(parts)
    vertex_xy, ring_of_vertex = shapely.get_coordinates(rings, return_index=True)
    starts = np.ones(len(ring_of_vertex), dtype=bool)
    starts[1:] = ring_of_vertex[1:] != ring_of_vertex[:-1]
    centre = shapely.point_on_surface(shapes)
    x, y = shapely.get_x(centre), shapely.get_y(centre)
    size = np.fmax(xmax - xmin, ymax - ymin)
    finite = np.isfinite(x)
    return MapGeometry(
        origin,
        x,
        y,
        vertex_xy,
        owner[ring_of_vertex],
        starts,
        np.nan_to_num(size),
        _bounds(vertex_xy[:, 0], vertex_xy[:, 1])
        if len(vertex_xy)
        else _bounds(x[finite], y[finite]),
        shapes,
    )


def _origin(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    if x.size == 0:
        return (0.0, 0.0)
    return (float(np.round(np.nanmedian(x))), float(np.round(np.nanmedian(y))))


def _bounds(x: np.ndarray, y: np.ndarray) -> tuple[float, float, float, float]:
    if x.size == 0:
        return (-500.0, -500.0, 500.0, 500.0)
    return (float(x.min()), float(y.min()), float(x.max()), float(y.max()))
