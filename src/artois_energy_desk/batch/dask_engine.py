"""Evaluate a roof table on a Dask cluster (``evaluate --engine dask``).

The same science as :func:`artois_energy_desk.batch.pipeline.evaluate_task`, spread
over the workers of a `Dask distributed <https://distributed.dask.org>`_ cluster:

1. the climate tables (sky, PV and collector orientation tables) are computed once, on
   the client, exactly as the local engine does;
2. they are broadcast to every worker once (:meth:`distributed.Client.scatter`);
3. the roof table is cut into partitions that keep every building whole (a building's
   hot-water system goes on its best facet) and each partition is sent to a worker;
4. the per-chunk evaluation of the local engine runs on each partition;
5. the results come back as they finish (:func:`distributed.as_completed`), each one a
   progress and cancellation point, and are put back in the input order.

The result is identical to the local engine's. Without a scheduler address a local
cluster (one single-threaded worker process per core) is started for the run and shut
down after it. For a roof list too large for one machine's memory,
:func:`evaluate_frame` evaluates a :class:`dask.dataframe.DataFrame` lazily, partition
by partition, without bringing the results back to the client.

The engine needs the optional extra ``dask``
(``pip install "artois-energy-desk[dask]"``); every worker needs the same version of the
application.
"""

from __future__ import annotations

import logging
import math
import os
import sys
import time
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from artois_energy_desk import InputError, __version__
from artois_energy_desk.batch.chunks import assemble, building_chunks
from artois_energy_desk.batch.pipeline import (
    Evaluation,
    EvaluationOptions,
    evaluate_chunk,
    tables_task,
    user_warnings,
)
from artois_energy_desk.core.climate import WeatherYear
from artois_energy_desk.core.parameters import ParameterSet
from artois_energy_desk.core.progress import Progress, Task

if TYPE_CHECKING:
    import dask.dataframe
    import distributed

__all__ = ["MIN_PARTITION_ROWS", "PARTITIONS_PER_THREAD", "evaluate_dask_task",
           "evaluate_frame", "partition_rows_for"]

logger = logging.getLogger(__name__)

#: Fewest roofs per partition when the size is chosen automatically. The engine's own
#: cost per partition on a local cluster (scheduling, transfer, assembly) measured
#: about 13 ms, the local engine's time for ~1 400 roofs (``benchmarks/bench_dask.py``
#: on two cores), so partitions of at least this size keep it under ~7 %.
MIN_PARTITION_ROWS = 20_000

#: Partitions per worker thread when the size is chosen automatically, so that a slow
#: worker or an uneven partition does not leave the others idle at the end of the run.
PARTITIONS_PER_THREAD = 4

#: Seconds to wait for a remote scheduler before giving up.
CONNECT_TIMEOUT_S = 20


