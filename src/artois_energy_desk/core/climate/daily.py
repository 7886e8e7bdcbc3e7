"""Daily clearness-index sequences for synthetic typical years.

A month of daily clearness indices K_t (daily global horizontal irradiation divided by
its extraterrestrial value) is built in two deterministic steps:

1. the *values*: the quantiles, at the mid-points of ``n`` equal probability classes, of
   the frequency distribution of Bendt, Collares-Pereira and Rabl (1981), which depends
   only on the monthly mean clearness index;
2. their *order*: the ranks of a first-order autoregressive Gaussian sequence (lag-one
   autocorrelation of daily K_t about 0.3, Aguiar et al. 1988; Graham et al. 1988)
   driven by a fixed, portable pseudo-random stream (SplitMix64), so that clear and
   overcast spells last a realistic number of days and the same inputs always give the
   same year.

References
----------
.. [1] J. Bendt, M. Collares-Pereira, A. Rabl, "The frequency distribution of daily
   insolation values", Solar Energy 27 (1981) 1-5. doi:10.1016/0038-092X(81)90013-0
.. [2] R. Aguiar, M. Collares-Pereira, J. P. Conde, "Simple procedure for generating
   sequences of daily radiation values using a library of Markov transition matrices",
   Solar Energy 40 (1988) 269-279. doi:10.1016/0038-092X(88)90049-7
.. [3] V. A. Graham, K. G. T. Hollands, T. E. Unny, "A time series model for Kt with
   application to global synthetic weather generation", Solar Energy 40 (1988) 83-92.
   doi:10.1016/0038-092X(88)90075-8
.. [4] G. L. Steele Jr., D. Lea, C. H. Flood, "Fast splittable pseudorandom number
   generators", OOPSLA 2014. doi:10.1145/2660193.2660195
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import brentq
from scipy.special import ndtri

__all__ = [
    "bendt_kt_bounds",
    "bendt_kt_quantiles",
    "daily_clearness_sequence",
    "uniform_stream",
]

#: Lower bound of daily clearness in the Bendt et al. distribution [-] (ref. [1]).
BENDT_KT_MIN = 0.05
#: Lag-one autocorrelation of daily clearness (refs. [2], [3]: 0.2-0.35 for most sites).
DAILY_KT_AUTOCORRELATION = 0.3

_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)


def uniform_stream(count: int, seed: int) -> np.ndarray:
    """Return ``count`` uniform numbers in (0, 1) from SplitMix64 (ref. [4]).

    Written out here (rather than taken from ``numpy.random``) so that the stream, and
    therefore every synthetic year, is identical on every platform and library version.
    """
    with np.errstate(over="ignore"):
        state = np.uint64(seed) * np.uint64(0x9E3779B97F4A7C15)
        z = state + np.arange(1, count + 1, dtype=np.uint64) * np.uint64(
            0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = (z ^ (z >> np.uint64(31))) & _MASK64
    return ((z >> np.uint64(11)).astype(np.float64) + 0.5) / 2.0**53


def bendt_kt_bounds(mean_kt: float) -> tuple[float, float]:
    """Return (K_t,min, K_t,max) of the Bendt et al. distribution (ref. [1]).

    K_t,max = 0.6313 + 0.267 K̄_t - 11.9 (K̄_t - 0.75)^8.
    """
    kt_max = 0.6313 + 0.267 * mean_kt - 11.9 * (mean_kt - 0.75) ** 8
    return BENDT_KT_MIN, kt_max


def _bendt_mean(gamma: float, kt_min: float, kt_max: float) -> float:
    if abs(gamma) < 1e-9:
        return 0.5 * (kt_min + kt_max)
    # Mean of the truncated exponential density gamma exp(gamma k) on [kt_min, kt_max],
    # written with the larger exponent factored out to avoid overflow.
    top = kt_max if gamma > 0 else kt_min
    e_min = np.exp(gamma * (kt_min - top))
    e_max = np.exp(gamma * (kt_max - top))
    numerator = (kt_max - 1 / gamma) * e_max - (kt_min - 1 / gamma) * e_min
    return numerator / (e_max - e_min)


def bendt_kt_quantiles(mean_kt: float, count: int) -> np.ndarray:
    """Daily clearness values of one month: mid-class quantiles of Bendt et al. (1981).

    The density is f(K) = γ exp(γ K) / (exp(γ K_max) - exp(γ K_min)) on
    [K_min, K_max], γ chosen so that its mean is ``mean_kt`` (ref. [1]).

    Parameters
    ----------
    mean_kt : float
        Monthly mean clearness index [-], within the distribution's bounds.
    count : int
        Number of days.

    Returns
    -------
    numpy.ndarray
        ``count`` daily clearness indices [-], increasing.
    """
    kt_min, kt_max = bendt_kt_bounds(mean_kt)
    target = float(np.clip(mean_kt, kt_min + 1e-3, kt_max - 1e-3))
    gamma = brentq(lambda g: _bendt_mean(g, kt_min, kt_max) - target, -400.0, 400.0)
    probability = (np.arange(count) + 0.5) / count
    if abs(gamma) < 1e-9:
        return kt_min + probability * (kt_max - kt_min)
    top = kt_max if gamma > 0 else kt_min
    e_min = np.exp(gamma * (kt_min - top))
    e_max = np.exp(gamma * (kt_max - top))
    return top + np.log(e_min + probability * (e_max - e_min)) / gamma


def daily_clearness_sequence(mean_kt: float, count: int, seed: int,
                             autocorrelation: float = DAILY_KT_AUTOCORRELATION
                             ) -> np.ndarray:
    """Return one month of daily clearness indices in a realistic day-to-day order.

    The values are :func:`bendt_kt_quantiles`; they are placed in the order of an AR(1)
    Gaussian sequence with the given lag-one ``autocorrelation`` (refs. [2], [3]).

    Parameters
    ----------
    mean_kt : float
        Monthly mean clearness index [-].
    count : int
        Number of days in the month.
    seed : int
        Seed of the deterministic stream (one per month).
    autocorrelation : float
        Lag-one autocorrelation of the ordering sequence [-].

    Returns
    -------
    numpy.ndarray
        Daily clearness indices [-], day 1 first; their mean is the mean of the
        quantiles (close to ``mean_kt``; the caller rescales to the exact total).
    """
    innovations = ndtri(uniform_stream(count, seed))
    series = np.empty(count)
    series[0] = innovations[0]
    scale = np.sqrt(1.0 - autocorrelation**2)
    for day in range(1, count):
        series[day] = autocorrelation * series[day - 1] + scale * innovations[day]
    values = bendt_kt_quantiles(mean_kt, count)
    ordered = np.empty(count)
    ordered[np.argsort(series, kind="stable")] = values
    return ordered
