"""Benchmark roof-list reading and result-table writing at territory scale.

Run: ``python benchmarks/bench_io.py [--rows 1000000]``. Generates its inputs in a
temporary folder, then prints:

- ``read_roofs`` (read + validate) of an N-row canonical CSV, against
  ``pandas.read_csv`` (C engine, no validation) of the same file as the baseline;
- ``write_table`` of an N-row x 40-column result table, plain CSV and French CSV,
  against ``DataFrame.to_csv`` measured on a tenth of the rows and scaled up.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from artois_energy_desk.io.roofs import read_roofs
from artois_energy_desk.io.writers import write_table


def make_roofs(rows: int, seed: int = 1) -> pd.DataFrame:
    """Return a canonical roof table of ``rows`` facets around the Artois."""
    rng = np.random.default_rng(seed)
    return pd.DataFrame({
        "roof_id": np.char.add("R", np.arange(rows).astype(str)),
        "latitude": rng.uniform(50.3, 50.6, rows).round(6),
        "longitude": rng.uniform(2.4, 3.1, rows).round(6),
        "area_m2": rng.uniform(5, 400, rows).round(2),
        "tilt_deg": rng.choice([0.0, 15.0, 30.0, 35.0, 45.0], rows),
        "azimuth_deg": rng.uniform(0, 360, rows).round(1),
        "commune_insee": rng.choice(["62498", "62510", "62119", "62427"], rows),
        "usable_ratio": rng.uniform(0.5, 0.8, rows).round(3),
        "shading_loss": rng.uniform(0, 0.2, rows).round(3),
    })


def make_results(roofs: pd.DataFrame, columns: int = 40) -> pd.DataFrame:
    """Return the roofs plus float result columns, ``columns`` columns in all."""
    rng = np.random.default_rng(2)
    extra = {f"result_{i}_kwh": rng.uniform(0, 1e5, len(roofs))
             for i in range(columns - roofs.shape[1])}
    return pd.concat([roofs, pd.DataFrame(extra)], axis=1)


def timed(function, *args, **kwargs) -> tuple[float, object]:
    """Return (seconds, result) of one call."""
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    rows = parser.parse_args().rows
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        roofs = make_roofs(rows)
        source = folder / "roofs.csv"
        roofs.iloc[:0].to_csv(source, index=False)
        write_table(roofs, source)
        size_mb = source.stat().st_size / 1e6
        base, _ = timed(pd.read_csv, source)
        took, imported = timed(read_roofs, source)
        assert len(imported.roofs) == rows, "every generated roof must be accepted"
        print(f"read_roofs {rows:,} rows ({size_mb:.0f} MB): {took:.2f} s "
              f"(pandas.read_csv without validation: {base:.2f} s, "
              f"ratio {took / base:.2f})")
        results = make_results(imported.roofs)
        tenth = results.iloc[: max(rows // 10, 1)]
        base_tenth, _ = timed(tenth.to_csv, folder / "base.csv", index=False)
        base_full = base_tenth * len(results) / len(tenth)
        for french in (False, True):
            took, _ = timed(write_table, results, folder / "out.csv", french=french)
            label = "French" if french else "plain"
            print(f"write_table {label} CSV {len(results):,} x {results.shape[1]}: "
                  f"{took:.2f} s (DataFrame.to_csv scaled from a tenth: "
                  f"{base_full:.1f} s, ratio {took / base_full:.3f})")


if __name__ == "__main__":
    main()
