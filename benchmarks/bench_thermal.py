"""Benchmark the solar-thermal batch evaluation against the PV one on the same facets.

Run: ``python benchmarks/bench_thermal.py [--rows 1000000]``. Uses the embedded Artois
year; prints the table build times, then ``evaluate_thermal`` (mode ``both``, reusing
the PV layout) and ``allocate_roof_use`` against ``evaluate_pv`` of the same N facets
(the baseline, measured in the same run), and the yield of a south 45 deg facet.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd

from artois_energy_desk.core.progress import run
from artois_energy_desk.core.solar.pv import build_pv_table, evaluate_pv
from artois_energy_desk.core.solar.sky import compute_sky
from artois_energy_desk.core.solar.thermal import build_thermal_table, evaluate_thermal
from artois_energy_desk.core.solar.thermal_allocation import allocate_roof_use
from artois_energy_desk.io.parameters import default_parameters
from artois_energy_desk.io.weather import load_weather


def make_roofs(rows: int, seed: int = 1,
               uses: tuple[str, str, str] = ("Résidentiel", "Résidentiel",
                                             "Commercial et services"),
               heating: bool = False) -> pd.DataFrame:
    """Facets of 3-facet buildings: 85 % houses, 10 % blocks of flats, 5 % others.

    ``uses`` names the three kinds in ``building_use``; ``heating`` adds a
    ``heating_energy`` column (drawn last, so the other columns do not change).
    """
    rng = np.random.default_rng(seed)
    kind = rng.choice(3, rows // 3 + 1, p=[0.85, 0.10, 0.05])[np.arange(rows) // 3]
    frame = pd.DataFrame({
        "roof_id": np.char.add("R", np.arange(rows).astype(str)),
        "building_id": np.char.add("B", (np.arange(rows) // 3).astype(str)),
        "area_m2": rng.uniform(5, 400, rows).round(2),
        "tilt_deg": rng.choice([0.0, 15.0, 30.0, 35.0, 45.0], rows),
        "azimuth_deg": rng.uniform(0, 360, rows).round(1),
        "shading_loss": rng.uniform(0, 0.2, rows).round(3),
        "building_use": np.array(uses)[kind],
        "dwellings": np.where(kind == 1, 24.0, np.where(kind == 0, 1.0, np.nan)),
    })
    if heating:
        frame["heating_energy"] = rng.choice(["gaz", "électricité", "fioul"], rows)
    return frame


def timed(function, *args, **kwargs) -> tuple[float, object]:
    """Return (seconds, result) of one call."""
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    rows = parser.parse_args().rows
    params = default_parameters()
    sky = compute_sky(load_weather(), params)
    t_pv_table, pv_table = timed(run, build_pv_table(sky, params))
    t_th_table, th_table = timed(run, build_thermal_table(sky, params))
    print(f"tables: PV {t_pv_table:.2f} s, thermal {t_th_table:.2f} s")
    yields = th_table.grid.interpolate(
        [f"yield_{t:g}c_kwh_m2" for t in th_table.fluid_temps_c], [45.0], [180.0])
    print("collector yield south 45 deg [kWh/m2/yr] at "
          + ", ".join(f"{t:g} C: {y:.0f}" for t, y in
                      zip(th_table.fluid_temps_c, yields[0, :, 0], strict=True)))
    roofs = make_roofs(rows)
    t_pv, pv = timed(evaluate_pv, roofs, pv_table, params)
    t_th, thermal = timed(evaluate_thermal, roofs, th_table, params, mode="both",
                          pv_results=pv)
    t_alloc, _ = timed(allocate_roof_use, pv, thermal, "both")
    print(f"{rows} facets: evaluate_pv {t_pv:.2f} s (baseline), evaluate_thermal "
          f"{t_th:.2f} s, allocate_roof_use {t_alloc:.2f} s; thermal / PV = "
          f"{(t_th + t_alloc) / t_pv:.2f}")
    systems = thermal[thermal["thermal_collector_area_m2"] > 0]
    print(systems.groupby("thermal_system", observed=True)[
        ["thermal_collector_area_m2", "thermal_solar_fraction",
         "thermal_system_yield_kwh_m2"]].median().round(2).to_string())


if __name__ == "__main__":
    main()
