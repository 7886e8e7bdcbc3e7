"""Solar DHW systems: sizing rules and the monthly solar-fraction method.

Sizing follows documented rules for the north of France: a single house (CESI) gets
1.3 m² of collector per 75 L/day of hot water at 60 °C; a collective system gets a
smaller area per litre (parameter ``thermal.collective_daily_l_per_m2``); the area is
rounded up to whole collector modules and capped by the usable roof area, and the store
holds ``thermal.store_volume_l_per_m2`` per m². The useful solar heat is then computed
month by month with the f-chart correlation in the EN 15316-4-3 form, vectorised over
any number of systems.

References
----------
.. [1] Duffie, J. A., Beckman, W. A., Solar Engineering of Thermal Processes, Wiley,
   chapter 20 (f-chart method).
.. [2] EN 15316-4-3:2017, Heating systems and water based cooling systems in buildings -
   Method for calculation of system energy requirements and system efficiencies -
   Part 4-3: Heat generation systems, thermal solar and photovoltaic systems, method B.
.. [3] viessmann.fr, "Idées reçues sur les panneaux solaires thermiques" (sizing ratio).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from artois_energy_desk.core.parameters import ParameterSet
from artois_energy_desk.core.solar.dhw import DhwConvention
from artois_energy_desk.core.solar.thermal_collector import CollectorParameters

__all__ = [
    "LoopParameters",
    "MonthlyResult",
    "daily_hot_water_l",
    "fchart_coefficients",
    "loop_parameters",
    "monthly_solar_heat",
    "reference_temperature_c",
    "size_system",
]

#: Coefficients of the DHW reference temperature of EN 15316-4-3 (and the f-chart DHW
#: correction of Duffie & Beckman): theta_ref = 11.6 + 1.18 theta_w + 3.86 theta_cw
#: - 1.32 theta_e [°C].
_REF_CONSTANT_C = 11.6
_REF_HOT_WATER = 1.18
_REF_COLD_WATER = 3.86
_REF_AMBIENT = -1.32
#: f_st exponent of the storage-capacity correction (Duffie & Beckman, EN 15316-4-3).
_STORE_EXPONENT = -0.25
_WH_PER_KWH = 1000.0


@dataclass(frozen=True)
class LoopParameters:
    """Collector-loop and store parameters of the system models.

    Parameters
    ----------
    loop_efficiency : float
        Loop efficiency η_loop (piping and heat-exchanger losses) [-].
    pipe_loss_base_w_per_k, pipe_loss_per_m2_w_per_m2k : float
        Pipe heat-loss coefficient ``U_p = base + per_m2 · A`` [W/K].
    loop_a2_reference_dt_k : float
        ΔT at which a2 is folded into the linear loop loss [K].
    store_reference_l_per_m2 : float
        Reference store volume per m² of the storage correction [L/m²].
    hot_water_temp_c : float
        Hot-water temperature ϑw [°C].
    """

    loop_efficiency: float
    pipe_loss_base_w_per_k: float
    pipe_loss_per_m2_w_per_m2k: float
    loop_a2_reference_dt_k: float
    store_reference_l_per_m2: float
    hot_water_temp_c: float


def loop_parameters(params: ParameterSet) -> LoopParameters:
    """Read :class:`LoopParameters` from the ``thermal.*`` parameters."""
    return LoopParameters(**{
        key: params.value(f"thermal.{key}")
        for key in LoopParameters.__dataclass_fields__
    })


def fchart_coefficients(params: ParameterSet, system: str = "dhw") -> np.ndarray:
    """Coefficients ``(a, b, c, d, e, f)`` of the f-chart polynomial for ``system``."""
    table = params.table("thermal_fchart")
    row = table[table["system"] == system]
    if row.empty:
        raise KeyError(f"unknown f-chart system {system!r}")
    return row[["a", "b", "c", "d", "e", "f"]].to_numpy(dtype=float)[0]


@dataclass(frozen=True)
class MonthlyResult:
    """Monthly-method results for ``n`` systems.

    Parameters
    ----------
    load_kwh : numpy.ndarray, shape (n, 12)
        DHW load per month [kWh].
    solar_kwh : numpy.ndarray, shape (n, 12)
        Useful solar heat delivered per month [kWh].
    """

    load_kwh: np.ndarray
    solar_kwh: np.ndarray

    @property
    def annual_load_kwh(self) -> np.ndarray:
        """Annual load [kWh], shape (n,)."""
        return self.load_kwh.sum(axis=-1)

    @property
    def annual_solar_kwh(self) -> np.ndarray:
        """Annual useful solar heat [kWh], shape (n,)."""
        return self.solar_kwh.sum(axis=-1)

    @property
    def solar_fraction(self) -> np.ndarray:
        """Annual solar fraction [-], 0 where there is no load."""
        load = self.annual_load_kwh
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(load > 0, self.annual_solar_kwh / load, 0.0)


def reference_temperature_c(hot_water_temp_c, cold_water_temp_c, temp_air_c):
    """DHW reference temperature ϑ_ref of the f-chart X parameter [°C].

    ``ϑ_ref = 11.6 + 1.18·ϑw + 3.86·ϑcw − 1.32·ϑe``, which reproduces the f-chart DHW
    correction ``X_c/X = (11.6 + 1.18 Tw + 3.86 Tm − 2.32 Ta)/(100 − Ta)``.

    References
    ----------
    .. [1] Duffie & Beckman, f-chart DHW correction; EN 15316-4-3 method B.
    """
    return (_REF_CONSTANT_C + _REF_HOT_WATER * np.asarray(hot_water_temp_c)
            + _REF_COLD_WATER * np.asarray(cold_water_temp_c)
            + _REF_AMBIENT * np.asarray(temp_air_c))


def monthly_solar_heat(area_m2, store_volume_l, irradiation_eff_kwh_m2, load_kwh,
                       temp_air_c, hours, cold_water_temp_c,
                       collector: CollectorParameters, loop: LoopParameters,
                       coefficients: np.ndarray) -> MonthlyResult:
    r"""Useful solar heat per month by the f-chart / EN 15316-4-3 method.

    .. math::
        Y = \frac{A\,\eta_0\,\eta_{loop}\,H_{eff}}{L},\quad
        X = \frac{A\,U_{loop}\,\eta_{loop}\,(\vartheta_{ref}-\vartheta_e)\,f_{st}\,t}{L}

    with ``U_loop = a1 + 40·a2 + U_p/A``, ``U_p = 5 + 0.5·A`` [W/K],
    ``f_st = (75 L·A / V)^0.25`` and ``f = aY + bX + cY² + dX² + eY³ + fX³`` clipped to
    0..1. ``H_eff`` already carries the incidence-angle modifiers (hour by hour), so no
    constant IAM factor appears.

    Parameters
    ----------
    area_m2 : array-like, shape (n,)
        Collector area on the collector's area basis [m²] (0 = no system).
    store_volume_l : array-like, shape (n,)
        Solar store volume [L].
    irradiation_eff_kwh_m2 : array-like, shape (n, 12)
        Monthly effective irradiation Σ(Kb·Gb + Kd·Gd) on the collector [kWh/m²].
    load_kwh : array-like, shape (n, 12)
        Monthly DHW load [kWh].
    temp_air_c, hours, cold_water_temp_c : array-like, shape (12,)
        Monthly mean air temperature [°C], hours in the month [h], cold-water
        temperature [°C].
    collector : CollectorParameters
    loop : LoopParameters
    coefficients : numpy.ndarray, shape (6,)
        f-chart polynomial (:func:`fchart_coefficients`).

    Returns
    -------
    MonthlyResult

    References
    ----------
    .. [1] Duffie & Beckman, f-chart for liquid systems.
    .. [2] EN 15316-4-3:2017 method B; shared/reference/solar-thermal.md §3.2.
    """
    area = np.asarray(area_m2, dtype=float)[:, None]
    load = np.asarray(load_kwh, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        u_loop = (collector.a1_w_per_m2k
                  + loop.loop_a2_reference_dt_k * collector.a2_w_per_m2k2
                  + (loop.pipe_loss_base_w_per_k
                     + loop.pipe_loss_per_m2_w_per_m2k * area) / area)
        store_factor = (loop.store_reference_l_per_m2 * area
                        / np.asarray(store_volume_l, dtype=float)[:, None]
                        ) ** _STORE_EXPONENT
        t_ref = reference_temperature_c(loop.hot_water_temp_c, cold_water_temp_c,
                                        temp_air_c)
        # (n, 12) arrays updated in place (same operations in the same order).
        y = area * collector.eta0 * loop.loop_efficiency * irradiation_eff_kwh_m2
        y /= load
        x = area * u_loop * loop.loop_efficiency * (t_ref - np.asarray(temp_air_c))
        x *= store_factor
        x *= np.asarray(hours, dtype=float)
        x /= _WH_PER_KWH
        x /= load
    fraction = _polynomial(coefficients, y, x)
    valid = (area > 0) & (load > 0) & np.isfinite(fraction)
    np.clip(fraction, 0.0, 1.0, out=fraction)
    fraction[~valid] = 0.0
    return MonthlyResult(load_kwh=load, solar_kwh=fraction * load)


def _polynomial(coefficients: np.ndarray, y: np.ndarray, x: np.ndarray) -> np.ndarray:
    """``a·y + b·x + c·y² + d·x² + e·y³ + f·x³``, summed left to right, in place."""
    a, b, c, d, e, f = coefficients
    total = a * y
    term = np.multiply(b, x)
    total += term
    for coefficient, values, square in ((c, y, True), (d, x, True), (e, y, False),
                                        (f, x, False)):
        if square:
            np.square(values, out=term)
        else:
            np.power(values, 3, out=term)
        np.multiply(coefficient, term, out=term)
        total += term
    return total


def daily_hot_water_l(annual_need_kwh, convention: DhwConvention, hot_water_temp_c):
    """Mean daily hot water at ``hot_water_temp_c`` carrying the annual need [L/day].

    The need is divided by the heat of one litre warmed from the occupied-day-weighted
    mean cold-water temperature, and by the occupied days of the year.
    """
    days = convention.occupied_days
    cold_mean = float(np.sum(convention.cold_water_temp_c * days) / days.sum())
    litre_kwh = convention.water_heat_wh_per_l_k * (hot_water_temp_c - cold_mean) / 1e3
    return np.asarray(annual_need_kwh, dtype=float) / litre_kwh / days.sum()


def size_system(daily_hot_water_60c_l, collective, usable_area_m2,
                collector: CollectorParameters, params: ParameterSet,
                ) -> tuple[np.ndarray, np.ndarray]:
    """Collector area and store volume of solar DHW systems.

    A single house gets ``cesi_sizing_area_m2`` per ``cesi_sizing_volume_l_day`` of hot
    water at 60 °C (1.3 m² per 75 L/day, north of France); a collective building gets
    ``1 / collective_daily_l_per_m2`` m² per L/day. The area is rounded up to whole
    modules (at least one), then reduced to the whole modules that fit in the usable
    area (0 if none fits). The store holds ``store_volume_l_per_m2`` per m², at least
    ``store_min_volume_l``.

    Parameters
    ----------
    daily_hot_water_60c_l : array-like, shape (n,)
        Mean daily hot water at 60 °C [L/day] (:func:`daily_hot_water_l`).
    collective : array-like of bool, shape (n,)
        True for a building of several dwellings.
    usable_area_m2 : array-like, shape (n,)
        Collector area that fits on the chosen facet [m²].
    collector : CollectorParameters
        Supplies the module area.
    params : ParameterSet
        ``thermal.*`` sizing parameters.

    Returns
    -------
    area_m2, store_volume_l : numpy.ndarray
        Collector area [m²] and store volume [L] (both 0 without a system).

    References
    ----------
    .. [1] viessmann.fr (1.3 m² per 75 L/day in the north); shared/reference/
       solar-thermal.md §5.
    """
    volume = np.nan_to_num(np.asarray(daily_hot_water_60c_l, dtype=float), nan=0.0)
    cesi_ratio = (params.value("thermal.cesi_sizing_area_m2")
                  / params.value("thermal.cesi_sizing_volume_l_day"))
    collective_ratio = 1.0 / params.value("thermal.collective_daily_l_per_m2")
    wanted = volume * np.where(np.asarray(collective, dtype=bool), collective_ratio,
                               cesi_ratio)
    module = collector.module_area_m2
    modules = np.maximum(np.ceil(wanted / module - 1e-9), 1.0)
    room = np.floor(np.nan_to_num(np.asarray(usable_area_m2, dtype=float)) / module)
    modules = np.where(volume > 0, np.minimum(modules, room), 0.0)
    area = modules * module
    store = np.where(area > 0, np.maximum(
        params.value("thermal.store_volume_l_per_m2") * area,
        params.value("thermal.store_min_volume_l")), 0.0)
    return area, store
