"""Size a heat-network extension end to end (the entry point, a progress task).

``size_extension(problem, params)`` is a generator (see :mod:`core.progress`): each
``yield`` is a progress point and a cancellation point; its return value is the
:class:`~artois_energy_desk.core.network.problem.ExtensionResult`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from shapely.geometry import Point

from artois_energy_desk import InputError
from artois_energy_desk.core.network.catalogue import catalogue_series
from artois_energy_desk.core.network.costs import (
    connection_cost_eur,
    substation_cost_eur,
)
from artois_energy_desk.core.network.demand import estimate_demand
from artois_energy_desk.core.network.economics import evaluate_economics
from artois_energy_desk.core.network.existing import (
    check_trunk,
    choose_tie_in,
    distance_to_network_m,
)
from artois_energy_desk.core.network.hydraulics import pump_electric_power_w
from artois_energy_desk.core.network.indicators import indicator_table
from artois_energy_desk.core.network.layout import Layout, lay_out
from artois_energy_desk.core.network.losses import fcu_distance_class
from artois_energy_desk.core.network.problem import ExtensionProblem, ExtensionResult
from artois_energy_desk.core.network.simultaneity import METHODS
from artois_energy_desk.core.network.sizing import design_conditions, size_tree
from artois_energy_desk.core.network.verdict import judge
from artois_energy_desk.core.parameters import ParameterSet
from artois_energy_desk.core.progress import Progress, Task, scaled

__all__ = ["size_extension"]


def size_extension(
    problem: ExtensionProblem,
    params: ParameterSet,
) -> Task[ExtensionResult]:
    """Route, size and judge an extension (progress task).

    Parameters
    ----------
    problem : ExtensionProblem
        Buildings, streets, and a new source or an existing network.
    params : ParameterSet
        Default parameters (``network.*``, tables ``network_*`` and the pipe catalogue
        ``network_pipe_catalogue``).

    Returns
    -------
    ExtensionResult
        Through ``StopIteration.value`` (use :func:`core.progress.run`).
    """
    supply = _supply(problem)
    method = problem.simultaneity_method or params.text("network.simultaneity_method")
    if method not in METHODS:
        raise InputError(
            f"méthode de foisonnement '{method}' inconnue ; attendu l'une de "
            f"{', '.join(METHODS)}."
        )
    root_point = _root_point(problem, params)
    layout = yield from scaled(lay_out(problem, params, root_point), 0.0, 0.6)
    yield Progress(0.65, "Dimensionnement des canalisations")
    design = design_conditions(params, supply.supply_temp_c, supply.return_temp_c)
    segments, node_dp = size_tree(layout, params, method, design)
    yield Progress(0.8, "Pertes, pompage et réseau existant")
    result = _finish(problem, params, layout, segments, node_dp, design, method, supply)
    yield Progress(1.0, "Terminé")
    return result


def _supply(problem: ExtensionProblem):
    if (problem.source is None) == (problem.existing is None):
        raise InputError(
            "indiquer soit un réseau existant, soit un point de production "
            "nouveau (l'un ou l'autre, pas les deux)."
        )
    return problem.source if problem.source is not None else problem.existing.plant


def _root_point(problem: ExtensionProblem, params: ParameterSet) -> Point:
    if problem.source is not None:
        return problem.source.geometry
    if problem.existing.tie_in is not None:
        return problem.existing.tie_in
    demand = estimate_demand(problem.buildings, params, problem.degree_days_base18)
    usable = demand["annual_demand_mwh"].fillna(0).clip(lower=0)
    excluded = problem.buildings.get("exclude", pd.Series(False, index=usable.index))
    usable = usable.where(~excluded.astype("boolean").fillna(False).astype(bool), 0.0)
    return choose_tie_in(
        problem.existing.pipes["geometry"].to_numpy(),
        [g.representative_point() for g in problem.buildings["geometry"]],
        usable.to_numpy(),
    )


def _finish(problem, params, layout: Layout, segments, node_dp, design, method, supply):
    buildings = layout.buildings
    connected = buildings[buildings["connected"]]
    if connected.empty:
        raise InputError(
            "aucun bâtiment raccordable : "
            + "; ".join(sorted(set(buildings["reason"])))
        )
    root_flow = segments.loc[
        segments["from_node"] == layout.tree.nodes[0], "design_mass_flow_kg_s"
    ].sum()
    nodes = _nodes(layout, node_dp)
    building_nodes = nodes[nodes["kind"] == "building"]
    worst_loop = float(building_nodes["loop_pressure_drop_pa"].max())
    required_head = worst_loop + params.value("network.min_consumer_dp_pa")
    trunk = None
    if problem.existing is not None:
        trunk = _trunk(problem, params, layout, root_flow, design)
    available = np.nan if supply.available_dp_pa is None else supply.available_dp_pa
    pump_head = required_head + (0.0 if trunk is None else trunk.loop_pressure_drop_pa)
    nodes["differential_pressure_pa"] = (
        available if not np.isnan(available) else required_head
    ) - nodes["loop_pressure_drop_pa"]
    power_w = pump_electric_power_w(
        pump_head,
        root_flow,
        design.return_.density_kg_m3,
        params.value("network.pump_efficiency_hydraulic"),
        params.value("network.pump_efficiency_electric"),
    )
    buildings = _building_results(buildings, problem, params, connected)
    delivered = float(connected["annual_demand_mwh"].sum())
    diversified = float(
        segments.loc[
            segments["from_node"] == layout.tree.nodes[0], "diversified_peak_kw"
        ].sum()
    )
    pumping_kwh = power_w / 1000.0 * delivered * 1000.0 / max(diversified, 1e-9)
    trench = float(segments["length_m"].sum())
    losses = float(segments["annual_heat_loss_mwh"].sum())
    economics = evaluate_economics(
        delivered,
        losses,
        float(segments["cost_eur"].sum()),
        float(buildings.loc[buildings["connected"], "connection_cost_eur"].sum()),
        delivered / trench,
        pumping_kwh,
        params,
        supply.emission_factor_kg_per_kwh,
        supply.renewable_share,
    )
    figures = {
        "delivered_mwh": delivered,
        "losses_mwh": losses,
        "trench_length_m": trench,
        "density_mwh_per_m": delivered / trench,
        "loss_fraction": losses / (delivered + losses),
        "design_loss_kw": float(segments["design_heat_loss_w"].sum()) / 1000.0,
        "diversified_peak_kw": diversified,
        "subscribed_kw": float(connected["design_peak_kw"].sum()),
        "root_mass_flow_kg_s": float(root_flow),
        "worst_loop_dp_pa": worst_loop,
        "required_head_pa": required_head,
        "pump_head_pa": pump_head,
        "worst_dp_pa": available - worst_loop if not np.isnan(available) else np.nan,
        "worst_consumer_dp_pa": (
            available if not np.isnan(available) else required_head
        )
        - worst_loop,
        "pump_power_w": power_w,
        "pumping_kwh": pumping_kwh,
        "pumping_share": pumping_kwh / (delivered * 1000.0),
        "outside_catalogue": float((~segments["within_catalogue"]).sum()),
        "max_velocity_m_s": float(segments["velocity_m_s"].max()),
        "spare_capacity_kw": np.nan
        if supply.spare_capacity_kw is None
        else float(supply.spare_capacity_kw),
        "required_capacity_kw": diversified
        + float(segments["design_heat_loss_w"].sum()) / 1000.0,
        "supply_temp_c": design.supply.temp_c,
        "return_temp_c": design.return_.temp_c,
    }
    verdict = judge(figures, economics, trunk, params)
    branches = _branches(segments)
    schedule = segments.groupby(["dn", "surface"], as_index=False).agg(
        length_m=("length_m", "sum"), cost_eur=("cost_eur", "sum")
    )
    indicators = indicator_table(
        figures,
        economics,
        buildings,
        branches,
        schedule,
        method,
        connected["peak_method"].iloc[0],
        params,
    )
    result = ExtensionResult(
        segments=segments,
        nodes=nodes,
        buildings=buildings,
        branches=branches,
        dn_schedule=schedule,
        indicators=indicators,
        assumptions=_assumptions(params),
        verdict=verdict,
        trunk=None if trunk is None else trunk.pipes,
        figures=figures,
    )
    return result


def _trunk(problem, params, layout: Layout, root_flow, design):
    rows = catalogue_series(
        params.table("network_pipe_catalogue"),
        int(params.value("network.insulation_series")),
    )
    limits = {
        "max_gradient_pa_per_m": params.value(
            "network.max_specific_pressure_drop_pa_per_m"
        ),
        "max_velocity_m_s": params.value("network.max_velocity_m_s"),
        "fittings_allowance": params.value("network.fittings_allowance"),
        "roughness_mm": params.value("network.existing_roughness_mm"),
    }
    return check_trunk(
        problem.existing.pipes,
        problem.existing.plant.geometry,
        layout.root_point,
        root_flow,
        rows,
        (design.supply, design.return_),
        limits,
        params.value("network.snap_tolerance_m"),
    )


def _nodes(layout: Layout, node_dp: np.ndarray) -> pd.DataFrame:
    graph = layout.tree.graph
    ids = layout.tree.nodes
    children = np.bincount(layout.tree.parent[1:], minlength=len(ids))
    kind = []
    for position, node in enumerate(ids):
        own = graph.nodes[node].get("kind", "street") if node in graph else "street"
        if position == 0:
            kind.append("root")
        elif own == "building":
            kind.append("building")
        else:
            kind.append("junction" if children[position] > 1 else "street")
    return pd.DataFrame(
        {
            "node_id": ids,
            "kind": kind,
            "loop_pressure_drop_pa": node_dp,
            "geometry": [
                Point(
                    layout.street.graph.nodes[n]["x"], layout.street.graph.nodes[n]["y"]
                )
                for n in ids
            ],
        }
    )


def _building_results(buildings, problem, params, connected) -> pd.DataFrame:
    result = buildings.copy()
    method = params.text("network.connection_cost_method")
    cost = (
        connection_cost_eur(result, params)
        if method == "fedene"
        else substation_cost_eur(
            result["design_peak_kw"].fillna(0), params.table("network_substation_costs")
        )
    )
    result["connection_cost_eur"] = np.where(result["connected"], cost, 0.0)
    if problem.existing is not None:
        distance = distance_to_network_m(
            result["geometry"].to_numpy(), problem.existing.pipes["geometry"].to_numpy()
        )
    else:
        distance = np.full(len(result), np.nan)
    result["distance_to_network_m"] = distance
    result["fcu_distance_class"] = fcu_distance_class(distance, params)
    return result


def _branches(segments: pd.DataFrame) -> pd.DataFrame:
    grouped = segments.groupby("branch_id")
    head = grouped["segment_id"].idxmin()
    table = pd.DataFrame(
        {
            "branch_id": head.index,
            "trench_length_m": grouped["length_m"].sum().to_numpy(),
            "buildings": grouped.apply(
                lambda g: int((g["kind"] == "service").sum()), include_groups=False
            ).to_numpy(),
            "own_demand_mwh": grouped.apply(
                lambda g: float(
                    g.loc[g["kind"] == "service", "downstream_demand_mwh"].sum()
                ),
                include_groups=False,
            ).to_numpy(),
            "downstream_demand_mwh": segments.loc[
                head, "downstream_demand_mwh"
            ].to_numpy(),
            "downstream_density_mwh_per_m": segments.loc[
                head, "downstream_density_mwh_per_m"
            ].to_numpy(),
            "pressure_drop_pa": grouped["pressure_drop_pa"].sum().to_numpy(),
        }
    )
    table["own_density_mwh_per_m"] = table["own_demand_mwh"] / table["trench_length_m"]
    return table


def _assumptions(params: ParameterSet) -> pd.DataFrame:
    records = params.records()
    return records[records["name"].str.startswith("network.")].reset_index(drop=True)
