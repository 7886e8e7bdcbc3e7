"""End-to-end sizing on small hand-built layouts (tee, existing trunk, selection)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Point

from artois_energy_desk.core.network import (
    ExistingNetwork,
    ExtensionProblem,
    SupplyPoint,
    size_extension,
)
from artois_energy_desk.core.network.hydraulics import (
    pressure_gradient_pa_per_m,
    water_properties,
)
from artois_energy_desk.core.progress import Cancelled, run


def test_tee_by_hand(network_params, tee_problem):
    buildings, streets, source = tee_problem
    result = run(
        size_extension(
            ExtensionProblem(
                buildings, streets, source=source, simultaneity_method="none"
            ),
            network_params,
        )
    )
    seg = result.segments
    # Trench: 100 m trunk + 2 x 50 m branches + 2 x 10 m services = 220 m (the source
    # sits on the street end: its connection is a 1 mm stub, hence abs=0.01 m).
    assert seg["length_m"].sum() == pytest.approx(220.0, abs=0.01)
    trunk = seg[(seg["downstream_buildings"] == 2) & (seg["length_m"] > 1)]
    assert trunk["length_m"].sum() == pytest.approx(100.0)
    # No diversity: trunk flow = 60 kW / (cp x 30 K), cp at 65 °C from the table.
    water = network_params.table("network_water_properties")
    cp = water_properties(65.0, water).heat_capacity_j_per_kg_k
    assert trunk["design_mass_flow_kg_s"].iloc[0] == pytest.approx(60e3 / (cp * 30))
    # Pressure drop of the trunk pair by hand: gradient at 80 and 50 °C x 1.2 x 100 m.
    row = trunk.iloc[0]
    hand = sum(
        pressure_gradient_pa_per_m(
            row["design_mass_flow_kg_s"],
            row["inner_diameter_m"],
            row["roughness_mm"] / 1000,
            water_properties(t, water),
        )
        * 120.0
        for t in (80.0, 50.0)
    )
    assert row["pressure_drop_pa"] == pytest.approx(hand, rel=1e-9)
    # A consumer's loop drop is the sum of the pair drops on its path from the root.
    nodes = result.nodes.set_index("node_id")
    by_child = seg.set_index("to_node")
    node = result.buildings.set_index("building_id").loc["A", "node"]
    path_drop, at = 0.0, node
    while at in by_child.index:
        path_drop += by_child.loc[at, "pressure_drop_pa"]
        at = by_child.loc[at, "from_node"]
    assert nodes.loc[node, "loop_pressure_drop_pa"] == pytest.approx(path_drop)
    assert result.figures["required_head_pa"] == pytest.approx(
        nodes["loop_pressure_drop_pa"].max() + 50000.0
    )
    # Density 90 MWh / 220 m; the track branch (B) is priced as soft ground.
    assert result.figures["density_mwh_per_m"] == pytest.approx(90 / 220, rel=1e-4)
    assert set(seg.loc[seg["street_class"] == "track", "surface"]) == {"soft"}
    assert result.verdict.level == "défavorable"
    assert "densité" in result.verdict.reasons["criterion"].tolist()


def test_progress_is_monotonic_and_cancellable(network_params, tee_problem):
    buildings, streets, source = tee_problem
    fractions = []
    run(
        size_extension(
            ExtensionProblem(buildings, streets, source=source), network_params
        ),
        on_progress=lambda p: fractions.append(p.fraction),
    )
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    with pytest.raises(Cancelled):
        run(
            size_extension(
                ExtensionProblem(buildings, streets, source=source), network_params
            ),
            should_stop=lambda: True,
        )


def _row_of_buildings(n_near: int, far: bool):
    streets = pd.DataFrame(
        {"geometry": [LineString([(0, 0), (2000, 0)])], "street_class": [""]}
    )
    xs = [20.0 + 10 * i for i in range(n_near)] + ([1900.0] if far else [])
    buildings = pd.DataFrame(
        {
            "building_id": [f"b{i}" for i in range(len(xs))],
            "geometry": [Point(x, 8.0) for x in xs],
            "annual_demand_mwh": [200.0] * n_near + ([20.0] if far else []),
        }
    )
    return buildings, streets


def test_select_viable_drops_the_far_building_unless_forced(network_params):
    buildings, streets = _row_of_buildings(10, far=True)
    source = SupplyPoint(Point(0, 0))
    result = run(
        size_extension(
            ExtensionProblem(buildings, streets, source=source, select_viable=True),
            network_params,
        )
    )
    by_id = result.buildings.set_index("building_id")
    assert not by_id.loc["b10", "connected"]
    assert "densité" in by_id.loc["b10", "reason"]
    assert by_id["connected"].sum() == 10
    assert result.figures["density_mwh_per_m"] >= 1.5
    forced = buildings.assign(force=[False] * 10 + [True])
    result = run(
        size_extension(
            ExtensionProblem(forced, streets, source=source, select_viable=True),
            network_params,
        )
    )
    assert result.buildings["connected"].all()


def test_excluded_and_unknown_buildings_are_reported_not_lost(
    network_params, tee_problem
):
    buildings, streets, source = tee_problem
    extra = pd.DataFrame(
        {
            "building_id": ["C", "D"],
            "geometry": [Point(50, 10), Point(60, -10)],
            "annual_demand_mwh": [np.nan, 10.0],
            "exclude": [False, True],
        }
    )
    problem = ExtensionProblem(
        pd.concat([buildings, extra], ignore_index=True), streets, source=source
    )
    result = run(size_extension(problem, network_params))
    reasons = result.buildings.set_index("building_id")["reason"]
    assert len(result.buildings) == 4
    assert reasons["C"].startswith("besoin de chaleur inconnu")
    assert reasons["D"] == "exclu par l'utilisateur"
    assert reasons["A"] == reasons["B"] == "raccordé"


def _existing(dn: float, spare_kw: float):
    pipes = pd.DataFrame(
        {
            "geometry": [
                LineString([(-300, 0), (-100, 0)]),
                LineString([(-100, 0), (0, 0)]),
            ],
            "existing_pipe_id": ["E1", "E2"],
            "dn": [dn, dn],
        }
    )
    plant = SupplyPoint(Point(-300, 0), "chaufferie", 80.0, 50.0, spare_kw)
    return ExistingNetwork(pipes, plant, tie_in=Point(0, 0))


def test_existing_trunk_bottleneck_named_with_required_dn(network_params, tee_problem):
    buildings, streets, _ = tee_problem
    big = buildings.assign(design_peak_kw=[400.0, 300.0])
    result = run(
        size_extension(
            ExtensionProblem(big, streets, existing=_existing(25, 100.0)),
            network_params,
        )
    )
    reasons = result.verdict.reasons
    bottleneck = reasons[reasons["message"].str.contains("goulot")]
    assert len(bottleneck) == 1 and "E1" in bottleneck["message"].iloc[0]
    assert result.trunk["required_dn"].iloc[0] > 25
    assert (
        reasons.loc[reasons["criterion"] == "capacité", "status"] == "bloquant"
    ).all()
    # Distances to the existing network: both buildings ~ 120 m away -> "éligible".
    assert set(result.buildings["fcu_distance_class"]) == {"éligible"}
    wide = run(
        size_extension(
            ExtensionProblem(big, streets, existing=_existing(200, 5000.0)),
            network_params,
        )
    )
    assert wide.trunk["within_limits"].all()
    assert wide.figures["pump_head_pa"] > wide.figures["required_head_pa"]
