"""Benchmark of the feasibility sheets: one roof, 100 roofs, a 1,000,000-facet area,
a heat-network extension.

Run: ``.venv/bin/python benchmarks/bench_report.py``. Prints seconds per stage, the
ratio to a baseline measured in the same run (writing one blank A4 page to PDF with
matplotlib), so that figures from machines of different speed compare, and the load
average of the machine before and after (figures taken on a busy machine are slower).
Targets (issue 8): one roof sheet < 1 s; 100 roof sheets < 30 s (one combined PDF, and
one PDF per roof in a folder); territory summary of 1,000,000 facets < 10 s.
"""

from __future__ import annotations

import os
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from artois_energy_desk import ArtoisWarning, paths
from artois_energy_desk.batch import evaluate_task
from artois_energy_desk.core.progress import run
from artois_energy_desk.io.parameters import load_parameters
from artois_energy_desk.io.roofs import read_roofs
from artois_energy_desk.io.weather import load_weather
from artois_energy_desk.report.content import ReportContext
from artois_energy_desk.report.economic_detail import EconomicsForSheets
from artois_energy_desk.report.jobs import roof_sheets_task, write_sheets_task
from artois_energy_desk.report.layout import compose, write_pdf
from artois_energy_desk.report.territory_content import territory_sheet

TERRITORY_FACETS = 1_000_000


def _timed(label: str, function, baseline: float | None = None):
    start = time.perf_counter()
    result = function()
    seconds = time.perf_counter() - start
    ratio = f"  ({seconds / baseline:,.0f} x baseline)" if baseline else ""
    print(f"{label:<58} {seconds:8.2f} s{ratio}")
    return result, seconds


def _load() -> str:
    """Load average over 1, 5 and 15 minutes and the number of CPUs (as uptime)."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} CPUs"


def _baseline(folder: Path) -> float:
    start = time.perf_counter()
    for k in range(5):
        write_pdf([Figure(figsize=(8.27, 11.69))], folder / f"blank{k}.pdf")
    return (time.perf_counter() - start) / 5


def _territory_rows(results: pd.DataFrame, n: int) -> pd.DataFrame:
    rng = np.random.default_rng(1)
    picks = rng.integers(0, len(results), n)
    rows = results.iloc[picks].reset_index(drop=True)
    noise = rng.uniform(0.8, 1.2, n)
    for column in (
        "area_m2",
        "pv_usable_area_m2",
        "pv_peak_power_kwp",
        "pv_annual_yield_kwh",
    ):
        rows[column] = rows[column].to_numpy() * noise
    rows["roof_id"] = [f"T{k:07d}" for k in range(n)]
    return rows


def main() -> None:
    warnings.simplefilter("ignore", ArtoisWarning)
    print(f"machine: {_load()}")
    folder = Path(tempfile.mkdtemp(prefix="bench_report_"))
    baseline = _baseline(folder)
    print(f"{'baseline: one blank A4 page to PDF':<58} {baseline:8.3f} s")
    params, weather = load_parameters(), load_weather(None)
    imported = read_roofs(paths.data_file("demo", "artois_demo_roofs.gpkg"))
    roofs = imported.roofs.assign(geometry=list(imported.geometry)).head(100)
    evaluation, _ = _timed(
        "evaluate 100 demo facets (pipeline, not a sheet cost)",
        lambda: run(evaluate_task(roofs, weather, params)),
    )
    context = ReportContext.from_evaluation(evaluation, "artois_demo_roofs.gpkg")
    economics, _ = _timed(
        "economics set-up (sky, load profiles), once per run",
        lambda: EconomicsForSheets(params, weather),
    )
    rows = evaluation.results

    def sheets(n):
        return run(roof_sheets_task(rows.head(n), context, economics))

    one, t_one_build = _timed(
        "1 roof sheet: content + economics detail", lambda: sheets(1), baseline
    )
    _, t_one_pdf = _timed(
        "1 roof sheet: layout + PDF",
        lambda: run(write_sheets_task(one, folder / "one.pdf", combined=True)),
        baseline,
    )
    print(f"{'=> one roof sheet (target < 1 s)':<58} {t_one_build + t_one_pdf:8.2f} s")
    hundred, t_build = _timed(
        "100 roof sheets: content + economics detail", lambda: sheets(100), baseline
    )
    _, t_pdf = _timed(
        "100 roof sheets: layout + 100 PDF files",
        lambda: run(write_sheets_task(hundred, folder / "cent", combined=False)),
        baseline,
    )
    label = "=> 100 roof sheets, folder (target < 30 s)"
    print(f"{label:<58} {t_build + t_pdf:8.2f} s")
    _, t_combined = _timed(
        "100 roof sheets: layout + one combined PDF",
        lambda: run(write_sheets_task(hundred, folder / "cent.pdf", combined=True)),
        baseline,
    )
    print(
        f"{'=> 100 roof sheets, combined (target < 30 s)':<58} "
        f"{t_build + t_combined:8.2f} s"
    )
    pages = sum(len(compose(s)) for s in hundred[:10]) / 10
    print(f"{'pages per roof sheet (mean of 10)':<58} {pages:8.1f}")
    big = _territory_rows(rows, TERRITORY_FACETS)
    sheet, t_content = _timed(
        f"territory {TERRITORY_FACETS:,} facets: content",
        lambda: territory_sheet(big, context),
        baseline,
    )
    _, t_write = _timed(
        "territory: layout + PDF",
        lambda: write_pdf(compose(sheet), folder / "territoire.pdf"),
        baseline,
    )
    print(f"{'=> territory summary (target < 10 s)':<58} {t_content + t_write:8.2f} s")
    _network(folder, baseline)
    print(f"machine: {_load()}")
    print(f"PDF written in {folder}")


def _network(folder: Path, baseline: float) -> None:
    """Extension sheet of the topotherm district (skipped without the data)."""
    default = Path(paths.data_dir()).parents[1] / "shared" / "data" / "third_party"
    district = Path(os.environ.get("ARTOIS_EXTERNAL_DATA", default))
    district = district / "topotherm-district"
    if not district.is_dir():
        print("extension sheet: skipped (set ARTOIS_EXTERNAL_DATA)")
        return
    from artois_energy_desk.core.network import ExtensionProblem, size_extension
    from artois_energy_desk.io.network import (
        network_parameters,
        read_buildings,
        read_source,
        read_streets,
        write_extension_gpkg,
    )
    from artois_energy_desk.report.network_jobs import network_sheet_from_gpkg

    params = network_parameters()
    buildings, _ = read_buildings(district / "sinks.gpkg")
    buildings["design_peak_kw"] = buildings["ts_0"]
    buildings["annual_demand_mwh"] = buildings["ts_0"] * buildings["flh_0"] / 1000.0
    streets, _ = read_streets(district / "roads.gpkg", buildings.crs)
    source = read_source(district / "source.gpkg", buildings.crs)
    problem = ExtensionProblem(buildings, streets, source=source)
    result = run(size_extension(problem, params))
    gpkg = folder / "extension.gpkg"
    write_extension_gpkg(result, gpkg, buildings.crs)
    _timed(
        "extension sheet (200 buildings): read GeoPackage + layout + PDF",
        lambda: write_pdf(
            compose(network_sheet_from_gpkg(gpkg, params)), folder / "extension.pdf"
        ),
        baseline,
    )


if __name__ == "__main__":
    main()
