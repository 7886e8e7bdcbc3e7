"""Self-consumption of PV production against an hourly load, exact and vectorised.

For one roof with hourly production p(t) and load l(t) [kWh], the self-consumed energy
is SC = Σ_t min(p(t), l(t)) and the surplus is Σ p - SC. Batch evaluation uses shared
*shapes*: p(t) = Y · a(t) and l(t) = E · b(t), where a is the PV shape (normalised per
month or per year, from the territory's per-kWp hourly production) and b the load shape
of the roof's profile. Then

    SC = E · f(x),  x = Y / E,  f(x) = Σ_t min(x·a(t), b(t)).

f is concave and piecewise linear with breakpoints r(t) = b(t)/a(t): sorting r once,
f(x) = Σ_{r(t) < x} b(t) + x · Σ_{r(t) >= x} a(t), evaluated for any number of roofs
with one ``searchsorted`` (no loop over hours or roofs). With the roof's monthly PV
yields, the same is done month by month (x_m = Y_m / E), which keeps each roof's
seasonal production profile. The result equals the direct hourly sum to rounding
(tested).

Rates: self-consumption rate = SC / production; self-sufficiency rate = SC / load.

References
----------
.. [1] Luthander R. et al. (2015), Photovoltaic self-consumption in buildings: a review,
   Applied Energy 142, 80-94 (definitions of the two rates).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from artois_energy_desk.core.economics.loadprofiles import HOURS_PER_YEAR

__all__ = [
    "SelfConsumptionCurve", "self_consumption_hourly", "pv_shape_from_series",
    "month_of_hour", "monthly_curves", "shape_curves",
]


@dataclass(frozen=True)
class SelfConsumptionCurve:
    """f(x) = Σ_t min(x·a(t), b(t)) precomputed for fast evaluation.

    Build with :meth:`from_shapes`; call with x = production / load [-].
    """

    ratios: np.ndarray  # sorted b/a over hours with a > 0
    cum_load: np.ndarray  # Σ b over the first k sorted hours, k = 0..n
    tail_pv: np.ndarray  # Σ a over sorted hours k..n-1, k = 0..n

    @classmethod
    def from_shapes(cls, pv_shape: np.ndarray, load_shape: np.ndarray,
                    ) -> SelfConsumptionCurve:
        """Precompute the curve for PV shape ``a`` and load shape ``b`` (same hours)."""
        a = np.asarray(pv_shape, dtype=float)
        b = np.asarray(load_shape, dtype=float)
        sunny = a > 0
        ratios = b[sunny] / a[sunny]
        order = np.argsort(ratios, kind="stable")
        a_sorted, b_sorted = a[sunny][order], b[sunny][order]
        cum_load = np.concatenate([[0.0], np.cumsum(b_sorted)])
        tail_pv = np.concatenate([np.cumsum(a_sorted[::-1])[::-1], [0.0]])
        return cls(ratios[order], cum_load, tail_pv)

    def __call__(self, x) -> np.ndarray:
        """Return f(x) [unit of the load shape] for production/load ratios ``x``."""
        x = np.asarray(x, dtype=float)
        k = np.searchsorted(self.ratios, x, side="left")
        return self.cum_load[k] + x * self.tail_pv[k]


def self_consumption_hourly(pv_kwh, load_kwh) -> dict[str, float]:
    """Direct hourly self-consumption of one roof.

    Parameters
    ----------
    pv_kwh, load_kwh : array-like
        Hourly production and load over the same hours [kWh].

    Returns
    -------
    dict
        ``self_consumed_kwh``, ``surplus_kwh``, ``self_consumption_rate``,
        ``self_sufficiency_rate`` (rates NaN when their denominator is 0).
    """
    pv = np.asarray(pv_kwh, dtype=float)
    load = np.asarray(load_kwh, dtype=float)
    sc = float(np.minimum(pv, load).sum())
    production, demand = float(pv.sum()), float(load.sum())
    return {
        "self_consumed_kwh": sc,
        "surplus_kwh": production - sc,
        "self_consumption_rate": sc / production if production > 0 else np.nan,
        "self_sufficiency_rate": sc / demand if demand > 0 else np.nan,
    }


def month_of_hour(year: int = 2025) -> np.ndarray:
    """Month (1..12) of each of the 8 760 standard-time hours of a non-leap year."""
    index = pd.date_range(f"{year}-01-01", periods=HOURS_PER_YEAR, freq="h")
    return np.asarray(index.month)


def monthly_curves(pv_shape: np.ndarray, load_shape: np.ndarray,
                   ) -> list[SelfConsumptionCurve]:
    """Twelve curves, one per month, with the PV shape normalised within each month.

    Month m's curve takes x_m = Y_m / E (monthly PV yield over annual load).
    """
    months = month_of_hour()
    curves = []
    for month in range(1, 13):
        a = np.where(months == month, pv_shape, 0.0)
        total = a.sum()
        a = a / total if total > 0 else a
        curves.append(SelfConsumptionCurve.from_shapes(
            a, np.where(months == month, load_shape, 0.0)))
    return curves


def shape_curves(pv_shape: np.ndarray, load_shape: np.ndarray, monthly: bool = True,
                 ) -> tuple[SelfConsumptionCurve, ...]:
    """Curves of a PV shape and a load shape, remembered between calls.

    The batch evaluation needs the same few curves for every chunk of roofs; they
    are kept (keyed by the two shapes' values) instead of being sorted again.

    Parameters
    ----------
    pv_shape, load_shape : numpy.ndarray
        (8760,) hourly PV production per kWp [kWh/kWp] and load shape [1/yr].
    monthly : bool
        Twelve monthly curves (:func:`monthly_curves`, x_m = Y_m / E) or one annual
        curve of the PV shape normalised over the year (x = Y / E).
    """
    pv = np.ascontiguousarray(pv_shape, dtype=float)
    load = np.ascontiguousarray(load_shape, dtype=float)
    return _cached_curves(pv.tobytes(), load.tobytes(), monthly)


@lru_cache(maxsize=32)
def _cached_curves(pv_bytes: bytes, load_bytes: bytes, monthly: bool,
                   ) -> tuple[SelfConsumptionCurve, ...]:
    pv = np.frombuffer(pv_bytes, dtype=float)
    load = np.frombuffer(load_bytes, dtype=float)
    if monthly:
        return tuple(monthly_curves(pv, load))
    return (SelfConsumptionCurve.from_shapes(pv / pv.sum(), load),)


def pv_shape_from_series(power_kw: pd.Series) -> np.ndarray:
    """Lay an hourly production series onto the 8 760-hour standard-time axis.

    Parameters
    ----------
    power_kw : pandas.Series
        Hourly production [kWh per hour] with a tz-aware index (for example the PV
        engine's output for one roof or per kWp). Records are placed by their
        day-of-year and hour in French standard time (UTC+1); 29 February is dropped;
        hours that wrap past 31 December go to the start of the year.

    Returns
    -------
    numpy.ndarray
        (8760,) production [kWh] on the shared axis.
    """
    index = power_kw.index
    if not isinstance(index, pd.DatetimeIndex) or index.tz is None:
        raise ValueError("power series needs a tz-aware DatetimeIndex")
    local = index.tz_convert("Etc/GMT-1")
    keep = ~((local.month == 2) & (local.day == 29))
    local = local[keep]
    day = local.dayofyear.to_numpy() - 1
    leap_shift = np.asarray(local.is_leap_year & (local.month > 2), dtype=int)
    position = ((day - leap_shift) * 24 + local.hour.to_numpy()) % HOURS_PER_YEAR
    out = np.zeros(HOURS_PER_YEAR)
    np.add.at(out, position, power_kw.to_numpy(float)[keep])
    return out
