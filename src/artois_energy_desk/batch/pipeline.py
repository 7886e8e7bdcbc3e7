"""Evaluate a validated roof table: PV, solar thermal and the split between them.

Everything that depends only on the climate and the parameters (solar position, the
PV and collector orientation tables) is computed once per run; the roofs are then
evaluated in chunks (:mod:`.chunks`), on worker threads, each chunk a progress and
cancellation point. Chunks hold whole buildings, because a building's hot-water system
is placed on its best facet.
"""

from __future__ import annotations

import datetime as dt
import time
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from artois_energy_desk import ArtoisWarning, __version__
from artois_energy_desk.batch.chunks import Gatherer, building_chunks, positions
from artois_energy_desk.core.climate import WeatherYear
from artois_energy_desk.core.economics import (
    EconomicOptions,
    evaluate_economics,
    pv_shape_from_series,
    resolve_assumptions,
)
from artois_energy_desk.core.parameters import ParameterSet
from artois_energy_desk.core.progress import Progress, Task, scaled
from artois_energy_desk.core.solar.horizon import apply_horizon
from artois_energy_desk.core.solar.pv import (
    AC_QUANTITY,
    build_pv_table,
    evaluate_pv,
    pv_hourly,
)
from artois_energy_desk.core.solar.pv_settings import PVSettings
from artois_energy_desk.core.solar.sky import compute_sky
from artois_energy_desk.core.solar.suitability import SUITABILITY_CLASSES, suitability
from artois_energy_desk.core.solar.thermal import (
    MODES,
    build_thermal_table,
    evaluate_thermal,
)
from artois_energy_desk.core.solar.thermal_allocation import (
    ROOF_USES,
    allocate_roof_use,
)
from artois_energy_desk.core.solar.thermal_buildings import building_codes
from artois_energy_desk.core.threads import ordered_map

__all__ = [
    "evaluate_chunk",
    "tables_task",
    "user_warnings",
    "SUITABILITY_CLASSES",
    "Evaluation",
    "EvaluationOptions",
    "evaluate_task",
    "suitability",
]



@dataclass(frozen=True)
class EvaluationOptions:
    """Choices of an evaluation run.

    Parameters
    ----------
    use : {"pv", "thermal", "both"}
        Roof use: PV only (no solar-thermal column at all); the buildings' solar
        hot-water systems only; or thermal first on the best facet of each building
        that needs hot water and PV on the rest (see
        :mod:`artois_energy_desk.core.solar.thermal_allocation`).
    chunk_rows : int
        About this many roofs per chunk (one progress point per chunk); chunks are
        evaluated on worker threads, at most a few of them in memory at once. The
        default of 250 000 costs less per-chunk overhead than 125 000 (1M facets
        with economics: 2.29 s instead of 2.81, best of 5) for the same peak memory.
    economics : EconomicOptions or None
        Tariff period, dates, emission convention, VAT; ``None`` skips the economic
        and CO2 columns.
    horizon : tuple of two tuples of float, or None
        Site horizon profile ``(azimuths_deg, elevations_deg)`` (0 = north) applied as
        far shading of the direct beam to every roof of the run (see
        :mod:`artois_energy_desk.core.solar.horizon`).
    """

    use: str = "both"
    chunk_rows: int = 250_000
    economics: EconomicOptions | None = field(default_factory=EconomicOptions)
    horizon: tuple[tuple[float, ...], tuple[float, ...]] | None = None

    def __post_init__(self) -> None:
        if self.use not in MODES:
            raise ValueError(f"usage {self.use!r} inconnu ; attendu l'un de {MODES}")


