"""Roof facets from building footprints and from plan-view facet polygons.

Pure geometry on shapely arrays in a projected metric CRS (Lambert-93 in practice);
no file access. A footprint judged *flat* gives one facet (tilt 0, facing south, area
= footprint area). A footprint judged *pitched* gives two facets: the footprint is cut
along the long axis of its minimum rotated rectangle (the ridge), each half faces away
from the ridge, and each facet's area is half the footprint divided by cos(pitch).

References
----------
.. [1] Shapely 2 documentation, ``oriented_envelope`` (minimum rotated rectangle).
.. [2] ``data/parameters/footprints.csv`` for the rules and their sources.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

__all__ = [
    "FacetTable",
    "RoofRules",
    "classify_footprints",
    "facets_from_footprints",
    "main_axis",
    "slope_from_altitudes",
    "split_along_ridge",
]

_SOUTH_DEG = 180.0


@dataclass(frozen=True)
class RoofRules:
    """Rules deciding flat or pitched from footprint attributes.

    Parameters
    ----------
    default_pitch_deg : float
        Pitch of each face of a pitched footprint [deg].
    flat_min_footprint_m2 : float
        Plan area from which a footprint is flat unless its material says pitched [m²].
    flat_natures : tuple of str
        BD TOPO ``NATURE`` values meaning flat.
    pitched_material_digits, flat_material_digits : str
        Digits of BD TOPO ``MAT_TOITS`` meaning pitched (tiles, slates) or flat.
    flat_osm_roof_shapes : tuple of str
        OSM ``roof:shape`` values meaning flat.
    """

    default_pitch_deg: float
    flat_min_footprint_m2: float
    flat_natures: tuple[str, ...] = ()
    pitched_material_digits: str = ""
    flat_material_digits: str = ""
    flat_osm_roof_shapes: tuple[str, ...] = ()

    @classmethod
    def from_parameters(cls, values: dict[str, float | str]) -> RoofRules:
        """Build the rules from ``params.subset("footprints")``."""
        def words(key: str) -> tuple[str, ...]:
            return tuple(w.strip() for w in str(values[key]).split("|") if w.strip())

        return cls(
            default_pitch_deg=float(values["default_pitch_deg"]),
            flat_min_footprint_m2=float(values["flat_min_footprint_m2"]),
            flat_natures=words("flat_natures"),
            pitched_material_digits="".join(words("pitched_material_digits")),
            flat_material_digits="".join(words("flat_material_digits")),
            flat_osm_roof_shapes=words("flat_osm_roof_shapes"),
        )


@dataclass
class FacetTable:
    """Facets made from footprints.

    Attributes
    ----------
    footprint : numpy.ndarray of int
        Position of the source footprint of each facet.
    facet : numpy.ndarray of int
        1 or 2, number of the facet within its footprint.
    area_m2, tilt_deg, azimuth_deg : numpy.ndarray
        Facet area (sloped) [m²], tilt [deg], azimuth (0 = north, clockwise) [deg].
    geometry : numpy.ndarray of shapely geometries
        Plan-view facet polygon.
    """

    footprint: np.ndarray
    facet: np.ndarray
    area_m2: np.ndarray
    tilt_deg: np.ndarray
    azimuth_deg: np.ndarray
    geometry: np.ndarray


def classify_footprints(plan_area_m2: np.ndarray, rules: RoofRules, *,
                        nature: pd.Series | None = None,
                        roof_material: pd.Series | None = None,
                        osm_roof_shape: pd.Series | None = None
                        ) -> tuple[np.ndarray, np.ndarray]:
    """Decide flat or pitched for each footprint and say why.

    The first rule that applies wins: OSM ``roof:shape``; BD TOPO ``MAT_TOITS`` (tiles
    or slates: pitched; concrete only: flat); BD TOPO ``NATURE`` in the flat list;
    footprint of at least ``flat_min_footprint_m2``; otherwise pitched (default).

    Parameters
    ----------
    plan_area_m2 : numpy.ndarray
        Footprint plan area [m²].
    rules : RoofRules
        Thresholds and value lists.
    nature, roof_material, osm_roof_shape : pandas.Series, optional
        Attributes where the source has them (missing values allowed).

    Returns
    -------
    flat : numpy.ndarray of bool
    source : numpy.ndarray of str
        Rule used, e.g. ``"mat_toits"``, ``"surface"``, ``"defaut"``.
    """
    count = len(plan_area_m2)
    flat = np.zeros(count, dtype=bool)
    source = np.full(count, "", dtype=object)
    decided = np.zeros(count, dtype=bool)

    def decide(mask: np.ndarray, is_flat: bool | np.ndarray, label: str) -> None:
        todo = mask & ~decided
        flat[todo] = is_flat if np.isscalar(is_flat) else is_flat[todo]
        source[todo] = label
        decided[todo] = True

    if osm_roof_shape is not None:
        shape = _text(osm_roof_shape, count).str.lower()
        given = shape.notna().to_numpy()
        flat_shape = shape.isin(rules.flat_osm_roof_shapes).to_numpy()
        decide(given, flat_shape, "osm_roof_shape")
    if roof_material is not None:
        pitched, concrete = _material(roof_material, count, rules)
        decide(pitched, False, "mat_toits")
        decide(concrete, True, "mat_toits")
    if nature is not None:
        decide(_text(nature, count).isin(rules.flat_natures).to_numpy(), True, "nature")
    decide(np.asarray(plan_area_m2) >= rules.flat_min_footprint_m2, True, "surface")
    decide(np.ones(count, dtype=bool), False, "defaut")
    return flat, source.astype(str)


def _text(series: pd.Series, count: int) -> pd.Series:
    text = pd.Series(series, dtype="string").reset_index(drop=True).str.strip()
    if len(text) != count:
        raise ValueError("attribute length differs from the footprint count")
    return text.mask(text == "")


def _material(series: pd.Series, count: int, rules: RoofRules):
    # Decided once per distinct code (a few dozen in BD TOPO), then spread by index.
    codes, values = pd.factorize(_text(series, count).fillna(""))
    allowed = set(rules.flat_material_digits)
    pitched = np.array([any(d in value for d in rules.pitched_material_digits)
                        for value in values], dtype=bool)
    others = [set(value) - {"0", "9"} for value in values]
    concrete = np.array([bool(o) and o <= allowed for o in others], dtype=bool)
    return pitched[codes], (concrete & ~pitched)[codes]


def main_axis(geometry: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray,
                                             np.ndarray]:
    """Long axis of each geometry's minimum rotated rectangle.

    Returns
    -------
    corners : numpy.ndarray, shape (n, 4, 2)
        Rectangle corners, ordered so that edge 0-1 is a long side.
    direction_deg : numpy.ndarray
        Grid bearing of the long axis, 0..180 (0 = grid north) [deg].
    length_m, width_m : numpy.ndarray
        Long and short side [m].
    """
    rectangle = shapely.oriented_envelope(geometry)
    rings = shapely.get_exterior_ring(rectangle)
    coords, index = shapely.get_coordinates(rings, return_index=True)
    corners = np.full((len(geometry), 4, 2), np.nan)
    starts = np.searchsorted(index, np.arange(len(geometry)))
    counts = np.bincount(index, minlength=len(geometry))
    full = counts >= 5
    for corner in range(4):
        corners[full, corner] = coords[starts[full] + corner]
    first = np.hypot(*(corners[:, 1] - corners[:, 0]).T)
    second = np.hypot(*(corners[:, 2] - corners[:, 1]).T)
    rotate = second > first
    corners[rotate] = np.roll(corners[rotate], -1, axis=1)
    edge = corners[:, 1] - corners[:, 0]
    direction = np.mod(np.degrees(np.arctan2(edge[:, 0], edge[:, 1])), 180.0)
    return corners, direction, np.maximum(first, second), np.minimum(first, second)


def facets_from_footprints(geometry: np.ndarray, flat: np.ndarray, pitch_deg: float,
                           north_grid_bearing_deg: np.ndarray | float = 0.0
                           ) -> FacetTable:
    """Turn footprints into facets: one flat facet, or two faces along the ridge.

    Parameters
    ----------
    geometry : numpy.ndarray of shapely polygons
        Footprints in a metric projected CRS.
    flat : numpy.ndarray of bool
        Footprints judged flat.
    pitch_deg : float
        Pitch of each face of a pitched footprint [deg].
    north_grid_bearing_deg : float or numpy.ndarray
        Grid bearing of true north at each footprint (meridian convergence) [deg];
        facet azimuths are corrected by it so that they are true azimuths.

    Returns
    -------
    FacetTable
        Flat footprints first keep their position order; facets are sorted by
        footprint then facet number.
    """
    geometry = np.asarray(geometry, dtype=object)
    flat = np.asarray(flat, dtype=bool)
    convergence = np.broadcast_to(np.asarray(north_grid_bearing_deg, float),
                                  geometry.shape)
    plan = shapely.area(geometry)
    flat_ids = np.flatnonzero(flat)
    pitched_ids = np.flatnonzero(~flat)
    corners, direction, _, _ = main_axis(geometry[pitched_ids])
    cut = split_along_ridge(geometry[pitched_ids], corners)
    cos_pitch = np.cos(np.radians(pitch_deg))
    facing = [np.mod(direction + 90.0 + 180.0 * side - convergence[pitched_ids], 360.0)
              for side in (0, 1)]
    footprint = np.concatenate([flat_ids, pitched_ids, pitched_ids])
    order = np.argsort(footprint, kind="stable")  # facet 1 before facet 2
    sloped = plan[pitched_ids] / 2 / cos_pitch
    columns = (
        footprint,
        np.concatenate([np.ones(len(flat_ids), int), np.ones(len(pitched_ids), int),
                        np.full(len(pitched_ids), 2)]),
        np.concatenate([plan[flat_ids], sloped, sloped]),
        np.concatenate([np.zeros(len(flat_ids)),
                        np.full(2 * len(pitched_ids), float(pitch_deg))]),
        np.concatenate([np.full(len(flat_ids), _SOUTH_DEG), *facing]),
        np.concatenate([geometry[flat_ids], cut[:, 0], cut[:, 1]]),
    )
    return FacetTable(*(column[order] for column in columns))


def split_along_ridge(geometry: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """Cut each polygon along the ridge: the long axis through its rectangle's middle.

    The ridge is the line through the middle of the short side ``corners[:, 0]`` -
    ``corners[:, 3]``, parallel to the long side ``corners[:, 0]`` - ``corners[:, 1]``.
    Each polygon is moved to a frame whose x axis is the ridge (a rotation and a
    translation: exact to a few 1e-10 m), clipped to y <= 0 and y >= 0 with GEOS'
    fast rectangle clipping, and moved back. The two halves cover the polygon
    exactly, including any part that falls outside the rectangle (GEOS' minimum-area
    rectangle can miss the polygon by a few centimetres). A clipped half that comes
    out invalid or not polygonal is recomputed with the exact overlay
    (``shapely.intersection`` with the half-plane).

    Parameters
    ----------
    geometry : numpy.ndarray of shapely polygons
        Polygons in a metric projected CRS.
    corners : numpy.ndarray, shape (n, 4, 2)
        Rectangle corners from :func:`main_axis` (edge 0-1 is a long side) [m].

    Returns
    -------
    numpy.ndarray of shapely geometries, shape (n, 2)
        Half on the side of corners 0-1, then half on the side of corners 2-3.

    References
    ----------
    .. [1] Shapely 2 documentation, ``clip_by_rect`` and ``transform``.
    """
    geometry = np.asarray(geometry, dtype=object)
    halves = np.empty((len(geometry), 2), dtype=object)
    for start in range(0, len(geometry), _CHUNK):  # bounds the temporary copies
        part = slice(start, start + _CHUNK)
        halves[part] = _split_chunk(geometry[part], corners[part])
    return halves


#: Polygons moved and clipped at a time: the moved copies stay a bounded fraction
#: of the input.
_CHUNK = 50_000


def _split_chunk(geometry: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """:func:`split_along_ridge` on one chunk."""
    halves = np.empty((len(geometry), 2), dtype=object)
    a, b, d = corners[:, 0], corners[:, 1], corners[:, 3]
    along = (b - a) / np.hypot(*(b - a).T)[:, None]
    across = np.column_stack([-along[:, 1], along[:, 0]])
    across *= np.sign(((d - a) * across).sum(axis=1))[:, None]  # towards 2-3 side
    origin = (a + d) / 2
    usable = np.isfinite(origin).all(axis=1) & np.isfinite(across).all(axis=1)
    usable &= (across != 0).any(axis=1)
    frame = (origin, along, across)
    local = shapely.transform(geometry, _frame_mover(geometry, frame, inverse=False))
    for side, (low, high) in enumerate(((-_FAR_M, 0.0), (0.0, _FAR_M))):
        clipped = shapely.clip_by_rect(local, -_FAR_M, low, _FAR_M, high)
        clipped = shapely.transform(clipped, _frame_mover(clipped, frame, inverse=True))
        redo = ~usable | ~np.isin(shapely.get_type_id(clipped), (3, 6))
        redo |= ~shapely.is_valid(clipped)
        if redo.any():
            part = tuple(value[redo] for value in frame)
            clipped[redo] = _exact_half(geometry[redo], part, side)
        halves[:, side] = clipped
    return halves


#: Half-width of the clipping rectangles in the ridge frame [m]: larger than any
#: building.
_FAR_M = 1.0e6


def _frame_mover(geometry: np.ndarray, frame, *, inverse: bool):
    """Coordinate function for shapely.transform: to (or from) each ridge frame."""
    origin, along, across = frame
    owner = np.repeat(np.arange(len(geometry)), shapely.get_num_coordinates(geometry))
    o, u, v = origin[owner], along[owner], across[owner]

    def move(xy: np.ndarray) -> np.ndarray:
        if inverse:
            return o + xy[:, :1] * u + xy[:, 1:] * v
        offset = xy - o
        return np.column_stack([(offset * u).sum(axis=1), (offset * v).sum(axis=1)])

    return move


def _exact_half(geometry: np.ndarray, frame, side: int) -> np.ndarray:
    """Overlay intersection with the half-plane on ``side`` of the ridge (slow)."""
    origin, along, across = frame
    bounds = shapely.bounds(geometry)
    reach = np.hypot(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])
    reach = (2.0 * reach + 1.0)[:, None]
    towards = (across if side == 1 else -across) * reach
    start, end = origin - along * reach, origin + along * reach
    ring = np.stack([start, end, end + towards, start + towards], axis=1)
    finite = np.isfinite(ring).all(axis=(1, 2))
    half = np.full(len(geometry), None, dtype=object)
    half[finite] = shapely.polygons(ring[finite])
    return shapely.intersection(geometry, half)


def slope_from_altitudes(geometry: np.ndarray, rise_m: np.ndarray,
                         group: np.ndarray, flat_max_rise_m: float,
                         north_grid_bearing_deg: np.ndarray | float = 0.0
                         ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Tilt and azimuth of plan-view facets from their lowest and highest altitude.

    The slope is taken across the facet's short side (eaves and ridge along the long
    side): tilt = atan(rise / width of the minimum rotated rectangle). The facet faces
    away from the centre of its building (``group``: facets of one building share a
    value), along the short axis; a facet alone in its building, or centred on it,
    faces the more southern of the two directions. Facets rising no more than
    ``flat_max_rise_m`` are flat (tilt 0, facing south).

    Returns
    -------
    tilt_deg, azimuth_deg : numpy.ndarray
        [deg], azimuth 0 = north clockwise.
    rule : numpy.ndarray of str
        ``"altitudes"``, ``"altitudes_sud"`` (direction assumed) or ``"plat"``.
    """
    geometry = np.asarray(geometry, dtype=object)
    rise = np.asarray(rise_m, dtype=float)
    _, direction, _, width = main_axis(geometry)
    tilt = np.degrees(np.arctan2(rise, width))
    normal = np.radians(direction + 90.0)
    centre = shapely.get_coordinates(shapely.centroid(geometry))
    frame = pd.DataFrame({"x": centre[:, 0], "y": centre[:, 1], "g": group,
                          "a": shapely.area(geometry)})
    weights = frame.assign(x=frame.x * frame.a, y=frame.y * frame.a).groupby("g")
    total = weights[["x", "y", "a"]].transform("sum")
    offset = centre - np.column_stack([total.x / total.a, total.y / total.a])
    along = offset[:, 0] * np.sin(normal) + offset[:, 1] * np.cos(normal)
    known = np.abs(along) > 0.1
    south_side = np.cos(normal) < 0  # the normal itself points to the south
    side = np.where(known, along > 0, south_side)
    bearing = np.degrees(normal) + np.where(side, 0.0, 180.0)
    azimuth = np.mod(bearing - north_grid_bearing_deg, 360.0)
    flat = rise <= flat_max_rise_m
    rule = np.where(flat, "plat", np.where(known, "altitudes", "altitudes_sud"))
    return np.where(flat, 0.0, tilt), np.where(flat, _SOUTH_DEG, azimuth), rule
