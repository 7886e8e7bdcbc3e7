"""PV yield of roof facets: the pvlib PVWatts chain, tabulated over orientations.

The yield per kWp depends on the module orientation and mounting only (one climate for
the territory), so it is computed hourly with pvlib's PVWatts chain at the nodes of a
tilt x azimuth table for pitched roofs (:func:`build_pv_table`), plus once for the
racked modules of flat roofs, and interpolated for each facet (:func:`evaluate_pv`).
The chain is the one of ``pvlib.modelchain.ModelChain`` with ``transposition_model=
'perez'``, ``aoi_model='physical'``, ``spectral_model='no_loss'``,
``temperature_model='sapm'``, ``dc_model='pvwatts'``, ``losses_model='pvwatts'``,
``ac_model='pvwatts'``, the inverter rated ``pdc0 / dc_ac_ratio``; a facet's shading
loss then scales its AC energy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial

import numpy as np
import pandas as pd
from pvlib import inverter, pvsystem, temperature

from artois_energy_desk.core.parameters import ParameterSet
from artois_energy_desk.core.progress import Progress, Task, scaled
from artois_energy_desk.core.solar.orientation_grid import (
    OrientationGrid,
    aggregate_hourly,
    build_orientation_grid,
)
from artois_energy_desk.core.solar.pv_settings import PVSettings
from artois_energy_desk.core.solar.pv_sizing import (
    SIZING_COLUMNS,
    check_fraction,
    layout_arrays,
)
from artois_energy_desk.core.solar.sky import Sky, poa_components

__all__ = [
    "AC_QUANTITY", "MONTHLY_YIELD_COLUMNS", "POA_QUANTITY", "PV_COLUMNS", "PVTable",
    "SHADING_SOURCES",
    "build_pv_table", "evaluate_pv", "physical_iam", "pv_hourly",
]

#: Hourly AC energy per kWp installed, before facet shading [kWh/kWp].
AC_QUANTITY = "ac_kwh_per_kwp"
#: Hourly plane-of-array irradiation [kWh/m²].
POA_QUANTITY = "poa_global_kwh_m2"
MONTHLY_YIELD_COLUMNS = tuple(f"pv_yield_m{month:02d}_kwh" for month in range(1, 13))
#: Columns returned by :func:`evaluate_pv`.
PV_COLUMNS = (
    "pv_mounting", "pv_tilt_deg", "pv_azimuth_deg", "pv_usable_area_m2",
    "pv_module_area_m2", "pv_peak_power_kwp", "poa_annual_kwh_m2",
    "pv_annual_yield_kwh", "pv_specific_yield_kwh_per_kwp", "pv_performance_ratio",
    "pv_shading_loss", "pv_shading_source", *MONTHLY_YIELD_COLUMNS,
)
#: Values of ``pv_shading_source``: the facet's own ``shading_loss`` or the default.
SHADING_SOURCES = ("input", "default")

_W_PER_KW = 1000.0
#: Hours per weather record (the weather year is hourly).
_HOURS_PER_RECORD = 1.0


@dataclass(frozen=True, eq=False)
class PVTable:
    """Annual and monthly PV yield per kWp and irradiation, by orientation.

    Parameters
    ----------
    grid : OrientationGrid
        Pitched-roof modules (close-mount temperature model): quantities
        :data:`AC_QUANTITY` [kWh/kWp] and :data:`POA_QUANTITY` [kWh/m²], computed
        with the full chain at each node.
    lookup : OrientationGrid
        ``grid`` resampled every ``pv.table_lookup_step_deg`` by bicubic
        interpolation, read bilinearly for each facet.
    flat : mapping of str to numpy.ndarray, shape (13,)
        The same quantities for the racked modules of flat roofs (open-rack model).
    settings : PVSettings
        The settings the table was built with.
    source : str
        Source of the weather year.
    """

    grid: OrientationGrid
    lookup: OrientationGrid
    flat: Mapping[str, np.ndarray]
    settings: PVSettings
    source: str


def pv_hourly(sky: Sky, surface_tilt: np.ndarray, surface_azimuth: np.ndarray,
              settings: PVSettings, mounting: str) -> dict[str, np.ndarray]:
    """Hourly AC energy per kWp and plane irradiation for many orientations.

    Parameters
    ----------
    sky : Sky
        Hourly sky (one record per hour).
    surface_tilt, surface_azimuth : array_like, shape (k,)
        Module orientations [degrees].
    settings : PVSettings
        Model settings.
    mounting : str
        ``pitched`` (close-mount temperature model) or ``flat`` (open rack).

    Returns
    -------
    dict
        :data:`AC_QUANTITY` [kWh/kWp per hour] and :data:`POA_QUANTITY` [kWh/m² per
        hour], arrays of shape ``(k, n_hours)``; NaN where pvlib gives NaN (hours
        with an undefined Perez clearness), which sums count as zero.

    References
    ----------
    Dobos, A. P., 2014. PVWatts Version 5 Manual, NREL/TP-6A20-62641. pvlib-python
    0.16: ``iam.physical`` (as :func:`physical_iam`), ``temperature.sapm_cell``,
    ``pvsystem.pvwatts_dc``, ``pvsystem.pvwatts_losses``, ``inverter.pvwatts``.
    """
    tilt = np.atleast_1d(np.asarray(surface_tilt, dtype=float))
    poa = poa_components(sky, tilt, surface_azimuth, settings.albedo,
                         chunk_size=max(tilt.size, 1))
    # the beam is zero where the sun is behind the plane: evaluate the modifier only
    # where it matters (half of the values)
    facing = poa.cos_aoi > 0.0
    beam = poa.poa_direct.copy()
    beam[facing] *= physical_iam(poa.cos_aoi[facing], settings.iam_refractive_index,
                                 settings.iam_extinction_per_m,
                                 settings.iam_glazing_thickness_m)
    effective = beam + poa.poa_diffuse
    cell = temperature.sapm_cell(poa.poa_global, sky.temp_air, sky.wind_speed,
                                 **settings.temperature_parameters(mounting))
    dc = pvsystem.pvwatts_dc(effective, cell, _W_PER_KW, settings.gamma_pdc_per_k,
                             temp_ref=settings.temp_ref_c)
    dc *= 1.0 - settings.system_loss_fraction
    ac = inverter.pvwatts(dc, _W_PER_KW / settings.dc_ac_ratio,
                          eta_inv_nom=settings.eta_inv_nom,
                          eta_inv_ref=settings.eta_inv_ref)
    scale = _HOURS_PER_RECORD / _W_PER_KW
    return {AC_QUANTITY: ac * scale, POA_QUANTITY: poa.poa_global * scale}


def physical_iam(cos_aoi: np.ndarray, n: float, k_per_m: float, l_m: float,
                 ) -> np.ndarray:
    """Physical incidence-angle modifier from the cosine of the incidence angle.

    Same model and result as ``pvlib.iam.physical(aoi, n, K, L)`` without an
    anti-reflection layer, written on ``cos(aoi)`` to avoid an arccos/cos round trip
    on large arrays (Fresnel transmission of both polarisations through one
    air-glass interface, Bouguer absorption in the glass, normalised at normal
    incidence).

    Parameters
    ----------
    cos_aoi : array_like
        Cosine of the angle of incidence [-]; negative values give 0.
    n : float
        Refractive index of the glass [-].
    k_per_m : float
        Extinction coefficient of the glass [1/m].
    l_m : float
        Glass thickness [m].

    Returns
    -------
    numpy.ndarray
        Modifier of the beam irradiance [-].

    References
    ----------
    De Soto, W., Klein, S. A., Beckman, W. A., 2006. Improvement and validation of a
    model for photovoltaic array performance. Solar Energy 80(1), 78-88.
    """
    cos_in = np.maximum(cos_aoi, 0.0)
    sin_refracted = np.sqrt(1.0 - cos_in**2) / n
    cos_refracted = np.sqrt(1.0 - sin_refracted**2)
    with np.errstate(divide="ignore", invalid="ignore"):
        rho_s = ((cos_in - n * cos_refracted) / (cos_in + n * cos_refracted)) ** 2
        rho_p = ((cos_refracted - n * cos_in) / (cos_refracted + n * cos_in)) ** 2
    tau_normal = (1.0 - ((1.0 - n) / (1.0 + n)) ** 2) * np.exp(-k_per_m * l_m)
    absorption = np.exp(-k_per_m * l_m / cos_refracted)
    return (2.0 - rho_s - rho_p) * absorption / (2.0 * tau_normal)


def build_pv_table(sky: Sky, params: ParameterSet) -> Task[PVTable]:
    """Tabulate the PV yield per kWp over orientations (a progress task).

    Parameters
    ----------
    sky : Sky
        Hourly sky of the territory's weather year.
    params : ParameterSet
        Model parameters (``pv.*``).

    Yields
    ------
    Progress
        After each chunk of orientations.

    Returns
    -------
    PVTable
        Pitched-roof grid over tilts 0..90 degrees and all azimuths, and the
        flat-roof rack values.
    """
    settings = PVSettings.from_parameters(params)
    lit = sky.irradiated()
    model = partial(_pitched_model, lit, settings)
    grid = yield from scaled(build_orientation_grid(
        model, lit.month, tilt_step_deg=settings.table_tilt_step_deg,
        azimuth_step_deg=settings.table_azimuth_step_deg,
        message="Table de production PV par orientation"), 0.0, 0.95)
    flat_hourly = pv_hourly(lit, [settings.flat_rack_tilt_deg],
                            [settings.flat_rack_azimuth_deg], settings, "flat")
    flat = {name: aggregate_hourly(values, lit.month)[0]
            for name, values in flat_hourly.items()}
    step = settings.table_lookup_step_deg
    lookup = grid.resampled(step, step)
    yield Progress(1.0, "Table de production PV prête")
    return PVTable(grid, lookup, flat, settings, sky.source)


def evaluate_pv(roofs: pd.DataFrame, table: PVTable, params: ParameterSet,
                ) -> pd.DataFrame:
    """PV layout and yield of every facet (vectorised, no loop over roofs).

    Parameters
    ----------
    roofs : pandas.DataFrame
        Validated facets: ``area_m2`` [m²], ``tilt_deg``, ``azimuth_deg`` [degrees],
        optional ``usable_ratio`` and ``shading_loss`` [-, 0..1] (NaN = not given).
    table : PVTable
        Yield table from :func:`build_pv_table`, built with the same yield settings.
    params : ParameterSet
        Model parameters (``pv.*``): sizing and default shading.

    Returns
    -------
    pandas.DataFrame
        Indexed like ``roofs``, columns :data:`PV_COLUMNS`: layout (see
        :func:`~artois_energy_desk.core.solar.pv_sizing.size_pv`),
        ``poa_annual_kwh_m2`` in the module plane [kWh/m²], annual AC yield [kWh],
        specific yield [kWh/kWp], performance ratio (specific yield over plane
        irradiation, [-]), shading loss used [-] and its source (``input`` /
        ``default``), monthly yields [kWh]. ``roofs`` is not modified.

    Raises
    ------
    ValueError
        If the table was built with other yield settings, or a ``shading_loss`` lies
        outside 0..1.
    """
    settings = PVSettings.from_parameters(params)
    if not settings.same_yield_model(table.settings):
        raise ValueError("la table PV a été calculée avec d'autres paramètres")
    layout = layout_arrays(roofs, settings)
    flat = np.asarray(layout["pv_mounting"].codes, dtype=bool)
    per_kwp, poa = _table_values(table, layout["pv_tilt_deg"],
                                 layout["pv_azimuth_deg"], flat)
    shading, source = _shading(roofs, settings)
    per_kwp *= (1.0 - shading)[:, None]
    columns = [c for c in PV_COLUMNS if c not in ("pv_mounting", "pv_shading_source")]
    block = np.empty((len(columns), len(roofs)))
    values = dict(zip(columns, block, strict=True))
    for name in SIZING_COLUMNS[1:]:
        values[name][:] = layout[name]
    values["poa_annual_kwh_m2"][:] = poa
    values["pv_specific_yield_kwh_per_kwp"][:] = per_kwp[:, 0]
    with np.errstate(invalid="ignore", divide="ignore"):
        values["pv_performance_ratio"][:] = np.where(poa > 0.0, per_kwp[:, 0] / poa,
                                                     np.nan)
    values["pv_shading_loss"][:] = shading
    energy_rows = [columns.index("pv_annual_yield_kwh"),
                   *(columns.index(name) for name in MONTHLY_YIELD_COLUMNS)]
    block[energy_rows] = per_kwp.T * layout["pv_peak_power_kwp"]
    result = pd.DataFrame(block.T, index=roofs.index, columns=columns, copy=False)
    result.insert(0, "pv_mounting", layout["pv_mounting"])
    result.insert(PV_COLUMNS.index("pv_shading_source"), "pv_shading_source", source)
    return result


def _pitched_model(sky: Sky, settings: PVSettings, tilt: np.ndarray,
                   azimuth: np.ndarray) -> dict[str, np.ndarray]:
    return pv_hourly(sky, tilt, azimuth, settings, "pitched")


def _table_values(table: PVTable, tilt: np.ndarray, azimuth: np.ndarray,
                  flat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-kWp AC aggregates ``(n, 13)`` and annual plane irradiation ``(n,)``."""
    per_kwp = table.lookup.interpolate(AC_QUANTITY, tilt, azimuth, method="linear")
    poa = table.lookup.interpolate(POA_QUANTITY, tilt, azimuth, method="linear",
                                   columns=[0])[:, 0]
    per_kwp[flat] = table.flat[AC_QUANTITY]
    poa[flat] = table.flat[POA_QUANTITY][0]
    return per_kwp, poa


def _shading(roofs: pd.DataFrame, settings: PVSettings,
             ) -> tuple[np.ndarray, pd.Categorical]:
    """Shading loss of each facet [-] and whether it was given or defaulted."""
    if "shading_loss" in roofs:
        given = roofs["shading_loss"].to_numpy(dtype=float)
    else:
        given = np.full(len(roofs), np.nan)
    check_fraction("shading_loss", given)
    missing = np.isnan(given)
    shading = np.where(missing, settings.default_shading_loss, given)
    source = pd.Categorical.from_codes(missing.astype(np.int8),
                                       categories=SHADING_SOURCES)
    return shading, source
