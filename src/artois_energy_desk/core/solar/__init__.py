"""Solar engines: the shared sky, the orientation grid, PV (and solar-thermal) yield."""

from artois_energy_desk.core.solar.orientation_grid import (
    AGGREGATE_COLUMNS,
    OrientationGrid,
    aggregate_hourly,
    build_orientation_grid,
)
from artois_energy_desk.core.solar.pv import (
    PV_COLUMNS,
    PVTable,
    build_pv_table,
    evaluate_pv,
    pv_hourly,
)
from artois_energy_desk.core.solar.pv_settings import PVSettings
from artois_energy_desk.core.solar.pv_sizing import SIZING_COLUMNS, size_pv
from artois_energy_desk.core.solar.sky import (
    PoaComponents,
    Sky,
    compute_sky,
    poa_components,
)

__all__ = [
    "AGGREGATE_COLUMNS", "OrientationGrid", "PVSettings", "PVTable", "PV_COLUMNS",
    "PoaComponents", "SIZING_COLUMNS", "Sky", "aggregate_hourly",
    "build_orientation_grid", "build_pv_table", "compute_sky", "evaluate_pv",
    "poa_components", "pv_hourly", "size_pv",
]
