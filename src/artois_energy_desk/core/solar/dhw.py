"""Domestic hot-water (DHW) need by the French DPE convention (3CL-DPE 2021).

The need of a dwelling or a building is counted in adult-equivalents (Nadeq), each using
56 litres of water at 40 °C per occupied day, heated from the monthly cold-water
temperature of the climate zone (H1a for the Artois). Nadeq follows from the number of
dwellings and their living area through the maximum occupancy Nmax of the method annex.
All numbers come from ``data/parameters/thermal.csv`` and the tables
``dhw_cold_water_h1a`` and ``dhw_dpe_nmax``.

References
----------
.. [1] Arrêté du 31 mars 2021 relatif aux méthodes et procédures applicables au
   diagnostic de performance énergétique, annexe 1 (méthode 3CL-DPE 2021), §11.
.. [2] Open3CL/engine: ``src/11_besoin_ecs.js``, ``src/tv.js`` (table ``tefs``),
   ``src/utils.js`` (``Njj``), ``src/11_nadeq.spec.js``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from artois_energy_desk.core.parameters import ParameterSet

__all__ = [
    "DhwConvention",
    "adult_equivalents",
    "dhw_convention",
    "equivalent_volume_l",
    "max_occupants",
    "monthly_dhw_need_kwh",
]


@dataclass(frozen=True)
class DhwConvention:
    """The DPE hot-water convention for one climate zone.

    Parameters
    ----------
    cold_water_temp_c : numpy.ndarray
        Cold-water temperature per month, January first [°C], shape (12,).
    occupied_days : numpy.ndarray
        Occupied days per month (7 days of December vacancy) [days], shape (12,).
    litres_per_adult_day : float
        Hot water per adult-equivalent and occupied day [L], counted at ``use_temp_c``.
    use_temp_c : float
        Temperature at which volumes are counted [°C].
    water_heat_wh_per_l_k : float
        Heat to warm one litre by one kelvin [Wh/(L·K)].
    nadeq_threshold, nadeq_damping : float
        Nmax threshold and damping of the adult-equivalent formula [-].
    nmax_segments : dict of str to numpy.ndarray
        Per housing type (``house``, ``apartment``), rows ``(area_min_m2, area_max_m2,
        intercept, slope_per_m2)`` of the piecewise-linear Nmax(area).
    """

    cold_water_temp_c: np.ndarray
    occupied_days: np.ndarray
    litres_per_adult_day: float
    use_temp_c: float
    water_heat_wh_per_l_k: float
    nadeq_threshold: float
    nadeq_damping: float
    nmax_segments: dict[str, np.ndarray]


def dhw_convention(params: ParameterSet) -> DhwConvention:
    """Build the :class:`DhwConvention` from the parameter set (zone H1a tables)."""
    cold = params.table("dhw_cold_water_h1a").sort_values("month")
    nmax = params.table("dhw_dpe_nmax")
    columns = ["area_min_m2", "area_max_m2", "intercept", "slope_per_m2"]
    segments = {
        str(kind): group[columns].to_numpy(dtype=float)
        for kind, group in nmax.groupby("housing_type")
    }
    return DhwConvention(
        cold_water_temp_c=cold["cold_water_temp_c"].to_numpy(dtype=float),
        occupied_days=cold["occupied_days"].to_numpy(dtype=float),
        litres_per_adult_day=params.value("thermal.dhw_litres_per_adult_day"),
        use_temp_c=params.value("thermal.dhw_use_temp_c"),
        water_heat_wh_per_l_k=params.value("thermal.water_heat_wh_per_l_k"),
        nadeq_threshold=params.value("thermal.nadeq_threshold"),
        nadeq_damping=params.value("thermal.nadeq_damping"),
        nmax_segments=segments,
    )


def max_occupants(living_area_m2, housing_type: str, convention: DhwConvention):
    """Maximum occupancy Nmax of a dwelling from its living area [-].

    Parameters
    ----------
    living_area_m2 : array-like
        Living area of the dwelling (``house``) or mean living area per dwelling of the
        building (``apartment``) [m²].
    housing_type : {"house", "apartment"}
        Which branch of the 3CL rule applies.
    convention : DhwConvention
        Supplies the piecewise-linear segments.

    Returns
    -------
    numpy.ndarray
        Nmax [-]; NaN where the area is NaN or negative.

    References
    ----------
    .. [1] 3CL-DPE 2021 method, p. 70; Open3CL/engine ``src/11_nadeq.spec.js``.
    """
    area = np.asarray(living_area_m2, dtype=float)
    segments = convention.nmax_segments[housing_type]
    result = np.full(area.shape, np.nan)
    for area_min, area_max, intercept, slope in segments:
        inside = (area >= area_min) & (area < area_max)
        result = np.where(inside, intercept + slope * area, result)
    return result


def adult_equivalents(nmax, dwellings, convention: DhwConvention):
    """Adult-equivalents Nadeq of a building [-].

    ``Nadeq = n·Nmax`` if ``Nmax < 1.75``, else ``n·(1.75 + 0.3·(Nmax − 1.75))``.

    Parameters
    ----------
    nmax : array-like
        Maximum occupancy per dwelling [-] (:func:`max_occupants`).
    dwellings : array-like
        Number of dwellings [-].
    convention : DhwConvention
        Supplies the threshold (1.75) and damping (0.3).

    Returns
    -------
    numpy.ndarray
        Nadeq [-].

    References
    ----------
    .. [1] 3CL-DPE 2021 method, §11; shared/reference/solar-thermal.md §4.
    """
    nmax = np.asarray(nmax, dtype=float)
    threshold = convention.nadeq_threshold
    per_dwelling = np.where(
        nmax < threshold, nmax,
        threshold + convention.nadeq_damping * (nmax - threshold),
    )
    return np.asarray(dwellings, dtype=float) * per_dwelling


def monthly_dhw_need_kwh(nadeq, convention: DhwConvention):
    """Monthly DHW need of the DPE convention [kWh], shape ``(n, 12)``.

    ``Becs_m = 1.163 · Nadeq · 56 · (40 − Tefs_m) · nj_m / 1000``.

    Parameters
    ----------
    nadeq : array-like
        Adult-equivalents [-], shape ``(n,)`` (a scalar gives shape ``(12,)``).
    convention : DhwConvention
        Cold-water temperatures and occupied days per month.

    Returns
    -------
    numpy.ndarray
        Need per month [kWh].

    References
    ----------
    .. [1] Open3CL/engine ``src/11_besoin_ecs.js`` (``calc_besoin_ecs_j``).
    """
    per_adult_kwh = (
        convention.water_heat_wh_per_l_k * convention.litres_per_adult_day
        * (convention.use_temp_c - convention.cold_water_temp_c)
        * convention.occupied_days / 1000.0
    )
    return np.multiply.outer(np.asarray(nadeq, dtype=float), per_adult_kwh)


def equivalent_volume_l(volume_l, from_temp_c, to_temp_c, cold_water_temp_c):
    """Volume at ``to_temp_c`` carrying the heat of ``volume_l`` at ``from_temp_c`` [L].

    Both are counted from the same cold-water temperature:
    ``V_to = V_from · (T_from − T_cw) / (T_to − T_cw)`` [L].

    Examples
    --------
    56 L at 40 °C with 10 °C cold water is 33.6 L at 60 °C
    (shared/reference/solar-thermal.md §4).
    """
    return (np.asarray(volume_l, dtype=float) * (from_temp_c - cold_water_temp_c)
            / (to_temp_c - np.asarray(cold_water_temp_c, dtype=float)))
