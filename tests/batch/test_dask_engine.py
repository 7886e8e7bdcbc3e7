"""The Dask engine gives exactly the local engine's results, with progress."""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
import pytest

from artois_energy_desk import InputError, paths
from artois_energy_desk.batch import EvaluationOptions, dask_engine, evaluate_task
from artois_energy_desk.batch.dask_engine import (
    evaluate_dask_task,
    evaluate_frame,
    partition_rows_for,
)
from artois_energy_desk.cli import main
from artois_energy_desk.core.progress import run
from artois_energy_desk.io.parameters import load_parameters
from artois_energy_desk.io.roofs import read_roofs
from artois_energy_desk.io.weather import load_weather

distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")

#: Partition size for the tests: the 3 774 demo roofs in 8 partitions.
PARTITION_ROWS = 500


@pytest.fixture(scope="module")
def cluster_client():
    """An in-process cluster of two single-threaded workers (no child processes)."""
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                 dashboard_address="127.0.0.1:0") as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def demo():
    params = load_parameters([])
    weather = load_weather(None)
    roofs = read_roofs(paths.data_file("demo", "artois_demo_roofs.csv")).roofs
    local = run(evaluate_task(roofs, weather, params))
    return roofs, weather, params, local


@pytest.mark.parametrize("use", ["both", "pv"])
def test_dask_results_identical_to_local_engine(cluster_client, demo, use):
    roofs, weather, params, local = demo
    options = EvaluationOptions(use=use)
    expected = run(evaluate_task(roofs, weather, params, options, tables=local.tables))
    steps = []
    evaluation = run(
        evaluate_dask_task(roofs, weather, params, options, tables=local.tables,
                           client=cluster_client, partition_rows=PARTITION_ROWS),
        on_progress=steps.append,
    )
    # Same code on the same rows, only spread over partitions: exact equality.
    pd.testing.assert_frame_equal(evaluation.results, expected.results)
    counted = [s for s in steps if "toitures évaluées" in s.message]
    n_buildings = roofs["building_id"].nunique()
    assert len(counted) == len(dask_engine.building_chunks(roofs, PARTITION_ROWS))
    assert len(counted) > 4, f"{n_buildings} bâtiments, trop peu de partitions"
    assert counted[-1].message.startswith("3 774 / 3 774")
    fractions = [s.fraction for s in steps]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_partitions_keep_buildings_whole_when_order_is_shuffled(cluster_client, demo):
    """Roofs of one building scattered through the file still end up together."""
    roofs, weather, params, local = demo
    shuffled = roofs.sample(frac=1.0, random_state=7)
    expected = run(evaluate_task(shuffled, weather, params, tables=local.tables))
    evaluation = run(evaluate_dask_task(shuffled, weather, params, tables=local.tables,
                                        client=cluster_client, partition_rows=300))
    pd.testing.assert_frame_equal(evaluation.results, expected.results)


def test_cancelling_releases_cluster_work(cluster_client, demo):
    roofs, weather, params, local = demo
    task = evaluate_dask_task(roofs, weather, params, tables=local.tables,
                              client=cluster_client, partition_rows=PARTITION_ROWS)
    for step in task:
        if "toitures évaluées" in step.message:
            break
    task.close()
    # Nothing of the run stays held on the workers once the generator is closed (the
    # release travels asynchronously: poll for up to 10 s).
    for _ in range(50):
        held = cluster_client.run(lambda dask_worker: len(dask_worker.data))
        if set(held.values()) == {0}:
            break
        time.sleep(0.2)
    assert set(held.values()) == {0}, held


def test_evaluate_frame_matches_local_engine(cluster_client, demo):
    roofs, weather, params, local = demo
    ordered = roofs.sort_values("building_id", kind="stable")
    # Four partitions cut at building boundaries near rows 1000, 2000 and 3000.
    codes = pd.factorize(ordered["building_id"])[0]
    starts = np.flatnonzero(np.diff(codes, prepend=-1) != 0)
    cuts = [0, *starts[np.searchsorted(starts, [1000, 2000, 3000])], len(ordered)]
    frame = dd.from_delayed(
        [dask.delayed(ordered.iloc[a:b])
         for a, b in zip(cuts[:-1], cuts[1:], strict=True)],
        meta=ordered.iloc[:0],
    )
    result = evaluate_frame(frame, local.tables, params).compute()
    expected = run(evaluate_task(ordered, weather, params, tables=local.tables))
    pd.testing.assert_frame_equal(result, expected.results)
    assert list(frame._meta.columns) == list(result.columns[: roofs.shape[1]])


def test_partition_size_rule():
    # 10 million roofs on 16 threads: 4 partitions per thread of 156 250 roofs.
    assert partition_rows_for(10_000_000, 16, 250_000) == 156_250
    # Never smaller than the floor, never larger than the chunk size.
    assert partition_rows_for(3_774, 2, 250_000) == dask_engine.MIN_PARTITION_ROWS
    assert partition_rows_for(10_000_000, 1, 250_000) == 250_000


def test_unreachable_scheduler_is_a_user_error(demo, monkeypatch):
    roofs, weather, params, local = demo
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT_S", 1)
    with pytest.raises(InputError, match="injoignable.*tcp://127.0.0.1:9"):
        run(evaluate_dask_task(roofs, weather, params, tables=local.tables,
                               scheduler="tcp://127.0.0.1:9"))


@pytest.mark.slow
def test_cli_engine_dask_on_a_local_cluster(capsys):
    """``evaluate --engine dask`` starts its own cluster and prints the same summary."""
    # PV only: the thermal table is not needed, which halves the run time.
    assert main(["evaluate", "--quiet", "--use", "pv"]) == 0
    local_summary = capsys.readouterr().out
    assert main(["evaluate", "--quiet", "--use", "pv", "--engine", "dask"]) == 0
    assert capsys.readouterr().out == local_summary
