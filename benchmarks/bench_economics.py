"""Benchmark economics and self-consumption against the PV + thermal evaluation.

Run: ``python benchmarks/bench_economics.py [--rows 1000000] [--chunk 250000]``. Uses
the embedded Artois year; evaluates N synthetic facets with ``evaluate_pv``,
``evaluate_thermal`` and ``allocate_roof_use`` (the baseline, measured in the same run),
then ``evaluate_economics`` on their results with the territory's hourly PV shape
(south, 35 deg) and the default load profiles, in chunks of whole buildings as the
batch pipeline calls it. Each stage runs ``--repeat`` times, interleaved, and its best
time is kept. Prints the machine load, both times, the economics time per million
facets and the ratio (target: economics and self-consumption add at most 50 %
to the whole evaluation, i.e. a ratio to PV + thermal of about 1.2).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import time
import warnings

import numpy as np
import pandas as pd

from artois_energy_desk.core.economics import (
    EconomicOptions,
    evaluate_economics,
    pv_shape_from_series,
)
from artois_energy_desk.core.progress import run
from artois_energy_desk.core.solar.pv import (
    AC_QUANTITY,
    build_pv_table,
    evaluate_pv,
    pv_hourly,
)
from artois_energy_desk.core.solar.pv_settings import PVSettings
from artois_energy_desk.core.solar.sky import compute_sky
from artois_energy_desk.core.solar.thermal import build_thermal_table, evaluate_thermal
from artois_energy_desk.core.solar.thermal_allocation import allocate_roof_use
from artois_energy_desk.io.load_curves import default_load_profiles
from artois_energy_desk.io.parameters import default_parameters
from artois_energy_desk.io.weather import load_weather
from bench_thermal import make_roofs as thermal_roofs


def make_roofs(rows: int, seed: int = 1) -> pd.DataFrame:
    """Facets of 3-facet buildings (houses, blocks of flats, offices) with heating."""
    return thermal_roofs(rows, seed, ("maison", "logement collectif", "bureaux"),
                         heating=True)


CPU_SECONDS: dict[str, float] = {}


def timed(function, *args, **kwargs) -> tuple[float, object]:
    """Return (wall-clock seconds, result) of one call; keep the least CPU time."""
    start, cpu = time.perf_counter(), time.process_time()
    result = function(*args, **kwargs)
    used = time.process_time() - cpu
    CPU_SECONDS[function.__name__] = min(CPU_SECONDS.get(function.__name__, np.inf),
                                         used)
    return time.perf_counter() - start, result


def economics_in_chunks(results: pd.DataFrame, chunk_rows: int, **kwargs,
                        ) -> pd.DataFrame:
    """``evaluate_economics`` on consecutive chunks of whole 3-facet buildings."""
    step = max(3, chunk_rows // 3 * 3)
    parts = [evaluate_economics(results.iloc[start:start + step], **kwargs)
             for start in range(0, len(results), step)]
    return pd.concat(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--chunk", type=int, default=250_000,
                        help="facets per evaluate_economics call (pipeline chunk)")
    parser.add_argument("--repeat", type=int, default=2,
                        help="runs of each stage; the best time of each is shown")
    args = parser.parse_args()
    rows = args.rows
    print("load average (1, 5, 15 min) at start: "
          + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    params = default_parameters()
    sky = compute_sky(load_weather(), params)
    pv_table = run(build_pv_table(sky, params))
    th_table = run(build_thermal_table(sky, params))
    lit = sky.irradiated()
    south = pv_hourly(lit, [35.0], [180.0], PVSettings.from_parameters(params),
                      "pitched")[AC_QUANTITY][0]
    shape = pv_shape_from_series(pd.Series(np.nan_to_num(south), index=lit.times))
    profiles = default_load_profiles()
    print(f"PV shape south 35 deg: {shape.sum():.0f} kWh/kWp/yr")
    roofs = make_roofs(rows)
    options = EconomicOptions(today=dt.date.today())
    t_pv = t_th = t_alloc = t_eco = np.inf
    for _ in range(args.repeat):  # interleaved; best of each (the machine is shared)
        seconds, pv = timed(evaluate_pv, roofs, pv_table, params)
        t_pv = min(t_pv, seconds)
        seconds, thermal = timed(evaluate_thermal, roofs, th_table, params,
                                 mode="both", pv_results=pv)
        t_th = min(t_th, seconds)
        seconds, allocated = timed(allocate_roof_use, pv, thermal, "both")
        t_alloc = min(t_alloc, seconds)
        results = pd.concat(
            [roofs, pv.drop(columns=[c for c in allocated if c in pv]),
             thermal.drop(columns=[c for c in allocated if c in thermal]), allocated],
            axis=1)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the tariff-age warning, once per run
            seconds, eco = timed(economics_in_chunks, results, args.chunk,
                                 params=params, pv_hourly_shape_kwh_per_kwp=shape,
                                 load_profiles=profiles, options=options)
        t_eco = min(t_eco, seconds)
    baseline = t_pv + t_th + t_alloc
    per_million = 1e6 / max(rows, 1)
    print(f"{rows} facets, best of {args.repeat}: evaluate_pv {t_pv:.2f} s, "
          f"evaluate_thermal {t_th:.2f} s, allocate_roof_use {t_alloc:.2f} s; "
          f"PV + thermal {baseline:.2f} s (baseline)")
    print(f"economics + self-consumption ({args.chunk} facets per call) "
          f"{t_eco:.2f} s = {t_eco * per_million:.2f} s per million facets; "
          f"PV + thermal {baseline * per_million:.2f} s per million facets")
    print(f"ratio economics / (PV + thermal) {t_eco / baseline:.2f} "
          "(target about 1.2: at most +50 % on the whole evaluate)")
    cpu_baseline = sum(CPU_SECONDS[name] for name in (
        "evaluate_pv", "evaluate_thermal", "allocate_roof_use"))
    cpu_eco = CPU_SECONDS["economics_in_chunks"]
    print(f"CPU time (less sensitive to other users of the machine): economics "
          f"{cpu_eco:.2f} s, PV + thermal {cpu_baseline:.2f} s, ratio "
          f"{cpu_eco / cpu_baseline:.2f}")
    print("load average (1, 5, 15 min) at end: "
          + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    print(eco[["pv_self_consumption_rate", "eco_pv_npv_eur", "eco_pv_irr",
               "eco_pv_lcoe_eur_per_kwh", "eco_th_npv_eur"]].describe()
          .round(3).to_string())


if __name__ == "__main__":
    main()
