"""Evaluate a validated roof table: PV (and, where available, thermal and economics).

Everything that depends only on the climate and the parameters (solar position, the
orientation tables) is computed once per run; the roofs are then evaluated in chunks,
each chunk a progress and cancellation point.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field

import pandas as pd

from artois_energy_desk import __version__
from artois_energy_desk.core.climate import WeatherYear
from artois_energy_desk.core.parameters import ParameterSet
from artois_energy_desk.core.progress import Progress, Task, scaled
from artois_energy_desk.core.solar.pv import build_pv_table, evaluate_pv
from artois_energy_desk.core.solar.sky import compute_sky

__all__ = ["Evaluation", "EvaluationOptions", "evaluate_task"]


@dataclass(frozen=True)
class EvaluationOptions:
    """Choices of an evaluation run.

    Parameters
    ----------
    chunk_rows : int
        Roofs evaluated per chunk (one progress point per chunk).
    """

    chunk_rows: int = 200_000


@dataclass(frozen=True)
class Evaluation:
    """The outcome of an evaluation run.

    Parameters
    ----------
    results : pandas.DataFrame
        The input roof table (every column carried through) followed by the result
        columns, in the input order.
    weather_source : str
        The climate the results were computed with.
    params : ParameterSet
        The parameters used.
    timings_s : dict
        Seconds spent per stage.
    """

    results: pd.DataFrame
    weather_source: str
    params: ParameterSet
    options: EvaluationOptions
    created: dt.datetime = field(default_factory=lambda: dt.datetime.now().astimezone())
    app_version: str = __version__
    timings_s: dict[str, float] = field(default_factory=dict)


def evaluate_task(
    roofs: pd.DataFrame,
    weather: WeatherYear,
    params: ParameterSet,
    options: EvaluationOptions | None = None,
) -> Task[Evaluation]:
    """Evaluate ``roofs`` as a progress generator returning an :class:`Evaluation`.

    Parameters
    ----------
    roofs : pandas.DataFrame
        A validated roof table (see :func:`artois_energy_desk.io.roofs.read_roofs`).
    weather : WeatherYear
        The climate.
    params : ParameterSet
        Model parameters.
    options : EvaluationOptions, optional
        Chunk size and choices.
    """
    options = options or EvaluationOptions()
    timings: dict[str, float] = {}
    start = time.perf_counter()
    yield Progress(0.0, "Position du soleil et ciel de l'année type")
    sky = compute_sky(weather, params)
    table = yield from scaled(
        build_pv_table(sky, params), 0.02, 0.35, "Table des orientations : "
    )
    timings["tables"] = time.perf_counter() - start
    chunks = []
    total = len(roofs)
    for first in range(0, total, options.chunk_rows):
        chunk = roofs.iloc[first : first + options.chunk_rows]
        chunks.append(evaluate_pv(chunk, table, params))
        done = first + len(chunk)
        yield Progress(
            0.35 + 0.6 * done / max(total, 1),
            f"{done:,} / {total:,} toitures évaluées".replace(",", " "),
        )
    timings["roofs"] = time.perf_counter() - start - timings["tables"]
    results = _assemble(roofs, chunks)
    timings["total"] = time.perf_counter() - start
    yield Progress(1.0, "Évaluation terminée")
    return Evaluation(results, weather.source, params, options, timings_s=timings)


def _assemble(roofs: pd.DataFrame, chunks: list[pd.DataFrame]) -> pd.DataFrame:
    if not chunks:
        return roofs.copy()
    computed = pd.concat(chunks, copy=False)
    overlapping = [c for c in computed.columns if c in roofs.columns]
    return pd.concat([roofs.drop(columns=overlapping), computed], axis=1, copy=False)