def evaluate_dask_task(roofs: pd.DataFrame, weather: WeatherYear, params: ParameterSet,
                       options: EvaluationOptions | None = None,
                       tables: dict[str, Any] | None = None, *,
                       client: distributed.Client | None = None,
                       scheduler: str | None = None,
                       partition_rows: int | None = None) -> Task[Evaluation]:
    """Evaluate ``roofs`` on a Dask cluster, as a progress generator.

    Parameters
    ----------
    roofs : pandas.DataFrame
        A validated roof table (see :func:`artois_energy_desk.io.roofs.read_roofs`).
    weather : WeatherYear
        The climate.
    params : ParameterSet
        Model parameters.
    options : EvaluationOptions, optional
        Roof use, economics (``chunk_rows`` caps the partition size).
    tables : dict, optional
        The ``tables`` of an earlier :class:`Evaluation` with the same weather and
        parameters, to skip their computation.
    client : distributed.Client, optional
        A connected client to use (left open). Otherwise one is made for the run.
    scheduler : str, optional
        Address of a running scheduler (``tcp://host:8786``), used when ``client`` is
        not given. Neither given: a local cluster with one worker process per core.
    partition_rows : int, optional
        About this many roofs per partition; default from the number of worker threads
        (see :func:`partition_rows_for`).

    Returns
    -------
    Evaluation
        The same results as :func:`~artois_energy_desk.batch.evaluate_task`, with
        ``timings_s`` holding ``tables``, ``cluster`` (start or connection),
        ``roofs`` (broadcast, evaluation and gathering) and ``total`` [s].

    Raises
    ------
    InputError
        Dask is not installed, the scheduler cannot be reached, or the workers run
        another version of the application.
    """
    options = options or EvaluationOptions()
    timings: dict[str, float] = {}
    start = time.perf_counter()
    if tables is None:
        tables = yield from tables_task(weather, params, options)
    timings["tables"] = time.perf_counter() - start
    yield Progress(0.4, "Démarrage du cluster Dask" if client is None and not scheduler
                   else "Connexion au cluster Dask")
    owned = [] if client is not None else _open_client(scheduler)
    client = client if client is not None else owned[-1]
    futures: list[distributed.Future] = []
    shared: list[distributed.Future] = []
    try:
        timings["cluster"] = time.perf_counter() - start - timings["tables"]
        _check_worker_versions(client)
        threads = max(sum(client.nthreads().values()), 1)
        rows = partition_rows or partition_rows_for(len(roofs), threads,
                                                    options.chunk_rows)
        groups = building_chunks(roofs, rows)
        yield Progress(0.42, f"Envoi des tables à {len(client.nthreads())} nœuds")
        shared_tables, shared_params = client.scatter([tables, params], broadcast=True,
                                                      hash=False)
        chunks = client.scatter([roofs.iloc[g] for g in groups], hash=False)
        shared = [shared_tables, shared_params, *chunks]
        futures = client.map(_evaluate_partition, chunks, tables=shared_tables,
                             params=shared_params, options=options, pure=False)
        parts, messages = yield from _gather(futures, groups, len(roofs))
        timings["roofs"] = (time.perf_counter() - start - timings["tables"]
                            - timings["cluster"])
    finally:
        client.cancel([*futures, *shared])
        for resource in reversed(owned):
            resource.close()
    results = assemble(roofs, parts, groups)
    timings["total"] = time.perf_counter() - start
    yield Progress(1.0, "Évaluation terminée")
    messages = [*tables.get("economics", {}).get("warnings", []), *messages]
    return Evaluation(results, tables["sky"].source, params, options, tables,
                      timings_s=timings, warnings=list(dict.fromkeys(messages)))


def partition_rows_for(n_roofs: int, threads: int, max_rows: int) -> int:
    """Roofs per partition for ``n_roofs`` on a cluster of ``threads`` worker threads.

    :data:`PARTITIONS_PER_THREAD` partitions per thread, each of at least
    :data:`MIN_PARTITION_ROWS` roofs and at most ``max_rows``.
    """
    wanted = math.ceil(n_roofs / (PARTITIONS_PER_THREAD * max(threads, 1)))
    return int(min(max(wanted, MIN_PARTITION_ROWS), max(max_rows, 1)))


def evaluate_frame(roofs: dask.dataframe.DataFrame, tables: dict[str, Any],
                   params: ParameterSet, options: EvaluationOptions | None = None,
                   ) -> dask.dataframe.DataFrame:
    """Lazy evaluation of a partitioned roof table, for lists larger than memory.

    Each partition is evaluated where it lies and nothing is gathered: write the
    result from the workers (``evaluate_frame(...).to_parquet(folder)``).

    Parameters
    ----------
    roofs : dask.dataframe.DataFrame
        Validated roofs (canonical columns and dtypes of
        :func:`artois_energy_desk.io.roofs.read_roofs`), each building whole in one
        partition (partition the files by département or commune).
    tables : dict
        Climate tables: ``Evaluation.tables`` of a run with the same weather and
        parameters (for example of the demo study).
    params : ParameterSet
        Model parameters.
    options : EvaluationOptions, optional
        Roof use and economics, as for the run that made ``tables``.

    Returns
    -------
    dask.dataframe.DataFrame
        The input columns followed by the result columns, partition by partition.
    """
    options = options or EvaluationOptions()
    meta = _with_results(roofs._meta, tables, params, options)
    shared_tables, shared_params = _broadcast(tables, params)
    return roofs.map_partitions(_with_results, shared_tables, shared_params, options,
                                meta=meta, align_dataframes=False)


def _broadcast(tables: dict[str, Any], params: ParameterSet) -> tuple[Any, Any]:
    """Tables and parameters sent once to every worker of the current client.

    Without a distributed client (the threaded scheduler) they are used as they are.
    """
    try:
        from distributed import get_client

        client = get_client()
    except (ImportError, ValueError):
        return tables, params
    shared_tables, shared_params = client.scatter([tables, params], broadcast=True,
                                                  hash=False)
    return shared_tables, shared_params


