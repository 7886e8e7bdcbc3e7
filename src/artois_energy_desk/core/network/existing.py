"""Existing network: tie-in choice, distances, and headroom of the trunk to the plant.

No existing planning tool checks whether the pipes between the plant and a tie-in point
can carry an extension's flow (THERMOS cannot upgrade an existing pipe,
``docs/faq.org``; ``shared/reference/heat-networks.md`` §15). Here each existing pipe
on the path from the plant to the tie-in is checked against the sizing limits with its
current flow (where the input gives it) plus the added flow; the first pipe that breaks
a limit, counted from the plant, is the bottleneck, with the DN it would need.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import Point

from artois_energy_desk import InputError
from artois_energy_desk.core.network.catalogue import choose_pipes
from artois_energy_desk.core.network.hydraulics import (
    WaterProperties,
    pressure_gradient_pa_per_m,
    velocity_m_s,
)

__all__ = ["TrunkCheck", "check_trunk", "choose_tie_in", "distance_to_network_m"]


@dataclass(frozen=True)
class TrunkCheck:
    """Result of the trunk check.

    Attributes
    ----------
    pipes : pandas.DataFrame
        One row per existing pipe on the path, plant first: ``existing_pipe_id``,
        ``dn``, ``length_m``, ``current_mass_flow_kg_s``, ``added_mass_flow_kg_s``,
        ``velocity_m_s``, ``specific_pressure_drop_pa_per_m``, ``pressure_drop_pa``
        (supply + return), ``within_limits`` and ``required_dn``.
    bottleneck : pandas.Series or None
        First pipe (from the plant) breaking a limit.
    loop_pressure_drop_pa : float
        Supply + return pressure drop from plant to tie-in with the added flow [Pa].
    current_load_known : bool
        Whether every pipe gave its current load (otherwise the check is of the added
        flow alone, a lower bound of the real loading).
    unknown_dn : int
        Number of pipes on the path whose DN is unknown (not checked).
    """

    pipes: pd.DataFrame
    bottleneck: pd.Series | None
    loop_pressure_drop_pa: float
    current_load_known: bool
    unknown_dn: int


def distance_to_network_m(geometries, pipes) -> np.ndarray:
    """Straight-line distance from each geometry to the nearest existing pipe [m]."""
    lines = np.asarray(pipes, dtype=object)
    geoms = np.asarray(geometries, dtype=object)
    index, distance = shapely.STRtree(lines).query_nearest(
        geoms, return_distance=True, all_matches=False
    )
    result = np.full(len(geoms), np.nan)
    result[index[0]] = distance
    return result


def choose_tie_in(pipes, points, weights_mwh) -> Point:
    """Point of the existing network minimising Σ demand × distance to the buildings.

    The candidates are the points of the existing network nearest to each building; the
    chosen one minimises the demand-weighted straight-line distance to all buildings (a
    1-median restricted to the network).

    Parameters
    ----------
    pipes : array-like of LineString
        Existing pipes [m].
    points : array-like of Point
        Buildings to connect [m].
    weights_mwh : array-like
        Annual demand of each building [MWh/yr].
    """
    lines = np.asarray(pipes, dtype=object)
    pts = np.asarray(points, dtype=object)
    if len(pts) == 0:
        raise InputError("aucun bâtiment à raccorder : point de raccordement indéfini.")
    union = shapely.union_all(lines)
    candidates = shapely.get_point(shapely.shortest_line(union, pts), 0)
    cand_xy = shapely.get_coordinates(candidates)
    pts_xy = shapely.get_coordinates(pts)
    w = np.asarray(weights_mwh, dtype=float)
    step = max(1, len(cand_xy) // 500)
    sub = cand_xy[::step]
    cost = (
        np.hypot(
            sub[:, None, 0] - pts_xy[None, :, 0], sub[:, None, 1] - pts_xy[None, :, 1]
        )
        @ w
    )
    return Point(sub[int(np.argmin(cost))])


def check_trunk(
    pipes: pd.DataFrame,
    plant: Point,
    tie_in: Point,
    added_flow_kg_s: float,
    rows: pd.DataFrame,
    waters: tuple[WaterProperties, WaterProperties],
    limits: dict[str, float],
    tolerance_m: float,
) -> TrunkCheck:
    """Check the existing pipes between the plant and the tie-in with the added flow.

    Parameters
    ----------
    pipes : pandas.DataFrame
        ``geometry`` (LineString [m]), ``existing_pipe_id``, ``dn`` (NaN where unknown),
        optional ``current_mass_flow_kg_s``.
    plant, tie_in : shapely.Point
        Plant and tie-in locations [m].
    added_flow_kg_s : float
        Design mass flow of the extension [kg/s].
    rows : pandas.DataFrame
        Catalogue series used to read inner diameters and to propose a DN.
    waters : tuple of WaterProperties
        Supply and return water.
    limits : dict
        ``max_gradient_pa_per_m``, ``max_velocity_m_s``, ``fittings_allowance``,
        ``roughness_mm`` (existing pipes).
    tolerance_m : float
        End-point merging tolerance [m].
    """
    graph, positions = _pipe_graph(pipes, tolerance_m)
    start = _nearest_node(positions, plant)
    end = _nearest_node(positions, _project(pipes, tie_in))
    try:
        path = nx.shortest_path(graph, start, end, weight="length_m")
    except nx.NetworkXNoPath:
        raise InputError(
            "réseau existant : le point de raccordement n'est pas relié à la "
            "chaufferie par les canalisations existantes (réseau discontinu)."
        ) from None
    ids = [graph.edges[a, b]["row"] for a, b in zip(path[:-1], path[1:], strict=True)]
    table = _checked(pipes.iloc[ids], added_flow_kg_s, rows, waters, limits)
    failing = table[~table["within_limits"] & table["dn"].notna()]
    current = (
        "current_mass_flow_kg_s" in pipes.columns
        and pipes.iloc[ids]["current_mass_flow_kg_s"].notna().all()
    )
    return TrunkCheck(
        table,
        None if failing.empty else failing.iloc[0],
        float(table["pressure_drop_pa"].sum()),
        bool(current),
        int(table["dn"].isna().sum()),
    )


def _pipe_graph(pipes: pd.DataFrame, tolerance_m: float):
    geoms = np.asarray(pipes["geometry"], dtype=object)
    ends = np.column_stack(
        [
            shapely.get_coordinates(shapely.get_point(geoms, 0)),
            shapely.get_coordinates(shapely.get_point(geoms, -1)),
        ]
    )
    ends = ends.reshape(-1, 2)
    _, first, inverse = np.unique(
        np.round(ends / tolerance_m).astype(np.int64),
        axis=0,
        return_index=True,
        return_inverse=True,
    )
    node = inverse.ravel().reshape(-1, 2)
    graph = nx.Graph()
    for row, (a, b) in enumerate(node):
        graph.add_edge(int(a), int(b), length_m=float(geoms[row].length), row=row)
    return graph, ends[first]


def _project(pipes: pd.DataFrame, point: Point) -> Point:
    union = shapely.union_all(np.asarray(pipes["geometry"], dtype=object))
    return shapely.get_point(shapely.shortest_line(union, point), 0)


def _nearest_node(positions: np.ndarray, point: Point) -> int:
    return int(
        np.argmin(np.hypot(positions[:, 0] - point.x, positions[:, 1] - point.y))
    )


def _checked(
    path: pd.DataFrame,
    added: float,
    rows: pd.DataFrame,
    waters,
    limits: dict[str, float],
) -> pd.DataFrame:
    dn = pd.to_numeric(path["dn"], errors="coerce").to_numpy(float)
    by_dn = rows.set_index("dn")["inner_diameter_mm"]
    d = np.array([by_dn.get(x, np.nan) for x in dn]) / 1000.0
    current = pd.to_numeric(path.get("current_mass_flow_kg_s", np.nan), errors="coerce")
    current = np.nan_to_num(np.broadcast_to(np.asarray(current, dtype=float), dn.shape))
    flow = current + added
    k = limits["roughness_mm"] / 1000.0
    length = np.asarray([g.length for g in path["geometry"]])
    hydraulic = length * (1.0 + limits["fittings_allowance"])
    gradients = [pressure_gradient_pa_per_m(flow, d, k, w) for w in waters]
    velocity = np.fmax(*[velocity_m_s(flow, d, w.density_kg_m3) for w in waters])
    worst = np.fmax(*gradients)
    ok = (worst <= limits["max_gradient_pa_per_m"]) & (
        velocity <= limits["max_velocity_m_s"]
    )
    need = choose_pipes(
        flow, rows, waters, limits["max_gradient_pa_per_m"], limits["max_velocity_m_s"]
    ).dn
    return pd.DataFrame(
        {
            "existing_pipe_id": path["existing_pipe_id"].to_numpy(),
            "dn": dn,
            "length_m": length,
            "current_mass_flow_kg_s": current,
            "added_mass_flow_kg_s": added,
            "velocity_m_s": velocity,
            "specific_pressure_drop_pa_per_m": worst,
            "pressure_drop_pa": (gradients[0] + gradients[1]) * hydraulic,
            "within_limits": ok | np.isnan(d),
            "required_dn": np.where(ok, dn, need),
        }
    )
