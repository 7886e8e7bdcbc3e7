"""Fixtures of the heat-network tests: parameters and small synthetic layouts."""

from __future__ import annotations

import pandas as pd
import pytest
from shapely.geometry import LineString, Point

from artois_energy_desk.core.network import SupplyPoint


@pytest.fixture(scope="session")
def network_params():
    """Installed parameters with the EN 253 catalogue."""
    from artois_energy_desk.io.network import network_parameters

    return network_parameters()


@pytest.fixture()
def tee_problem():
    """A T: source at (0, 0), street east to (100, 0), then north and south 50 m.

    Two buildings sit 10 m beside the ends of the two branches: A at (110, 50)
    (60 MWh/yr, 40 kW) and B at (110, -50) (30 MWh/yr, 20 kW).
    """
    streets = pd.DataFrame(
        {
            "geometry": [
                LineString([(0, 0), (100, 0)]),
                LineString([(100, 0), (100, 50)]),
                LineString([(100, 0), (100, -50)]),
            ],
            "street_class": ["residential", "residential", "track"],
        }
    )
    buildings = pd.DataFrame(
        {
            "building_id": ["A", "B"],
            "geometry": [Point(110, 50), Point(110, -50)],
            "annual_demand_mwh": [60.0, 30.0],
            "design_peak_kw": [40.0, 20.0],
        }
    )
    source = SupplyPoint(Point(0, 0), "source", 80.0, 50.0)
    return buildings, streets, source
