"""Lay out an extension: demand, street graph, attachment, routing and selection."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from artois_energy_desk import InputError
from artois_energy_desk.core.network.demand import RESIDENTIAL_USES, estimate_demand
from artois_energy_desk.core.network.graph import (
    StreetGraph,
    attach_points,
    build_street_graph,
)
from artois_energy_desk.core.network.problem import ExtensionProblem
from artois_energy_desk.core.network.routing import (
    OrientedTree,
    orient_tree,
    route_tree,
    select_viable,
)
from artois_energy_desk.core.parameters import ParameterSet
from artois_energy_desk.core.progress import Progress, Task

__all__ = ["Layout", "lay_out"]


@dataclass(frozen=True)
class Layout:
    """A routed extension before sizing.

    Attributes
    ----------
    buildings : pandas.DataFrame
        Input buildings with demand columns, ``node`` (graph node or -1),
        ``connected`` and ``reason``.
    tree : OrientedTree
        The routed tree from the root.
    street : StreetGraph
        The full street graph (for node positions).
    root_point : shapely.Point
        Where the extension starts (source or tie-in).
    """

    buildings: pd.DataFrame
    tree: OrientedTree
    street: StreetGraph
    root_point: shapely.Point


def lay_out(
    problem: ExtensionProblem, params: ParameterSet, root_point
) -> Task[Layout]:
    """Estimate demand, build the street graph, attach points, route, select."""
    yield Progress(0.0, "Estimation des besoins")
    buildings = _with_demand(problem, params)
    yield Progress(0.15, "Construction du graphe des rues")
    street = _street_graph(problem.streets, params)
    yield Progress(0.35, "Raccordement des bâtiments aux rues")
    candidates = buildings.index[buildings["reason"] == ""]
    geoms = buildings.loc[candidates, "geometry"].to_numpy()
    points = shapely.point_on_surface(geoms)
    surface = params.text("network.default_surface")
    nodes = attach_points(street, points, geoms, "building", "service", surface)
    buildings["node"] = -1
    buildings.loc[candidates, "node"] = nodes
    root = int(
        attach_points(street, [root_point], None, "root", "connection", surface)[0]
    )
    yield Progress(0.55, "Tracé du réseau (arbre de Steiner)")
    tree = _route(buildings, street, root, problem, params)
    yield Progress(0.9, "Orientation de l'arbre")
    connected = set(tree.nodes)
    reached = buildings["node"].isin(connected) & (buildings["reason"] == "")
    buildings["connected"] = reached
    buildings.loc[reached, "reason"] = "raccordé"
    return Layout(buildings, orient_tree(tree, root), street, root_point)


def _with_demand(problem: ExtensionProblem, params: ParameterSet) -> pd.DataFrame:
    buildings = problem.buildings.copy()
    if buildings.empty:
        raise InputError("aucun bâtiment candidat à raccorder.")
    demand = estimate_demand(buildings, params, problem.degree_days_base18)
    for column in demand.columns:
        buildings[column] = demand[column]
    use = buildings.get("building_use", pd.Series("", index=buildings.index))
    buildings["residential"] = (
        use.fillna("")
        .astype(str)
        .str.lower()
        .map(lambda text: text == "" or any(key in text for key in RESIDENTIAL_USES))
    )
    reason = pd.Series("", index=buildings.index, dtype=object)
    reason[buildings["annual_demand_mwh"].isna()] = (
        "besoin de chaleur inconnu (ni besoin annuel, ni surface avec classe DPE, "
        "usage ou année de construction, ni nombre de logements)"
    )
    reason[(reason == "") & ~(buildings["annual_demand_mwh"] > 0)] = (
        "besoin de chaleur nul"
    )
    excluded = buildings.get("exclude", pd.Series(False, index=buildings.index))
    reason[excluded.astype("boolean").fillna(False).astype(bool)] = (
        "exclu par l'utilisateur"
    )
    buildings["reason"] = reason
    buildings["connected"] = False
    return buildings


def _street_graph(streets: pd.DataFrame, params: ParameterSet) -> StreetGraph:
    surfaces = params.table("network_street_surface")
    costs = params.table("network_trench_costs").set_index("dn")
    reference = costs.loc[costs.index[costs.index >= 50][0]]
    factor = {
        "hard": 1.0,
        "soft": reference["soft_eur_per_m"] / reference["hard_eur_per_m"],
    }
    return build_street_graph(
        streets["geometry"].to_numpy(),
        streets.get("street_class", [""] * len(streets)),
        dict(zip(surfaces["street_class"], surfaces["surface"], strict=True)),
        factor,
        params.text("network.default_surface"),
        params.value("network.snap_tolerance_m"),
    )


def _route(
    buildings: pd.DataFrame,
    street: StreetGraph,
    root: int,
    problem: ExtensionProblem,
    params: ParameterSet,
):
    wanted = buildings[buildings["reason"] == ""]
    tree, unreachable = route_tree(street.graph, root, wanted["node"].tolist())
    lost = buildings["node"].isin(unreachable) & (buildings["reason"] == "")
    buildings.loc[lost, "reason"] = "rue non reliée au point d'alimentation"
    if not problem.select_viable:
        return tree
    threshold = params.value("network.density_threshold_mwh_per_m")
    kept = buildings[(buildings["reason"] == "") & buildings["node"].isin(set(tree))]
    forced_flag = kept.get("force", pd.Series(False, index=kept.index))
    forced = set(
        kept.loc[forced_flag.astype("boolean").fillna(False).astype(bool), "node"]
    )
    demand = dict(zip(kept["node"], kept["annual_demand_mwh"], strict=True))
    dropped = select_viable(tree, root, demand, forced, threshold)
    if not dropped:
        return tree
    mask = buildings["node"].isin(dropped)
    buildings.loc[mask, "reason"] = (
        f"écarté : sa branche propre a une densité < {threshold:g} MWh/(m·an)"
    )
    keep_nodes = [n for n in demand if n not in dropped]
    tree, _ = route_tree(street.graph, root, keep_nodes)
    return tree


def tree_positions(tree: OrientedTree) -> dict[int, int]:
    """Position of each graph node in the oriented tree."""
    return {int(node): position for position, node in enumerate(tree.nodes)}


def node_weights(
    tree: OrientedTree, buildings: pd.DataFrame, column: str
) -> np.ndarray:
    """Per tree position, ``column`` of the building at that node (else 0)."""
    positions = tree_positions(tree)
    values = np.zeros(len(tree.nodes))
    connected = buildings[buildings["connected"]]
    for node, value in zip(connected["node"], connected[column], strict=True):
        values[positions[int(node)]] = value
    return values
