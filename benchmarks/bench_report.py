"""Benchmark of the feasibility sheets: one roof, 100 roofs, a 1,000,000-facet area.

Run: ``.venv/bin/python benchmarks/bench_report.py``. Prints seconds per stage and the
ratio to a baseline measured in the same run (writing one blank A4 page to PDF with
matplotlib), so that figures from machines of different speed compare.
Targets (issue 8): one roof sheet < 1 s; 100 roof sheets < 30 s; territory summary of
1,000,000 facets < 10 s.
"""

from __future__ import annotations

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
    print(f"{'=> 100 roof sheets (target < 30 s)':<58} {t_build + t_pdf:8.2f} s")
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
    print(f"PDF written in {folder}")


if __name__ == "__main__":
    main()
