"""PV layout of each roof facet: usable area, module area, peak power, orientation."""

from __future__ import annotations

import numpy as np
import pandas as pd

from artois_energy_desk.core.parameters import ParameterSet
from artois_energy_desk.core.solar.pv_settings import MOUNTINGS, PVSettings

__all__ = ["SIZING_COLUMNS", "size_pv"]

#: Columns returned by :func:`size_pv`.
SIZING_COLUMNS = (
    "pv_mounting", "pv_tilt_deg", "pv_azimuth_deg", "pv_usable_area_m2",
    "pv_module_area_m2", "pv_peak_power_kwp",
)


def size_pv(roofs: pd.DataFrame, params: ParameterSet) -> pd.DataFrame:
    """Lay out modules on each facet and give its installable peak power.

    A facet tilted less than ``pv.flat_roof_max_tilt_deg`` is a flat roof: its usable
    area (``usable_ratio_flat``) carries rows of racked modules tilted
    ``pv.flat_rack_tilt_deg`` toward ``pv.flat_rack_azimuth_deg``, spaced so that the
    module area is the usable area times ``pv.ground_coverage_ratio``. Any other
    facet is pitched: modules lie in its plane over its usable area
    (``usable_ratio_pitched``). A row's ``usable_ratio`` column, where given and not
    NaN, replaces the default ratio of its kind.

    Parameters
    ----------
    roofs : pandas.DataFrame
        Validated facets: ``area_m2`` [m²], ``tilt_deg`` [degrees, 0..90],
        ``azimuth_deg`` [degrees, 0 = N, 180 = S], optional ``usable_ratio`` [-].
    params : ParameterSet
        Model parameters (``pv.*``).

    Returns
    -------
    pandas.DataFrame
        Indexed like ``roofs``, columns :data:`SIZING_COLUMNS`: ``pv_mounting``
        (``pitched`` / ``flat``), module tilt and azimuth [degrees], usable and module
        area [m²], peak power [kWp]. ``roofs`` is not modified.

    Raises
    ------
    ValueError
        If a ``usable_ratio`` lies outside 0..1.

    References
    ----------
    Dobos, A. P., 2014. PVWatts Version 5 Manual, NREL/TP-6A20-62641 (ground
    coverage ratio of row arrays).
    """
    return size_pv_settings(roofs, PVSettings.from_parameters(params))


def size_pv_settings(roofs: pd.DataFrame, settings: PVSettings) -> pd.DataFrame:
    """:func:`size_pv` with settings already read."""
    return pd.DataFrame(layout_arrays(roofs, settings), index=roofs.index)


def layout_arrays(roofs: pd.DataFrame, settings: PVSettings,
                  ) -> dict[str, np.ndarray | pd.Categorical]:
    """The columns of :func:`size_pv` as arrays (no DataFrame built)."""
    tilt = roofs["tilt_deg"].to_numpy(dtype=float)
    azimuth = roofs["azimuth_deg"].to_numpy(dtype=float)
    flat = tilt < settings.flat_roof_max_tilt_deg
    ratio = np.where(flat, settings.usable_ratio_flat, settings.usable_ratio_pitched)
    if "usable_ratio" in roofs:
        given = roofs["usable_ratio"].to_numpy(dtype=float)
        check_fraction("usable_ratio", given)
        ratio = np.where(np.isnan(given), ratio, given)
    usable_area = roofs["area_m2"].to_numpy(dtype=float) * ratio
    module_area = np.where(flat, usable_area * settings.ground_coverage_ratio,
                           usable_area)
    return {
        "pv_mounting": pd.Categorical.from_codes(flat.astype(np.int8),
                                                 categories=MOUNTINGS),
        "pv_tilt_deg": np.where(flat, settings.flat_rack_tilt_deg, tilt),
        "pv_azimuth_deg": np.where(flat, settings.flat_rack_azimuth_deg, azimuth),
        "pv_usable_area_m2": usable_area,
        "pv_module_area_m2": module_area,
        "pv_peak_power_kwp": module_area * settings.module_power_density_kwp_per_m2,
    }


def check_fraction(column: str, values: np.ndarray) -> None:
    """Raise if a non-NaN value lies outside 0..1 (roofs should arrive validated)."""
    bad = ~np.isnan(values) & ~((values >= 0.0) & (values <= 1.0))
    if bad.any():
        raise ValueError(f"{column} {values[bad][0]!r} hors de l'intervalle 0..1")
