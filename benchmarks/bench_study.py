"""Benchmark saving and opening a study of a whole territory.

Run: ``python benchmarks/bench_study.py [--rows 1000000] [--repeat 3]``. The demo
roofs are evaluated with the real pipeline (103 columns: inputs, PV, thermal, classes,
economics, CO2), their result rows tiled to N facets with unique ``roof_id`` and
every number made unique (within 0.1 %, so that the data compress no better than real
results); then, in a temporary folder:

- ``save_study`` and ``open_study`` of a study holding those results (wall and CPU
  seconds; the target is < 10 s each for 1,000,000 facets);
- the same with the roof layer (the input columns) also in the study;
- baseline measured in the same run: ``pyarrow.csv.write_csv`` and
  ``pyarrow.csv.read_csv`` of the same results table (no types kept, no atomicity).

Each figure is the best of ``--repeat`` runs. Wall time depends on what else runs on
the machine; CPU time less so.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.csv as pacsv

from artois_energy_desk import paths
from artois_energy_desk.batch import evaluate_task
from artois_energy_desk.core.progress import run
from artois_energy_desk.core.study import ROOFS_LAYER, ClimateSource, Study
from artois_energy_desk.io.parameters import load_parameters
from artois_energy_desk.io.roofs import read_roofs
from artois_energy_desk.io.study import open_study, save_study
from artois_energy_desk.io.weather import load_weather
from artois_energy_desk.io.writers import to_arrow


def territory_results(rows: int) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """Return (roofs, results, climate source) tiled from the evaluated demo roofs."""
    imported = read_roofs(paths.data_file("demo", "artois_demo_roofs.csv"))
    weather = load_weather(None)
    evaluation = run(evaluate_task(imported.roofs, weather, load_parameters()))
    take = np.arange(rows) % len(evaluation.results)
    results = evaluation.results.iloc[take].reset_index(drop=True)
    results["roof_id"] = pd.array(np.char.add("T", np.arange(rows).astype(str)),
                                  dtype=results["roof_id"].dtype)
    # Every number made unique (within 0.1 %), as in a real territory: tiled copies
    # would compress far better than real results do.
    rng = np.random.default_rng(0)
    for name in results.select_dtypes("float64").columns:
        results[name] = results[name] * rng.uniform(0.999, 1.001, rows)
    roofs = results[list(imported.roofs.columns)]
    return roofs, results, weather.source


def timed(function, *args) -> tuple[float, float, object]:
    """Return (wall seconds, CPU seconds, result) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args)
    return time.perf_counter() - wall, time.process_time() - cpu, result


def best_of(repeat: int, function, *args) -> tuple[float, float, object]:
    """:func:`timed` ``repeat`` times; the run of least wall time."""
    return min((timed(function, *args) for _ in range(repeat)),
               key=lambda measure: measure[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each measure; the best is printed")
    args = parser.parse_args()
    rows, repeat = args.rows, max(1, args.repeat)
    roofs, results, source = territory_results(rows)
    climate = ClimateSource(source)
    cases = {
        "résultats seuls": Study(results=results, climate=climate),
        "toitures + résultats": Study(layers={ROOFS_LAYER: roofs}, results=results,
                                      climate=climate),
    }
    count = f"{rows:,}".replace(",", " ")
    print(f"{count} facettes, {results.shape[1]} colonnes de résultats")
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "baseline.csv"
        table = to_arrow(results)
        base_write, _, _ = best_of(repeat, pacsv.write_csv, table, str(csv_path))
        base_read, _, _ = best_of(repeat, pacsv.read_csv, str(csv_path))
        print(f"  référence pyarrow CSV : écriture {base_write:.1f} s, "
              f"lecture {base_read:.1f} s")
        for label, study in cases.items():
            path = Path(folder) / "etude.gpkg"
            save_wall, save_cpu, _ = best_of(repeat, save_study, study, path)
            open_wall, open_cpu, opened = best_of(repeat, open_study, path)
            assert len(opened.results) == rows
            size_mb = path.stat().st_size / 1e6
            print(f"  {label} : enregistrer {save_wall:.1f} s (CPU {save_cpu:.1f} s, "
                  f"x{save_wall / base_write:.1f} du CSV), ouvrir {open_wall:.1f} s "
                  f"(CPU {open_cpu:.1f} s, x{open_wall / base_read:.1f} du CSV), "
                  f"{size_mb:.0f} Mo")


if __name__ == "__main__":
    main()
