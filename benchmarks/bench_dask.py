"""Dask engine against the local engine: throughput and overhead per partition.

Run: ``python benchmarks/bench_dask.py [--roofs 200000] [--workers N]``.

Both engines evaluate the same validated synthetic roof table (``bench_pv.make_roofs``)
with the same precomputed climate tables, so only the roof stage is compared. Prints:

1. local engine: seconds and roofs per second (the baseline); every time is the best of
   ``--repeat`` runs, as the machine may be shared;
2. Dask on a local cluster of N single-threaded worker processes (default: one per
   core): cluster start-up, then the engine with its automatic partition size, cold
   (first run) and warm (best of ``--repeat``); roofs per second and the ratio
   to the baseline; the results are checked identical to the baseline's;
3. overhead per partition: the same roofs cut into more and more partitions, by both
   engines (the local engine with chunks of the same size); the slope of wall time
   against the number of partitions (least squares) is the cost per partition. The
   local engine's slope is the evaluation's own fixed cost per chunk; the difference is
   what Dask adds per partition (scheduling, transfer, assembly) on this cluster. The
   same slope with an evaluation that does nothing measures the engine's overhead
   alone, less sensitive to a busy machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from artois_energy_desk.batch import (  # noqa: E402
    EvaluationOptions,
    dask_engine,
    evaluate_task,
)
from artois_energy_desk.batch.chunks import building_chunks  # noqa: E402
from artois_energy_desk.batch.dask_engine import evaluate_dask_task  # noqa: E402
from artois_energy_desk.core.progress import run  # noqa: E402
from artois_energy_desk.io.parameters import load_parameters  # noqa: E402
from artois_energy_desk.io.roofs import read_roofs  # noqa: E402
from artois_energy_desk.io.weather import load_weather  # noqa: E402
from bench_pv import make_roofs  # noqa: E402


def validated_roofs(n: int) -> pd.DataFrame:
    """The synthetic table as the CLI sees it: written to CSV and read back."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "roofs.csv"
        make_roofs(n).to_csv(path, index=False)
        return read_roofs(path).roofs


def timed(make_task, repeat: int) -> tuple[float, object]:
    """Best wall time of ``repeat`` runs of ``make_task()`` (the machine is shared)."""
    best = np.inf
    for _ in range(repeat):
        start = time.perf_counter()
        result = run(make_task())
        best = min(best, time.perf_counter() - start)
    return best, result


def _no_evaluation(chunk: pd.DataFrame, tables, params, options):
    """Stand-in for the partition evaluation: no result column, no warning."""
    return chunk.iloc[:, :0], []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roofs", type=int, default=200_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs per measurement, the best is kept")
    parser.add_argument("--partitions", type=int, nargs="+",
                        default=[2, 8, 32, 128])
    args = parser.parse_args()
    from distributed import Client, LocalCluster

    params = load_parameters([])
    weather = load_weather(None)
    roofs = validated_roofs(args.roofs)
    options = EvaluationOptions()
    tables_s, first = timed(
        lambda: evaluate_task(roofs.iloc[:10], weather, params, options), 1)
    tables = first.tables
    local_s, local = timed(
        lambda: evaluate_task(roofs, weather, params, options, tables), args.repeat)
    print(f"roofs: {len(roofs):_}   cores: {os.cpu_count()}   "
          f"climate tables (once, both engines): {tables_s:.1f} s")
    print(f"local engine: {local_s:.2f} s   {len(roofs) / local_s:,.0f} roofs/s "
          "(baseline)")

    start = time.perf_counter()
    with (LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                       host="127.0.0.1", dashboard_address="127.0.0.1:0") as cluster,
          Client(cluster) as client):
        startup_s = time.perf_counter() - start
        print(f"dask local cluster ({args.workers} workers x 1 thread): "
              f"start-up {startup_s:.1f} s")
        for label, repeat in (("cold", 1), ("warm", args.repeat)):
            seconds, evaluation = timed(lambda: evaluate_dask_task(
                roofs, weather, params, options, tables, client=client), repeat)
            pd.testing.assert_frame_equal(evaluation.results, local.results)
            print(f"dask engine ({label}, automatic partitions): {seconds:.2f} s   "
                  f"{len(roofs) / seconds:,.0f} roofs/s   "
                  f"ratio to local {local_s / seconds:.2f}   results identical")
        counts, dask_walls, local_walls = [], [], []
        for wanted in args.partitions:
            rows = -(-len(roofs) // wanted)
            n_parts = len(building_chunks(roofs, rows))
            seconds, _ = timed(lambda rows=rows: evaluate_dask_task(
                roofs, weather, params, options, tables, client=client,
                partition_rows=rows), args.repeat)
            chunked = EvaluationOptions(chunk_rows=rows)
            local_chunked_s, _ = timed(lambda chunked=chunked: evaluate_task(
                roofs, weather, params, chunked, tables), args.repeat)
            counts.append(n_parts)
            dask_walls.append(seconds)
            local_walls.append(local_chunked_s)
            print(f"  {n_parts:5d} partitions of ~{rows:_} roofs: dask {seconds:.2f} s"
                  f"   local engine, same chunks: {local_chunked_s:.2f} s")
        # The engine alone: the same partitions with an evaluation that does nothing.
        noop_walls = []
        original = dask_engine._evaluate_partition
        dask_engine._evaluate_partition = _no_evaluation
        try:
            for n_parts in counts:
                rows = -(-len(roofs) // n_parts)
                seconds, _ = timed(lambda rows=rows: evaluate_dask_task(
                    roofs, weather, params, options, tables, client=client,
                    partition_rows=rows), args.repeat)
                noop_walls.append(seconds)
                print(f"  {n_parts:5d} partitions, no evaluation: {seconds:.2f} s")
        finally:
            dask_engine._evaluate_partition = original
    noop_slope_s = np.polyfit(counts, noop_walls, 1)[0]
    print(f"engine overhead per partition, no evaluation (slope): "
          f"{1000 * noop_slope_s:.1f} ms wall = the local engine's time for "
          f"{noop_slope_s * len(roofs) / local_s:,.0f} roofs")
    dask_slope_s = np.polyfit(counts, dask_walls, 1)[0]
    chunk_slope_s = np.polyfit(counts, local_walls, 1)[0]
    print(f"cost per partition (slope): dask {1000 * dask_slope_s:.1f} ms wall, "
          f"of which the evaluation's own cost per chunk (local engine slope) "
          f"{1000 * chunk_slope_s:.1f} ms")
    overhead_s = dask_slope_s - chunk_slope_s
    print(f"Dask overhead per partition: {1000 * overhead_s:.1f} ms wall "
          f"= the local engine's time for {overhead_s * len(roofs) / local_s:,.0f} "
          "roofs")


if __name__ == "__main__":
    main()
