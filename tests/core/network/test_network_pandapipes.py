"""Validation against pandapipes, an independent hydraulic and thermal simulator.

The sized network is rebuilt in pandapipes with the same topology, inner diameters,
hydraulic lengths, roughness, U values, temperatures and consumer loads (each consumer
with its design load and design mass flow), and solved with its Colebrook friction
model. Tolerances (issue 6): pressure drop per segment within 5 %, worst-point
differential pressure within 5 %, total heat loss within 10 % (pandapipes lets the
temperature decay along each pipe while our losses use the nominal temperatures).

Diversity is switched off ("none") for these runs: pandapipes enforces mass
conservation, so segment flows must be the sums of the consumer flows downstream.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from network_pandapipes_model import build_pandapipes

from artois_energy_desk.core.network import ExtensionProblem, size_extension
from artois_energy_desk.core.network.hydraulics import water_properties
from artois_energy_desk.core.progress import run
from artois_energy_desk.io.network import read_buildings, read_source, read_streets

pp = pytest.importorskip("pandapipes")


def _compare(result, params):
    water = params.table("network_water_properties")
    design = (result.figures["supply_temp_c"] + result.figures["return_temp_c"]) / 2
    cp = water_properties(design, water).heat_capacity_j_per_kg_k
    net, sp, rp, sj, rj = build_pandapipes(
        result,
        params.value("network.ground_temp_design_c"),
        result.figures["supply_temp_c"],
        cp,
    )
    pp.pipeflow(
        net,
        mode="sequential",
        friction_model="colebrook",
        max_iter_hyd=100,
        max_iter_therm=100,
    )
    res = net.res_pipe
    drop_pp = (
        (res.loc[sp, "p_from_bar"].to_numpy() - res.loc[sp, "p_to_bar"].to_numpy())
        + (res.loc[rp, "p_from_bar"].to_numpy() - res.loc[rp, "p_to_bar"].to_numpy())
    ) * 1e5
    ours = result.segments["pressure_drop_pa"].to_numpy()
    connected = result.buildings[result.buildings["connected"]]
    junction = net.res_junction["p_bar"]
    worst_pp = min(
        (junction[sj[int(n)]] - junction[rj[int(n)]]) * 1e5 for n in connected["node"]
    )
    loss_pp = float(
        (res["mdot_from_kg_per_s"] * cp * (res["t_from_k"] - res["t_to_k"])).sum()
    )
    return {
        "dp_error": np.abs(drop_pp - ours) / ours,
        "worst_error": abs(worst_pp - result.figures["worst_consumer_dp_pa"])
        / result.figures["worst_consumer_dp_pa"],
        "loss_error": abs(loss_pp - result.segments["design_heat_loss_w"].sum())
        / loss_pp,
    }


@pytest.mark.external
def test_topotherm_district_against_pandapipes(external_data, network_params):
    folder = external_data / "topotherm-district"
    buildings, rejects = read_buildings(folder / "sinks.gpkg")
    assert rejects.empty and len(buildings) == 200
    # sinks.gpkg: ts_0 = peak [kW], flh_0 = full-load hours [h] (PROVENANCE.md).
    buildings["design_peak_kw"] = buildings["ts_0"]
    buildings["annual_demand_mwh"] = buildings["ts_0"] * buildings["flh_0"] / 1000.0
    streets, _ = read_streets(folder / "roads.gpkg", buildings.crs)
    source = read_source(folder / "source.gpkg", buildings.crs)
    result = run(
        size_extension(
            ExtensionProblem(
                buildings, streets, source=source, simultaneity_method="none"
            ),
            network_params,
        )
    )
    assert result.buildings["connected"].all()
    errors = _compare(result, network_params)
    assert errors["dp_error"].max() < 0.05
    assert errors["worst_error"] < 0.05
    assert errors["loss_error"] < 0.10


@pytest.mark.external
def test_dhnx_example_against_pandapipes(external_data, network_params):
    folder = external_data / "dhnx-network-aggregation"
    # The planned DHNx pipes (distribution + generation lines) serve as the streets;
    # consumers carry their peak P_heat_max [kW]; annual demand = peak x the FCU
    # full-load hours of the Pas-de-Calais (1 747 h), for the density only.
    pipes = gpd.read_file(folder / "pipes.geojson")
    streets = pipes[pipes["type"].isin(["DL", "GL"])].assign(street_class="")
    consumers, rejects = read_buildings(folder / "consumers.geojson")
    assert rejects.empty and len(consumers) == 158
    consumers["design_peak_kw"] = consumers["P_heat_max"].astype(float)
    consumers["annual_demand_mwh"] = consumers["design_peak_kw"] * 1.747
    source = read_source(folder / "producers.geojson", consumers.crs)
    result = run(
        size_extension(
            ExtensionProblem(
                consumers,
                pd.DataFrame(streets),
                source=source,
                simultaneity_method="none",
            ),
            network_params,
        )
    )
    assert result.buildings["connected"].sum() >= 150
    errors = _compare(result, network_params)
    assert errors["dp_error"].max() < 0.05
    assert errors["worst_error"] < 0.05
    assert errors["loss_error"] < 0.10
