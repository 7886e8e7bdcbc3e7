"""End-to-end PV evaluation benchmark: CSV in, CSV out, against a ModelChain loop.

Run: ``python benchmarks/bench_pv.py [--sizes 10000 100000 1000000] [--sample 20]
[--repeat 3]``.

Prints, for each size, the wall time of ``artois-energy-desk evaluate IN.csv -o
OUT.csv`` run in a fresh process (start-up, reading, validation, tables, evaluation,
writing), facets per second and the process's peak memory, in three configurations
(the best of ``--repeat`` rounds; the configurations take turns within a round, so
that a slow spell of the machine hits them alike):

- ``pv``: PV only (``--use pv --no-economics``), the foundation's engine;
- ``pv+thermal``: PV and solar thermal (``--no-economics``), to show what thermal adds;
- ``full``: PV, thermal, economics and CO2 (the default), to show what economics adds.

With several rounds, the ratio of the full run to the PV+thermal run is also printed
round by round, with its median. Then the per-facet time of pvlib's ``ModelChain``
run facet by facet on a sample with the same weather and settings, the ratio to the
PV-only run, and the time to the first output of ``--help``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv

ROOT = Path(__file__).resolve().parents[1]

CONFIGURATIONS = {
    "pv": ["--use", "pv", "--no-economics"],
    "pv+thermal": ["--use", "both", "--no-economics"],
    "full": ["--use", "both"],
}

_CHILD = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - start
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"wall_s": wall, "peak_mb": peak_kb / 1024, "rc": done.returncode,
                  "err": done.stderr[-2000:]}))
"""


def make_roofs(n: int, seed: int = 7) -> pd.DataFrame:
    """Synthetic Artois-like facets: two facets per pitched building, flat roofs."""
    rng = np.random.default_rng(seed)
    buildings = n // 2 + 1
    pitched = rng.random(buildings) < 0.8
    building = np.repeat(np.arange(buildings), 2)[:n]
    facet = np.tile([0, 1], buildings)[:n]
    axis = rng.uniform(0, 180, buildings)[building]
    azimuth = np.where(facet == 0, axis, axis + 180.0) % 360
    is_pitched = pitched[building]
    return pd.DataFrame(
        {
            "roof_id": np.char.add("R", np.arange(n).astype(str)),
            "building_id": np.char.add("B", building.astype(str)),
            "latitude": rng.uniform(50.36, 50.64, n).round(6),
            "longitude": rng.uniform(2.30, 3.08, n).round(6),
            "area_m2": np.where(
                is_pitched, rng.uniform(20, 70, n), rng.uniform(100, 3000, n)
            ).round(1),
            "tilt_deg": np.where(
                is_pitched, rng.normal(40, 5, n).clip(20, 60), rng.uniform(0, 3, n)
            ).round(1),
            "azimuth_deg": azimuth.round(1),
            "commune_insee": rng.choice(["62498", "62510", "62119", "62427"], n),
            "building_use": np.where(is_pitched, "maison", "logement_collectif"),
            "dwellings": np.where(is_pitched, 1, rng.integers(5, 40, n)),
        }
    )


def run_measured(command: list[str]) -> dict:
    """Run ``command`` in a fresh process; return wall time and peak memory."""
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, *command],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result = json.loads(out)
    if result["rc"] != 0:
        raise RuntimeError(f"{command} failed:\n{result['err']}")
    return result


def modelchain_seconds_per_facet(sample: int) -> float:
    """Time of pvlib's ModelChain per facet, same weather and settings as the engine."""
    sys.path.insert(0, str(ROOT / "tests" / "core"))
    from test_pv_modelchain import modelchain_monthly_kwh

    from artois_energy_desk.core.solar.pv_settings import PVSettings
    from artois_energy_desk.io.parameters import default_parameters
    from artois_energy_desk.io.weather import load_weather

    weather = load_weather()
    settings = PVSettings.from_parameters(default_parameters())
    rng = np.random.default_rng(3)
    modelchain_monthly_kwh(weather, settings, 30.0, 180.0, "pitched", 3.0)  # warm-up
    start = time.perf_counter()
    for tilt, azimuth in zip(
        rng.uniform(5, 90, sample), rng.uniform(0, 360, sample), strict=True
    ):
        modelchain_monthly_kwh(weather, settings, tilt, azimuth, "pitched", 3.0)
    return (time.perf_counter() - start) / sample


def help_seconds(repeat: int = 5) -> float:
    """Best wall time of ``python -m artois_energy_desk --help``."""
    best = np.inf
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "artois_energy_desk", "--help"],
            check=True,
            capture_output=True,
        )
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000]
    )
    parser.add_argument(
        "--sample", type=int, default=20, help="facets in the ModelChain loop"
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="rounds; the best wall time is kept"
    )
    args = parser.parse_args()
    print(f"machine load at the start: {os.getloadavg()[0]:.1f} (1 min)")
    wall = {}
    rounds: dict[tuple[int, str], list[float]] = defaultdict(list)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        for n in args.sizes:
            source = folder / f"roofs_{n}.csv"
            table = pa.Table.from_pandas(make_roofs(n), preserve_index=False)
            pacsv.write_csv(table, source)
            best: dict[str, dict] = {}
            for _ in range(args.repeat):
                for label, flags in CONFIGURATIONS.items():
                    result = run_measured([
                        sys.executable, "-m", "artois_energy_desk", "evaluate",
                        str(source), "-o", str(folder / "out.csv"), "--quiet", *flags,
                    ])
                    rounds[n, label].append(result["wall_s"])
                    if label not in best or result["wall_s"] < best[label]["wall_s"]:
                        best[label] = result
            for label, result in best.items():
                wall[n, label] = result["wall_s"]
                print(
                    f"evaluate {n:>9,} facets {label:<10}: {result['wall_s']:6.2f} s, "
                    f"{n / result['wall_s']:>9,.0f} facets/s, "
                    f"peak {result['peak_mb']:,.0f} MB (best of {args.repeat})",
                    flush=True,
                )
    n = max(args.sizes)
    print(
        f"at {n:,} facets: solar thermal adds "
        f"{wall[n, 'pv+thermal'] / wall[n, 'pv'] - 1:+.0%} to the PV-only run; "
        f"economics and CO2 add {wall[n, 'full'] / wall[n, 'pv+thermal'] - 1:+.0%} "
        "to the PV+thermal run"
    )
    if args.repeat > 1:
        # Runs of one round are close in time: their ratio is less exposed to the
        # machine's drift than the ratio of two best times.
        ratios = np.divide(rounds[n, "full"], rounds[n, "pv+thermal"]) - 1
        listed = ", ".join(f"{r:+.0%}" for r in ratios)
        print(f"economics and CO2, round by round: {listed} "
              f"(median {np.median(ratios):+.0%})")
    chain = modelchain_seconds_per_facet(args.sample)
    ours = wall[n, "pv"] / n
    print(
        f"ModelChain loop: {chain * 1000:.1f} ms per facet ({args.sample} facets); "
        f"PV-only evaluate at {n:,}, end to end: {ours * 1e6:.1f} us per facet; "
        f"ratio {chain / ours:,.0f}x"
    )
    print(f"--help: {help_seconds():.2f} s to first output (best of 5)")
    print(f"machine load at the end: {os.getloadavg()[0]:.1f} (1 min)")


if __name__ == "__main__":
    main()
