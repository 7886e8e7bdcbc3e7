"""Benchmark: route and size 1 000 candidate buildings on a 10 000-edge street graph.

Target (issue 6): at most 10 s. Synthetic grid of streets (71 x 71 crossings, 80 m
blocks, 9 940 street edges), 1 000 buildings placed at random 8-15 m from the streets,
source at a corner. Also times a 200-building case as a baseline measured in the same
run, so the ratio shows how the cost scales.
Run: ``python benchmarks/bench_network.py``.
"""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
from shapely.geometry import LineString, Point

from artois_energy_desk.core.network import (
    ExtensionProblem,
    SupplyPoint,
    size_extension,
)
from artois_energy_desk.core.progress import run
from artois_energy_desk.io.network import network_parameters

GRID = 71
BLOCK_M = 80.0


def streets() -> pd.DataFrame:
    lines = []
    for i in range(GRID):
        for j in range(GRID - 1):
            lines.append(
                LineString(
                    [(i * BLOCK_M, j * BLOCK_M), (i * BLOCK_M, (j + 1) * BLOCK_M)]
                )
            )
            lines.append(
                LineString(
                    [(j * BLOCK_M, i * BLOCK_M), ((j + 1) * BLOCK_M, i * BLOCK_M)]
                )
            )
    return pd.DataFrame({"geometry": lines, "street_class": "residential"})


def buildings(count: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    span = (GRID - 1) * BLOCK_M
    along = rng.uniform(0, span, count)
    line = rng.integers(0, GRID, count) * BLOCK_M
    offset = rng.uniform(8, 15, count) * rng.choice([-1, 1], count)
    vertical = rng.random(count) < 0.5
    x = np.where(vertical, line + offset, along)
    y = np.where(vertical, along, line + offset)
    return pd.DataFrame(
        {
            "building_id": [f"b{i}" for i in range(count)],
            "geometry": [Point(a, b) for a, b in zip(x, y, strict=True)],
            "annual_demand_mwh": rng.uniform(20, 400, count),
        }
    )


def timed(count: int, params, grid: pd.DataFrame) -> float:
    problem = ExtensionProblem(
        buildings(count, seed=count), grid, source=SupplyPoint(Point(-20.0, -20.0))
    )
    start = time.perf_counter()
    result = run(size_extension(problem, params))
    elapsed = time.perf_counter() - start
    print(
        f"{count:5d} buildings: {elapsed:6.2f} s, {len(result.segments)} segments, "
        f"{int(result.buildings['connected'].sum())} connected, "
        f"trench {result.figures['trench_length_m'] / 1000:.1f} km"
    )
    return elapsed


def main() -> None:
    params = network_parameters()
    grid = streets()
    print(f"street graph: {len(grid)} edges")
    baseline = timed(200, params, grid)
    target = timed(1000, params, grid)
    print(f"ratio 1000 / 200 buildings: {target / baseline:.2f}")
    print(f"target <= 10 s: {'met' if target <= 10 else 'NOT met'}")


if __name__ == "__main__":
    main()
