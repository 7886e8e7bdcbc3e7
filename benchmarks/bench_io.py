"""Benchmark roof-list reading and result-table writing at territory scale.

Run: ``python benchmarks/bench_io.py [--rows 1000000]`` or
``python benchmarks/bench_io.py --footprints [300000]``. Generates its inputs in a
temporary folder, then prints:

- ``read_roofs`` (read + validate) of an N-row canonical CSV, against
  ``pandas.read_csv`` (C engine, no validation) of the same file as the baseline;
- ``write_table`` of an N-row x 40-column result table, plain CSV and French CSV,
  against ``DataFrame.to_csv`` measured on a tenth of the rows and scaled up;
- with ``--footprints``: ``read_roofs`` of an N-footprint BD TOPO-like GeoPackage
  (read, reprojection, flat/pitched rules, two facets per pitched footprint,
  validation), against ``pyogrio.read_dataframe`` of the same file, each in a fresh
  process so that its peak memory (``ru_maxrss``) is its own. Target (issue 3):
  300,000 footprints in at most 30 s, memory proportional to the input.

The footprints are the 2,273 real BD TOPO v3 buildings of Olemps
(``bdtopo-olemps-12174/v3/BATIMENT.shp`` under ``ARTOIS_EXTERNAL_DATA``, read at run
time, never copied) drawn with replacement together with their own attributes, each
rotated by a random angle, scaled by 0.9-1.1 and moved to a jittered grid over the
Artois in Lambert-93, with a fresh unique ``ID``: realistic shapes, vertex counts,
sizes, and NATURE / USAGE1 / HAUTEUR / MAT_TOITS mixes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio

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


#: BD TOPO v3 BATIMENT fields (IGN schema), without the commune fields joined on by
#: geoclimate in the Olemps sample.
BATIMENT_FIELDS = (
    "ID", "NATURE", "USAGE1", "USAGE2", "LEGER", "ETAT", "DATE_CREAT", "DATE_MAJ",
    "DATE_APP", "DATE_CONF", "SOURCE", "ID_SOURCE", "ACQU_PLANI", "PREC_PLANI",
    "ACQU_ALTI", "PREC_ALTI", "NB_LOGTS", "NB_ETAGES", "MAT_MURS", "MAT_TOITS",
    "HAUTEUR", "Z_MIN_SOL", "Z_MIN_TOIT", "Z_MAX_TOIT", "Z_MAX_SOL", "ORIGIN_BAT",
    "APP_FF")
#: Lambert-93 box of the generated territory [m]: Arras-Lens-Béthune, 60 km x 40 km.
ARTOIS_BOX_M = (640_000.0, 7_010_000.0, 700_000.0, 7_050_000.0)


def olemps_sample() -> Path:
    """Path of the real BD TOPO v3 sample (``ARTOIS_EXTERNAL_DATA``)."""
    default = Path(__file__).resolve().parents[2] / "shared" / "data" / "third_party"
    folder = Path(os.environ.get("ARTOIS_EXTERNAL_DATA", default))
    path = folder / "bdtopo-olemps-12174" / "v3" / "BATIMENT.shp"
    if not path.is_file():
        sys.exit(f"{path} absent: set ARTOIS_EXTERNAL_DATA to the third-party folder")
    return path


def make_footprints(count: int, seed: int = 3) -> gpd.GeoDataFrame:
    """Return ``count`` BD TOPO-like footprints (MultiPolygon Z, Lambert-93)."""
    import shapely

    sample = pyogrio.read_dataframe(olemps_sample(), encoding="UTF-8",
                                    columns=list(BATIMENT_FIELDS[1:]),
                                    datetime_as_string=True)
    rng = np.random.default_rng(seed)
    pick = rng.integers(0, len(sample), count)
    frame = sample.iloc[pick].reset_index(drop=True)
    templates = shapely.force_2d(sample.geometry.to_numpy())
    centre = shapely.get_coordinates(shapely.centroid(templates))[pick]
    geometry = templates[pick]
    angle = rng.uniform(0.0, 2.0 * np.pi, count)
    scale = rng.uniform(0.9, 1.1, count)
    side = int(np.ceil(np.sqrt(count)))
    x0, y0, x1, y1 = ARTOIS_BOX_M
    cell = np.arange(count)
    target = np.column_stack([x0 + (cell % side + rng.uniform(0.2, 0.8, count))
                              * (x1 - x0) / side,
                              y0 + (cell // side + rng.uniform(0.2, 0.8, count))
                              * (y1 - y0) / side])
    owner = np.repeat(np.arange(count), shapely.get_num_coordinates(geometry))

    def move(xy: np.ndarray) -> np.ndarray:
        local = (xy - centre[owner]) * scale[owner, None]
        cos, sin = np.cos(angle[owner]), np.sin(angle[owner])
        turned = np.column_stack([local[:, 0] * cos - local[:, 1] * sin,
                                  local[:, 0] * sin + local[:, 1] * cos])
        return np.round(turned + target[owner], 2)

    geometry = shapely.transform(geometry, move)
    roof_z = frame["Z_MAX_TOIT"].fillna(0.0).to_numpy()
    parts, owner = shapely.get_parts(geometry, return_index=True)
    geometry = shapely.force_3d(shapely.multipolygons(parts, indices=owner), roof_z)
    frame.insert(0, "ID", np.char.add("BATIMENT", np.char.zfill(
        np.arange(1, count + 1).astype(str), 16)))
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:2154")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(case: str, path: Path) -> dict[str, float]:
    """Time one read in this process; return seconds, rows and memory [MB]."""
    import shapely  # noqa: F401  (import cost outside the timing)

    before = _rss_mb()
    if case == "pyogrio":
        took, frame = timed(pyogrio.read_dataframe, path, use_arrow=True)
        rows_in, rows_out = len(frame), len(frame)
    else:
        took, result = timed(read_roofs, path)
        rows_in, rows_out = result.input_rows, len(result.roofs)
        assert rows_in == result.roofs["source_row"].nunique() + len(result.rejected)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": took, "rows_in": rows_in, "rows_out": rows_out,
            "rss_before_mb": before, "peak_mb": peak}


def _child(case: str, path: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--measure", case, str(path)],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min), {os.cpu_count()} CPUs"


def bench_footprints(count: int) -> None:
    """Print the GeoPackage footprint case (see the module docstring)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "batiment.gpkg"
        took, frame = timed(make_footprints, count)
        pyogrio.write_dataframe(frame, path, layer="batiment", use_arrow=True)
        size_mb = path.stat().st_size / 1e6
        del frame
        print(f"generated {count:,} footprints in {took:.1f} s "
              f"({size_mb:.0f} MB GeoPackage); {_load()}")
        base = _child("pyogrio", path)
        got = _child("read_roofs", path)
        for label, row in (("pyogrio.read_dataframe (baseline)", base),
                           ("read_roofs footprints -> facets", got)):
            grown = row["peak_mb"] - row["rss_before_mb"]
            print(f"{label:<34} {row['seconds']:7.2f} s  rows in {row['rows_in']:,} "
                  f"out {row['rows_out']:,}  peak RSS {row['peak_mb']:,.0f} MB "
                  f"(+{grown:,.0f} MB, {1e3 * grown / count:.2f} MB per 1,000 "
                  "footprints)")
        growth = [max(r["peak_mb"] - r["rss_before_mb"], 1.0) for r in (base, got)]
        print(f"=> read_roofs / baseline: time {got['seconds'] / base['seconds']:.2f}, "
              f"memory growth {growth[1] / growth[0]:.2f}; target <= 30 s: "
              f"{'met' if got['seconds'] <= 30 else 'NOT met'}; {_load()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--footprints", type=int, nargs="?", const=300_000,
                        help="run the GeoPackage footprint case instead (default "
                        "300,000 footprints)")
    parser.add_argument("--measure", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure[0], Path(args.measure[1]))))
        return
    if args.footprints:
        bench_footprints(args.footprints)
        return
    rows = args.rows
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
