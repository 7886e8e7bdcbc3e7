"""Hourly single-node (fully mixed) solar store model for the detailed view.

The system is the one the f-chart DHW correlation describes: collectors charge a fully
mixed solar preheat store through a loop with efficiency η_loop and pipe losses; hot
water is drawn through the store and topped up to ϑw by an auxiliary heater
downstream. The collector runs when its gain at the store temperature is positive and
the store is below its maximum temperature. Several systems (sizes) are simulated
together, one vector per hour.

References
----------
.. [1] Duffie, J. A., Beckman, W. A., Solar Engineering of Thermal Processes, Wiley,
   §8.3 (fully mixed storage) and chapter 20 (the system f-chart represents).
.. [2] NREL SAM solar water heating model ``NREL/ssc:ssc/cmod_swh.cpp`` (structure of
   an hourly collector / store / auxiliary model).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from artois_energy_desk.core.parameters import ParameterSet
from artois_energy_desk.core.solar.dhw import DhwConvention
from artois_energy_desk.core.solar.thermal_collector import (
    CollectorParameters,
    collector_heat_flux,
)
from artois_energy_desk.core.solar.thermal_system import LoopParameters

__all__ = ["HourlyResult", "StoreParameters", "hourly_draw_kwh", "simulate_store",
           "store_loss_w_per_k", "store_parameters"]

_WH_PER_KWH = 1000.0


@dataclass(frozen=True)
class StoreParameters:
    """Store parameters of the hourly model.

    Parameters
    ----------
    store_loss_const_w, store_loss_coeff_w, store_loss_exponent : float
        Standing loss ``S = const + coeff · V^exp`` [W] at ``store_loss_test_dt_k``.
    store_loss_test_dt_k : float
        Temperature difference of the standing-loss rating [K].
    store_max_temp_c : float
        Store temperature at which the collector pump stops [°C].
    store_room_temp_c : float
        Temperature around the store [°C].
    """

    store_loss_const_w: float
    store_loss_coeff_w: float
    store_loss_exponent: float
    store_loss_test_dt_k: float
    store_max_temp_c: float
    store_room_temp_c: float


def store_parameters(params: ParameterSet) -> StoreParameters:
    """Read :class:`StoreParameters` from the ``thermal.*`` parameters."""
    return StoreParameters(**{
        key: params.value(f"thermal.{key}")
        for key in StoreParameters.__dataclass_fields__
    })


def store_loss_w_per_k(volume_l, store: StoreParameters):
    """Heat-loss coefficient of a store [W/K] from its energy-label standing loss.

    ``UA = (8.5 + 4.25·V^0.4) / 45`` with the defaults (class B limit of EU 812/2013).
    """
    volume = np.asarray(volume_l, dtype=float)
    standing_w = store.store_loss_const_w + store.store_loss_coeff_w * np.power(
        volume, store.store_loss_exponent)
    return standing_w / store.store_loss_test_dt_k


@dataclass(frozen=True)
class HourlyResult:
    """Hourly-model results for ``n`` systems (annual sums and monthly detail).

    Parameters
    ----------
    load_kwh, solar_kwh, collector_kwh, store_loss_kwh : numpy.ndarray, shape (n, 12)
        Monthly DHW load, solar heat delivered to the draw, heat brought to the store
        by the loop, and store losses [kWh].
    store_temp_c : numpy.ndarray, shape (n, n_hours)
        Store temperature at the end of each hour [°C].
    """

    load_kwh: np.ndarray
    solar_kwh: np.ndarray
    collector_kwh: np.ndarray
    store_loss_kwh: np.ndarray
    store_temp_c: np.ndarray

    @property
    def solar_fraction(self) -> np.ndarray:
        """Annual solar fraction [-], shape (n,)."""
        load = self.load_kwh.sum(axis=-1)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(load > 0, self.solar_kwh.sum(axis=-1) / load, 0.0)


def hourly_draw_kwh(monthly_need_kwh, month, hour, profile_share):
    """Spread monthly DHW needs over the hours of the year [kWh].

    Each day of month ``m`` draws ``need_m / days_m`` following the daily profile, so
    the monthly sums equal the monthly needs (DPE vacancy days are spread over the
    month).

    Parameters
    ----------
    monthly_need_kwh : array-like, shape (n, 12)
        Monthly need [kWh].
    month, hour : array-like of int, shape (n_hours,)
        Month (1..12) and hour of day (0..23) of each record.
    profile_share : array-like, shape (24,)
        Share of the daily draw in each hour of the day (sums to 1).

    Returns
    -------
    numpy.ndarray, shape (n, n_hours)
    """
    month = np.asarray(month)
    share = np.asarray(profile_share, dtype=float)[np.asarray(hour)]
    hours_in_month = np.bincount(month, minlength=13)[1:].astype(float)
    days = hours_in_month / 24.0
    with np.errstate(invalid="ignore", divide="ignore"):
        per_day = np.asarray(monthly_need_kwh, dtype=float) / days
    return np.nan_to_num(per_day[:, month - 1]) * share


def simulate_store(area_m2, store_volume_l, g_effective, temp_air, month, draw_kwh,
                   convention: DhwConvention, collector: CollectorParameters,
                   loop: LoopParameters, store: StoreParameters) -> HourlyResult:
    """Simulate ``n`` solar DHW systems hour by hour (explicit one-hour steps).

    Per hour, with store temperature ``Ts`` at the start of the hour:

    - collector loop: ``Q_c = η_loop · max(0, A·q(G, Ta, Ts) − U_p·(Ts − Ta))`` with the
      ISO 9806 flux ``q`` at mean fluid temperature ``Ts``, zero when
      ``Ts ≥ Ts,max`` and limited so that ``Ts`` does not exceed ``Ts,max``;
    - draw: the hourly need ``Q_d`` is delivered at ϑw; the store supplies
      ``Q_d · clip((Ts − Tcw)/(ϑw − Tcw), 0, 1)`` (cold water replaces what leaves);
    - losses: ``max(0, UA·(Ts − T_room))`` (room heat is not counted as solar).

    Parameters
    ----------
    area_m2, store_volume_l : array-like, shape (n,)
        Collector area [m²] and store volume [L].
    g_effective : array-like, shape (n_hours,) or (n, n_hours)
        Effective irradiance Kb·Gb + Kd·Gd on the collector [W/m²].
    temp_air : array-like, shape (n_hours,)
        Air temperature [°C].
    month : array-like of int, shape (n_hours,)
        Month of each hour (1..12), for the cold-water temperature and monthly sums.
    draw_kwh : array-like, shape (n, n_hours)
        Hourly DHW need [kWh] (:func:`hourly_draw_kwh`).
    convention : DhwConvention
        Cold-water temperatures and the heat of water.
    collector, loop, store :
        Model parameters.

    Returns
    -------
    HourlyResult
    """
    area = np.asarray(area_m2, dtype=float)
    capacity_wh_per_k = convention.water_heat_wh_per_l_k * np.asarray(
        store_volume_l, dtype=float)
    ua = store_loss_w_per_k(store_volume_l, store)
    pipe_ua = np.where(area > 0, loop.pipe_loss_base_w_per_k
                       + loop.pipe_loss_per_m2_w_per_m2k * area, 0.0)
    g_eff = np.broadcast_to(np.asarray(g_effective, dtype=float),
                            (area.size, len(month)))
    cold = convention.cold_water_temp_c[np.asarray(month) - 1]
    draw_wh = np.asarray(draw_kwh, dtype=float) * _WH_PER_KWH
    flows = _run(area, capacity_wh_per_k, ua, pipe_ua, g_eff, np.asarray(temp_air),
                 cold, draw_wh, collector, loop, store)
    one_hot = (np.asarray(month)[:, None] == np.arange(1, 13)[None, :]).astype(float)
    monthly = {key: value @ one_hot / _WH_PER_KWH for key, value in flows.items()
               if key != "store_temp_c"}
    return HourlyResult(load_kwh=draw_wh @ one_hot / _WH_PER_KWH,
                        store_temp_c=flows["store_temp_c"], **monthly)


def _run(area, capacity, ua, pipe_ua, g_eff, temp_air, cold, draw_wh,
         collector, loop, store) -> dict[str, np.ndarray]:
    """The hour-by-hour loop of :func:`simulate_store` (energies in Wh per hour)."""
    n, n_hours = g_eff.shape
    out = {key: np.zeros((n, n_hours)) for key in
           ("solar_kwh", "collector_kwh", "store_loss_kwh", "store_temp_c")}
    temp = np.full(n, cold[0])
    span = loop.hot_water_temp_c - cold
    for h in range(n_hours):
        gain = area * collector_heat_flux(g_eff[:, h], temp_air[h], temp, collector)
        gain = loop.loop_efficiency * np.maximum(gain - pipe_ua * (temp - temp_air[h]),
                                                 0.0)
        gain = np.minimum(gain, np.maximum(capacity * (store.store_max_temp_c - temp),
                                           0.0))
        share = np.clip((temp - cold[h]) / span[h], 0.0, 1.0)
        delivered = np.minimum(draw_wh[:, h] * share,
                               np.maximum(capacity * (temp - cold[h]), 0.0))
        loss = np.maximum(ua * (temp - store.store_room_temp_c), 0.0)
        temp = temp + (gain - delivered - loss) / capacity
        out["collector_kwh"][:, h] = gain
        out["solar_kwh"][:, h] = delivered
        out["store_loss_kwh"][:, h] = loss
        out["store_temp_c"][:, h] = temp
    return out
