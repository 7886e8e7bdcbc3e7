"""Yearly profiles shared by all roofs (degradation, escalation, deflation, ...).

Each function returns an array over years 0..lifetime; year 0 is the investment year
and operation runs from year 1 to year ``lifetime`` (end-of-year convention). Amounts
are in constant euros of the study year: real escalation rates apply to energy prices,
and nominal fixed amounts (S21 tariffs and premium, fixed in the contract) are deflated
by inflation, (1 + π)^-(y-1).

References
----------
.. [1] Short W. et al. (1995), NREL/TP-462-5173, §4 (constant vs current dollars).
"""

from __future__ import annotations

import numpy as np

__all__ = ["years", "investment", "operation", "growth", "window", "at_year"]


def years(lifetime: int) -> np.ndarray:
    """0, 1, ..., lifetime."""
    return np.arange(lifetime + 1, dtype=float)


def investment(lifetime: int) -> np.ndarray:
    """1 in year 0, else 0."""
    return (years(lifetime) == 0).astype(float)


def operation(lifetime: int) -> np.ndarray:
    """1 in years 1..lifetime, 0 in year 0."""
    return (years(lifetime) >= 1).astype(float)


def growth(lifetime: int, rate: float) -> np.ndarray:
    """(1 + rate)^(y-1) in years 1..lifetime, 0 in year 0 (rate < 0 for decline)."""
    y = years(lifetime)
    return np.where(y >= 1, (1.0 + rate) ** (y - 1), 0.0)


def window(lifetime: int, first: int, last: int) -> np.ndarray:
    """1 in years first..last (clipped to the lifetime), else 0."""
    y = years(lifetime)
    return ((y >= first) & (y <= last)).astype(float)


def at_year(lifetime: int, year: int) -> np.ndarray:
    """1 in ``year`` if 1 <= year < lifetime (a replacement in the last year is not
    made), else all zeros."""
    y = years(lifetime)
    return ((y == year) & (year >= 1) & (year < lifetime)).astype(float)