def _with_results(chunk: pd.DataFrame, tables: dict[str, Any], params: ParameterSet,
                  options: EvaluationOptions) -> pd.DataFrame:
    """One partition with its result columns, as the local engine assembles them."""
    groups = [np.arange(len(chunk))]
    if len(chunk) == 0:
        return assemble(chunk, [_empty_results(tables, params, options, chunk)],
                         groups)
    messages: list[str] = []
    with user_warnings(messages):
        part = evaluate_chunk(chunk, tables, params, options)
    for message in dict.fromkeys(messages):
        logger.warning("%s", message)
    return assemble(chunk, [part], groups)


def _empty_results(tables: dict[str, Any], params: ParameterSet,
                   options: EvaluationOptions, chunk: pd.DataFrame) -> pd.DataFrame:
    """Result columns and dtypes, from the evaluation of one typical facet."""
    typical = {name: [0] for name in chunk.columns}
    typical.update(roof_id=["meta"], latitude=[tables["sky"].latitude],
                   longitude=[tables["sky"].longitude], area_m2=[50.0],
                   tilt_deg=[30.0], azimuth_deg=[180.0])
    sample = pd.DataFrame(typical).astype(chunk.dtypes.to_dict())
    return evaluate_chunk(sample, tables, params, options).iloc[:0]


def _open_client(scheduler: str | None) -> list[Any]:
    """Connect to ``scheduler`` or start a local cluster; return what must be closed."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        frozen = getattr(sys, "frozen", False)
        where = "l'application de bureau ne l'inclut pas ; " if frozen else ""
        raise InputError(
            f"le moteur « dask » demande Dask distributed : {where}installer "
            "l'application avec l'option [dask] "
            "(pip install \"artois-energy-desk[dask]\")"
        ) from err
    _quiet_dask_logs()
    if scheduler:
        try:
            return [Client(scheduler, timeout=CONNECT_TIMEOUT_S)]
        except (OSError, TimeoutError, ValueError) as err:
            raise InputError(
                f"ordonnanceur Dask injoignable à l'adresse {scheduler!r} ({err}) ; "
                "attendu l'adresse d'un « dask scheduler » en marche, par exemple "
                "tcp://serveur:8786"
            ) from err
    cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1,
                           processes=True, host="127.0.0.1",
                           dashboard_address="127.0.0.1:0")
    try:
        return [cluster, Client(cluster)]
    except BaseException:
        cluster.close()
        raise


def _quiet_dask_logs() -> None:
    """Keep Dask's start/stop chatter out of the user's terminal unless debugging.

    ``distributed`` sets its loggers to INFO on import; the application shows
    warnings only, and everything with ``--debug``.
    """
    if logging.getLogger().getEffectiveLevel() > logging.DEBUG:
        logging.getLogger("distributed").setLevel(logging.WARNING)


def _check_worker_versions(client: distributed.Client) -> None:
    versions = client.run(_application_version)
    others = {worker: v for worker, v in versions.items() if v != __version__}
    if others:
        listed = ", ".join(f"{worker} ({v})" for worker, v in sorted(others.items()))
        raise InputError(
            f"les nœuds Dask {listed} n'ont pas la version {__version__} "
            "d'Artois Energy Desk du poste client ; installer la même version sur "
            "tous les nœuds"
        )


def _application_version() -> str:
    """Run on each worker: the version of the application it imports."""
    import artois_energy_desk

    return artois_energy_desk.__version__


def _evaluate_partition(chunk: pd.DataFrame, tables: dict[str, Any],
                        params: ParameterSet, options: EvaluationOptions,
                        ) -> tuple[pd.DataFrame, list[str]]:
    """Run on a worker: one partition's results and the warnings meant for the user."""
    messages: list[str] = []
    with user_warnings(messages):
        part = evaluate_chunk(chunk, tables, params, options)
    return part, messages


def _gather(futures: list[distributed.Future], groups: list[np.ndarray],
            n_roofs: int) -> Task[tuple[list[pd.DataFrame], list[str]]]:
    """Collect the partition results as they finish, one progress point each.

    Returns the parts and the user warnings, both in partition order.
    """
    from distributed import as_completed

    position = {future.key: index for index, future in enumerate(futures)}
    parts: list[Any] = [None] * len(futures)
    done = 0
    for future in as_completed(futures):
        index = position[future.key]
        parts[index] = future.result()
        done += len(groups[index])
        yield Progress(0.45 + 0.5 * done / max(n_roofs, 1),
                       f"{done:_} / {n_roofs:_} toitures évaluées".replace("_", " "))
    return [part for part, _ in parts], [m for _, found in parts for m in found]