@dataclass(frozen=True, eq=False)
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
    options : EvaluationOptions
        The choices of the run.
    tables : dict
        The climate-dependent tables (``sky``, ``pv``, ``thermal``), kept so that one
        roof can be recomputed at once (what-if edits, quick estimates).
    timings_s : dict
        Seconds spent per stage.
    warnings : list of str
        Warnings for the user raised during the run (French), for example a tariff
        grid older than six months.
    """

    results: pd.DataFrame
    weather_source: str
    params: ParameterSet
    options: EvaluationOptions
    tables: dict[str, Any] = field(default_factory=dict, repr=False)
    created: dt.datetime = field(default_factory=lambda: dt.datetime.now().astimezone())
    app_version: str = __version__
    timings_s: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def pv_table(self):
        """The PV orientation table of the run (for one-roof recomputation)."""
        return self.tables.get("pv")

    def assumptions(self) -> list[str]:
        """The assumptions of the run, as French sentences for every output and report.

        The climate source, the application version and date, the roof use, then every
        parameter with its value, unit, status, source and validity.
        """
        lines = [
            f"Climat : {self.weather_source}",
            f"Artois Energy Desk {self.app_version}, calcul du "
            f"{self.created:%Y-%m-%d %H:%M}",
            f"Usage des toitures : {self.options.use}",
            *(f"Avertissement : {message}" for message in self.warnings),
        ]
        for row in self.params.records().itertuples(index=False):
            valid = f", valable depuis {row.valid_from}" if row.valid_from else ""
            lines.append(
                f"{row.name} = {row.value} {row.unit} ({row.status}{valid}) ; "
                f"source : {row.source}"
            )
        return lines


def evaluate_task(
    roofs: pd.DataFrame,
    weather: WeatherYear,
    params: ParameterSet,
    options: EvaluationOptions | None = None,
    tables: dict[str, Any] | None = None,
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
        Roof use and chunk size.
    tables : dict, optional
        The ``tables`` of an earlier :class:`Evaluation` with the same weather and
        parameters, to skip their computation.
    """
    options = options or EvaluationOptions()
    timings: dict[str, float] = {}
    start = time.perf_counter()
    if tables is None:
        tables = yield from tables_task(weather, params, options)
    timings["tables"] = time.perf_counter() - start
    messages = list(tables.get("economics", {}).get("warnings", []))
    groups = building_chunks(roofs, options.chunk_rows)
    gatherer = Gatherer(roofs, groups)
    done = 0
    # Chunks are evaluated on a few worker threads (numpy releases the GIL), in
    # order; the warnings of every thread are collected by the one context around
    # the loop, which is entered before the workers start and left after they end.
    evaluated = ordered_map(
        lambda rows: evaluate_chunk(roofs.iloc[positions(rows)], tables, params,
                                    options),
        groups,
    )
    with user_warnings(messages):
        try:
            for index, (rows, part) in enumerate(zip(groups, evaluated, strict=True)):
                gatherer.add(index, part)  # while the workers evaluate the next
                done += len(rows)
                yield Progress(
                    0.4 + 0.55 * done / max(len(roofs), 1),
                    f"{done:_} / {len(roofs):_} toitures évaluées".replace("_", " "),
                )
        finally:
            evaluated.close()  # a cancelled run waits for its workers here
    timings["roofs"] = time.perf_counter() - start - timings["tables"]
    results = gatherer.frame()
    timings["total"] = time.perf_counter() - start
    yield Progress(1.0, "Évaluation terminée")
    return Evaluation(
        results,
        tables["sky"].source,
        params,
        options,
        tables,
        timings_s=timings,
        warnings=list(dict.fromkeys(messages)),
    )


def tables_task(
    weather: WeatherYear, params: ParameterSet, options: EvaluationOptions
) -> Task[dict[str, Any]]:
    yield Progress(0.0, "Position du soleil sur l'année type")
    sky = compute_sky(weather, params)
    if options.horizon is not None:
        sky = apply_horizon(sky, *options.horizon)
    with ThreadPoolExecutor(max_workers=1) as executor:
        # The economic shapes need only the sky: prepared on a thread meanwhile.
        shapes = (
            None
            if options.economics is None
            else executor.submit(_economic_shapes, sky, params)
        )
        pv = yield from scaled(build_pv_table(sky, params), 0.02, 0.25, "PV : ")
        tables = {"sky": sky, "pv": pv}
        if options.use != "pv":
            tables["thermal"] = yield from scaled(
                build_thermal_table(sky, params), 0.25, 0.38, "Thermique : "
            )
        if shapes is not None:
            yield Progress(0.38, "Hypothèses économiques et profils de consommation")
            tables["economics"] = _economic_tables(
                params, options.economics, shapes.result()
            )
    return tables


