"""Size the routed tree: diversified peaks, DN, pressure drops, losses, trench cost.

Per segment, the buildings downstream give the diversified peak (simultaneity by the
chosen method on their number), the design mass flow at the design temperature
difference, the smallest EN 253 DN meeting the specific-pressure-drop and velocity
limits at both the supply and return temperatures, and the pressure drops of the pair
(Darcy-Weisbach, Colebrook-White) over the hydraulic length (trench length plus the
fittings allowance). The loop pressure drop is accumulated from the root to every node.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from artois_energy_desk.core.network.catalogue import catalogue_series, choose_pipes
from artois_energy_desk.core.network.costs import trench_cost_eur_per_m
from artois_energy_desk.core.network.hydraulics import (
    WaterProperties,
    pressure_gradient_pa_per_m,
    velocity_m_s,
    water_properties,
)
from artois_energy_desk.core.network.layout import Layout, node_weights
from artois_energy_desk.core.network.losses import (
    annual_heat_loss_mwh,
    design_heat_loss_w,
    linear_heat_density_mwh_per_m,
)
from artois_energy_desk.core.network.simultaneity import simultaneity_factor
from artois_energy_desk.core.parameters import ParameterSet

__all__ = ["DesignConditions", "design_conditions", "size_tree"]


@dataclass(frozen=True)
class DesignConditions:
    """Temperatures and water properties of a design.

    Attributes
    ----------
    supply, return_ : WaterProperties
        Water at the design supply and return temperatures.
    mean : WaterProperties
        Water at their mean (heat capacity for the mass flow).
    ground_temp_c : float
        Design ground temperature [°C].
    """

    supply: WaterProperties
    return_: WaterProperties
    mean: WaterProperties
    ground_temp_c: float

    @property
    def delta_t_k(self) -> float:
        """Design temperature difference [K]."""
        return self.supply.temp_c - self.return_.temp_c


def design_conditions(
    params: ParameterSet, supply_temp_c: float | None, return_temp_c: float | None
) -> DesignConditions:
    """Design temperatures (the plant's where given, else the defaults) and water."""
    from artois_energy_desk import InputError

    table = params.table("network_water_properties")
    supply = (
        params.value("network.supply_temp_c")
        if supply_temp_c is None
        else float(supply_temp_c)
    )
    back = (
        params.value("network.return_temp_c")
        if return_temp_c is None
        else float(return_temp_c)
    )
    if supply <= back:
        raise InputError(
            f"température de départ {supply:g} °C inférieure ou égale à la température "
            f"de retour {back:g} °C : attendu départ > retour."
        )
    return DesignConditions(
        water_properties(supply, table),
        water_properties(back, table),
        water_properties((supply + back) / 2.0, table),
        params.value("network.ground_temp_design_c"),
    )


def size_tree(
    layout: Layout, params: ParameterSet, method: str, design: DesignConditions
) -> tuple[pd.DataFrame, np.ndarray]:
    """Segments of the tree, sized; one row per tree edge (parent -> child).

    Parameters
    ----------
    layout : Layout
        The routed extension.
    params : ParameterSet
        ``network.*`` limits and tables (catalogue ``network_pipe_catalogue``).
    method : str
        Simultaneity method.
    design : DesignConditions
        Design temperatures and water.

    Returns
    -------
    segments : pandas.DataFrame
        Segment table (columns listed in ``io.network.writers.SEGMENT_COLUMNS``).
    node_dp : ndarray
        Loop (supply + return) pressure drop from the root to each tree node [Pa].
    """
    tree = layout.tree
    peak = node_weights(tree, layout.buildings, "design_peak_kw")
    demand = node_weights(tree, layout.buildings, "annual_demand_mwh")
    count = tree.downstream_sum(peak > 0)[1:]
    summed_peak = tree.downstream_sum(peak)[1:]
    factor = simultaneity_factor(count, method, params.table("network_simultaneity"))
    diversified_kw = factor * summed_peak
    flow = (
        diversified_kw
        * 1000.0
        / (design.mean.heat_capacity_j_per_kg_k * design.delta_t_k)
    )
    rows = catalogue_series(
        params.table("network_pipe_catalogue"),
        int(params.value("network.insulation_series")),
        params.value("network.min_dn"),
    )
    pipes = choose_pipes(
        flow,
        rows,
        (design.supply, design.return_),
        params.value("network.max_specific_pressure_drop_pa_per_m"),
        params.value("network.max_velocity_m_s"),
    )
    length = tree.edge_attribute("length_m").astype(float)
    hydraulic = length * (1.0 + params.value("network.fittings_allowance"))
    dp_supply = _drop(flow, pipes, design.supply) * hydraulic
    dp_return = _drop(flow, pipes, design.return_) * hydraulic
    surface = tree.edge_attribute("surface")
    cost_per_m = trench_cost_eur_per_m(
        pipes.dn, surface, params.table("network_trench_costs")
    )
    kind = tree.edge_attribute("kind")
    if params.text("network.connection_cost_method") == "fedene":
        cost_per_m = np.where(kind == "service", 0.0, cost_per_m)
    downstream_length = tree.downstream_sum(np.r_[0.0, length])[1:]
    segments = pd.DataFrame(
        {
            "segment_id": np.arange(1, len(length) + 1),
            "from_node": tree.nodes[tree.parent[1:]],
            "to_node": tree.nodes[1:],
            "kind": kind,
            "street_class": tree.edge_attribute("street_class"),
            "surface": surface,
            "length_m": length,
            "hydraulic_length_m": hydraulic,
            "downstream_buildings": count.astype(int),
            "downstream_demand_mwh": tree.downstream_sum(demand)[1:],
            "summed_peak_kw": summed_peak,
            "simultaneity_factor": factor,
            "diversified_peak_kw": diversified_kw,
            "design_mass_flow_kg_s": flow,
            "dn": pipes.dn,
            "inner_diameter_m": pipes.inner_diameter_m,
            "outer_diameter_m": pipes.outer_diameter_m,
            "roughness_mm": pipes.roughness_m * 1000.0,
            "u_w_per_m_k": pipes.u_w_per_m_k,
            "within_catalogue": pipes.within_catalogue,
            "velocity_m_s": velocity_m_s(
                flow, pipes.inner_diameter_m, design.return_.density_kg_m3
            ),
            "specific_pressure_drop_pa_per_m": _drop(flow, pipes, design.return_),
            "pressure_drop_supply_pa": dp_supply,
            "pressure_drop_return_pa": dp_return,
            "pressure_drop_pa": dp_supply + dp_return,
            "design_heat_loss_w": design_heat_loss_w(
                length,
                pipes.u_w_per_m_k,
                design.supply.temp_c,
                design.return_.temp_c,
                design.ground_temp_c,
            ),
            "annual_heat_loss_mwh": annual_heat_loss_mwh(
                length, pipes.u_w_per_m_k, params
            ),
            "cost_eur_per_m": cost_per_m,
            "cost_eur": cost_per_m * length,
            "downstream_density_mwh_per_m": linear_heat_density_mwh_per_m(
                tree.downstream_sum(demand)[1:], downstream_length
            ),
            "geometry": tree.edge_attribute("geometry"),
        }
    )
    segments["branch_id"] = _branches(tree.parent, kind)
    return segments, tree.upstream_sum(np.r_[0.0, dp_supply + dp_return])


def _drop(flow: np.ndarray, pipes, water: WaterProperties) -> np.ndarray:
    return pressure_gradient_pa_per_m(
        flow, pipes.inner_diameter_m, pipes.roughness_m, water
    )


def _branches(parent: np.ndarray, kind: np.ndarray) -> np.ndarray:
    """Branch number of each segment: a new branch starts at each street junction."""
    n = len(parent)
    street_children = np.zeros(n, dtype=int)
    for position in range(1, n):
        if kind[position - 1] != "service":
            street_children[parent[position]] += 1
    branch = np.zeros(n, dtype=int)
    next_branch = 1
    for position in range(1, n):
        up = parent[position]
        inherits = up > 0 and (
            kind[position - 1] == "service" or street_children[up] == 1
        )
        if inherits:
            branch[position] = branch[up]
        else:
            branch[position] = next_branch
            next_branch += 1
    return branch[1:]