def _economic_tables(params: ParameterSet, options: EconomicOptions,
                     shapes: dict) -> dict:
    """Shared inputs of the economics: assumptions, load shapes, hourly PV shape.

    ``shapes`` are :func:`_economic_shapes`; the assumptions are resolved here, on
    the calling thread, which collects their warnings for the user.
    """
    messages: list[str] = []
    with user_warnings(messages):
        assumptions = resolve_assumptions(params, options)
    return {"assumptions": assumptions, "warnings": messages, "options": options,
            **shapes}


def _economic_shapes(sky, params: ParameterSet) -> dict:
    """The default load shapes and the territory's hourly PV shape per kWp.

    Warning-free: run on a worker thread while the PV and thermal tables are built.
    """
    from artois_energy_desk.io.load_curves import default_load_profiles

    tilt = np.array([params.value("economics.pv_shape_tilt_deg")])
    azimuth = np.array([params.value("economics.pv_shape_azimuth_deg")])
    settings = PVSettings.from_parameters(params)
    hourly = pv_hourly(sky, tilt, azimuth, settings, "pitched")[AC_QUANTITY][0]
    return {
        "load_profiles": default_load_profiles(
            int(params.value("economics.load_profile_year"))
        ),
        "pv_shape_kwh_per_kwp": pv_shape_from_series(
            pd.Series(np.nan_to_num(hourly), index=sky.times)
        ),
    }


@contextmanager
def user_warnings(messages: list[str]) -> Iterator[None]:
    """Collect the application's warnings for the user into ``messages``.

    Other warnings pass through unchanged.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ArtoisWarning)
        yield
    for warning in caught:
        if issubclass(warning.category, ArtoisWarning):
            messages.append(str(warning.message))
        else:
            warnings.warn_explicit(
                warning.message, warning.category, warning.filename, warning.lineno
            )


def evaluate_chunk(
    chunk: pd.DataFrame,
    tables: dict[str, Any],
    params: ParameterSet,
    options: EvaluationOptions,
) -> pd.DataFrame:
    """Every result column of one chunk of whole buildings (input columns excluded).

    Thread-safe: the pipeline evaluates chunks on worker threads.
    """
    economic = tables.get("economics")
    # Facets grouped into buildings once, for the hot-water systems and economics.
    codes = (
        building_codes(chunk)
        if options.use != "pv" or economic is not None
        else None
    )
    out = _solar_chunk(chunk, tables, params, options.use, codes)
    out["pv_suitability"] = suitability(out["poa_annual_kwh_m2"].to_numpy(), params)
    if economic is None:
        return out
    # The input columns then the solar ones, as one frame without copying any.
    inputs = {name: chunk[name] for name in chunk.columns}
    inputs.update((name, out[name]) for name in out.columns)
    columns = evaluate_economics(
        pd.DataFrame(inputs, index=chunk.index, copy=False),
        params,
        pv_hourly_shape_kwh_per_kwp=economic["pv_shape_kwh_per_kwp"],
        load_profiles=economic["load_profiles"],
        options=economic["options"],
        assumptions=economic["assumptions"],
        building_codes=codes,
    )
    merged = {name: out[name] for name in out.columns}
    merged.update((name, columns[name]) for name in columns.columns)
    return pd.DataFrame(merged, index=chunk.index, copy=False)


def _solar_chunk(
    chunk: pd.DataFrame,
    tables: dict[str, Any],
    params: ParameterSet,
    use: str,
    codes: np.ndarray | None = None,
) -> pd.DataFrame:
    """PV, then (unless PV only) the hot-water systems and the split between them."""
    pv = evaluate_pv(chunk, tables["pv"], params)
    if use == "pv":
        pv["roof_use"] = pd.Categorical(
            np.where(pv["pv_peak_power_kwp"] > 0, "pv", "none"), categories=ROOF_USES
        )
        return pv
    thermal = evaluate_thermal(
        chunk, tables["thermal"], params, mode=use, pv_results=pv,
        building_codes=codes,
    )
    allocated = allocate_roof_use(pv, thermal, use)
    columns = {
        name: frame[name]
        for frame in (pv, thermal)
        for name in frame.columns
        if name not in allocated
    }
    columns.update((name, allocated[name]) for name in allocated.columns)
    return pd.DataFrame(columns, index=chunk.index, copy=False)
