"""Cash flows as per-roof amounts times shared yearly profiles; NPV, IRR, payback.

A scenario's cash flow for roof i in year y (0 = investment) is

    CF[i, y] = Σ_k c_k[i] · u_k[y]

where each :class:`Component` k (investment, savings, sale, premium, O&M, ...) has a
per-roof amount c_k [€] and a yearly profile u_k shared by all roofs (degradation,
escalation, deflation of nominal tariffs, instalments). NPV at rate r is then
Σ_k c_k · (u_k · d(r)) with d(r)[y] = (1 + r)^-y: one small matrix product, so the
internal rate of return of a million roofs is found in about a second.

Formulas (constant euros of the study year, end-of-year convention):

* NPV(r) = Σ_y CF_y / (1 + r)^y;
* IRR: the r with NPV(r) = 0 in [-0.5, 1] (where there are several, the one in the
  first sign change on a grid of rates), refined by safeguarded Newton steps (NaN
  when NPV does not change sign there);
* simple payback: first time the cumulative cash flow reaches 0, interpolated
  linearly within the year; discounted payback: same on discounted flows (NaN when
  never reached within the lifetime);
* levelised cost: LC = -Σ_y (cost and aid flows)_y d_y / Σ_y energy_y d_y, the cost of
  the owner's investment, O&M and replacements net of aids and premium per discounted
  kWh; with constant energy E, investment I, yearly cost M and no aid it equals
  I · a / E + M / E with the annuity factor a = r (1 + r)^n / ((1 + r)^n - 1).

References
----------
.. [1] Short W., Packey D., Holt T. (1995), A Manual for the Economic Evaluation of
   Energy Efficiency and Renewable Energy Technologies, NREL/TP-462-5173 (NPV, IRR,
   payback, levelised cost).
.. [2] shared/reference/economics-emissions.md §5 (annuity factor, discount rates).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

__all__ = ["Component", "CashFlowSet", "discount_factors"]

#: Rates [-/yr] where NPV is first evaluated to bracket the IRR (search range -50 %
#: to 100 %, fine near usual values), the Newton iterations and their tolerance.
_IRR_GRID = np.concatenate([np.linspace(-0.5, -0.1, 9)[:-1], np.linspace(-0.1, 0.2, 61),
                            np.linspace(0.2, 1.0, 9)[1:]])
#: Coarser grid for roofs whose cash flow changes sign once (an investment, then
#: non-negative flows): their NPV falls with the rate and has a single root, which
#: any bracketing grid finds (Descartes' rule of signs in v = 1 / (1 + r)).
_IRR_COARSE_GRID = np.array([-0.5, -0.35, -0.2, -0.15, -0.1, -0.05, 0.0, 0.05, 0.1,
                             0.15, 0.2, 0.35, 0.6, 1.0])
_IRR_STEPS = 30
_IRR_TOLERANCE = 1e-10
#: A Newton step shorter than this ends the iteration, the step taken: Newton's
#: convergence being quadratic, the error left is about (f''/2f') times its square,
#: below 1e-10 in v for lifetimes up to 40 years (f''/2f' < 40 / v) [-].
_IRR_NEWTON_STEP = 1e-6
#: Roofs per block of the year-by-year computations (IRR, payback): a block's
#: yearly flows (8 192 roofs x 26 years x 8 bytes = 1.7 MB) stay in a core's cache
#: through the Newton iterations (the economics of 1M roofs took 2.05 s instead of
#: 2.65 with blocks of 65 536, best of 4).
_BLOCK_ROWS = 8_192


def discount_factors(rate: float, years: int) -> np.ndarray:
    """(1 + r)^-y for y = 0..years [-]."""
    return (1.0 + rate) ** -np.arange(years + 1, dtype=float)


def discount_factors_grid(rates: np.ndarray, years: int) -> np.ndarray:
    """(1 + r)^-y for y = 0..years (rows) and each rate (columns) [-]."""
    return (1.0 + rates[None, :]) ** -np.arange(years + 1, dtype=float)[:, None]


@dataclass(frozen=True)
class Component:
    """One cash-flow component.

    Parameters
    ----------
    name : str
        Column name in year-by-year tables (``capex_eur``, ``savings_eur`` ...).
    amount : numpy.ndarray
        Per-roof amount [€] (signed: costs negative).
    profile : numpy.ndarray
        Yearly profile, years 0..lifetime [-]; non-negative (the sign is in
        ``amount``).
    kind : str
        ``cost`` (investment, O&M, replacement, fees), ``aid`` (aids, premium) or
        ``revenue`` (savings, sales).
    """

    name: str
    amount: np.ndarray
    profile: np.ndarray
    kind: str


@dataclass(frozen=True)
class CashFlowSet:
    """The cash flows of one scenario for many roofs.

    Parameters
    ----------
    components : tuple of Component
        The components (all profiles of the same length).
    energy_kwh : numpy.ndarray
        Year-1 useful energy per roof [kWh] (PV production or solar heat).
    energy_profile : numpy.ndarray
        Yearly profile of that energy, years 0..lifetime (0 in year 0) [-].
    """

    components: tuple[Component, ...]
    energy_kwh: np.ndarray
    energy_profile: np.ndarray

    @property
    def years(self) -> int:
        """Lifetime [yr]."""
        return len(self.energy_profile) - 1

    @cached_property
    def _stacked(self) -> tuple[np.ndarray, np.ndarray]:
        """Amounts (components, roofs) and profiles (components, years).

        Components in rows keep every amount contiguous: the yearly flows of a block
        of roofs are then one matrix product already laid out year by year.
        """
        if not self.components:
            return (np.zeros((0, len(self.energy_kwh))),
                    np.zeros((0, self.years + 1)))
        return (np.stack([np.asarray(c.amount, dtype=float) for c in self.components]),
                np.vstack([c.profile for c in self.components]))

    def _amounts(self, kinds=None) -> tuple[np.ndarray, np.ndarray]:
        amounts, profiles = self._stacked
        if kinds is None:
            return amounts, profiles
        chosen = [i for i, c in enumerate(self.components) if c.kind in kinds]
        return amounts[chosen], profiles[chosen]

    def take(self, rows: np.ndarray) -> CashFlowSet:
        """The set restricted to some roofs (index or boolean array)."""
        amounts, profiles = self._stacked
        subset_amounts = amounts[:, rows]
        components = tuple(Component(c.name, subset_amounts[k], c.profile, c.kind)
                           for k, c in enumerate(self.components))
        subset = CashFlowSet(components, self.energy_kwh[rows], self.energy_profile)
        subset.__dict__["_stacked"] = (subset_amounts, profiles)  # cached property
        return subset

    def aggregate(self) -> CashFlowSet:
        """One-row set whose amounts and energy are the sums over all rows (a site)."""
        components = tuple(
            Component(c.name, np.atleast_1d(np.sum(c.amount)), c.profile, c.kind)
            for c in self.components)
        return CashFlowSet(components, np.atleast_1d(np.sum(self.energy_kwh)),
                           self.energy_profile)

    def matrix(self, rows: np.ndarray | slice = slice(None)) -> np.ndarray:
        """Net cash flow per roof and year, shape (roofs, lifetime + 1) [€]."""
        amounts, profiles = self._stacked
        return amounts[:, rows].T @ profiles

    def npv(self, rate: float) -> np.ndarray:
        """Net present value per roof at ``rate`` [€]."""
        amounts, profiles = self._stacked
        return (profiles @ discount_factors(rate, self.years)) @ amounts

    def irr(self) -> np.ndarray:
        """Internal rate of return per roof [-/yr] (NaN where none in the bracket).

        Roofs whose NPV does not change sign between the bracket ends are set aside
        first. For the others NPV is evaluated on a grid of rates (the amounts times
        the grid-discounted profiles, one matrix product); the first sign change
        brackets the root, linear interpolation starts a safeguarded Newton iteration
        on v = 1 / (1 + r) (Horner's rule for NPV and its derivative; a step leaving
        the bracket is replaced by bisection) that stops when a Newton step is below
        ``_IRR_NEWTON_STEP`` (taken) or a bisection step below ``_IRR_TOLERANCE``.
        Roofs whose yearly flow changes sign once have a single
        root and use a coarser grid (``_IRR_COARSE_GRID``); the others the fine
        ``_IRR_GRID``, so that the lowest root is found where there are several.
        Roofs are processed in blocks of ``_BLOCK_ROWS``.
        """
        amounts, profiles = self._stacked
        result = np.full(amounts.shape[1], np.nan)
        candidates = np.flatnonzero((self.npv(_IRR_GRID[0]) > 0)
                                    & (self.npv(_IRR_GRID[-1]) < 0))
        grids = [(grid, profiles @ discount_factors_grid(grid, self.years))
                 for grid in (_IRR_COARSE_GRID, _IRR_GRID)]
        for rows in _blocks(candidates):
            block = amounts[:, rows]
            flows = profiles.T @ block
            single = (flows[0] < 0) & (flows[1:] >= 0).all(axis=0)
            for (grid, values), chosen, monotone in zip(
                    grids, (single, ~single), (True, False), strict=True):
                if chosen.all():
                    result[rows] = _irr_rows(grid, block.T @ values, flows, monotone)
                elif chosen.any():
                    result[rows[chosen]] = _irr_rows(grid, block[:, chosen].T @ values,
                                                     flows[:, chosen], monotone)
        return result

    def payback_years(self, rate: float = 0.0) -> np.ndarray:
        """Years until the cumulative flow (discounted at ``rate``) is >= 0 [yr].

        Roofs that cannot reach 0 are set aside with an upper bound of the
        cumulative flow: year 0 plus every positive amount over the whole life
        (profiles are non-negative, so costs after year 0 only lower it). The
        cumulative flows are the amounts times the cumulated discounted profiles,
        year by year, for blocks of ``_BLOCK_ROWS`` roofs (small enough to stay in
        the processor's cache).
        """
        amounts, profiles = self._stacked
        discounted = profiles * discount_factors(rate, self.years)[None, :]
        first_year, later = discounted[:, 0], discounted[:, 1:].sum(axis=1)
        cumulated = np.cumsum(discounted, axis=1).T
        result = np.full(amounts.shape[1], np.nan)
        for start in range(0, amounts.shape[1], _BLOCK_ROWS):
            block = amounts[:, start:start + _BLOCK_ROWS]
            reachable = np.flatnonzero(
                first_year @ block + later @ np.maximum(block, 0.0) >= 0)
            result[start + reachable] = _first_crossing(cumulated @ block[:, reachable])
        return result

    def levelised_cost(self, rate: float) -> np.ndarray:
        """Levelised cost of the useful energy at ``rate`` [€/kWh]."""
        amounts, profiles = self._amounts(("cost", "aid"))
        discount = discount_factors(rate, self.years)
        cost = -((profiles @ discount) @ amounts)
        energy = self.energy_kwh * float(self.energy_profile @ discount)
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(energy > 0, cost / energy, np.nan)

    def table(self, row: int, rate: float) -> pd.DataFrame:
        """Year-by-year table of one roof (components, net, discounted, cumulative)."""
        years = np.arange(self.years + 1)
        data = {"year": years,
                "energy_kwh": self.energy_kwh[row] * self.energy_profile}
        for c in self.components:
            data[c.name] = data.get(c.name, 0.0) + c.amount[row] * c.profile
        frame = pd.DataFrame(data)
        net = self.matrix([row])[0]
        discount = discount_factors(rate, self.years)
        frame["net_cash_flow_eur"] = net
        frame["discount_factor"] = discount
        frame["discounted_cash_flow_eur"] = net * discount
        frame["cumulative_eur"] = np.cumsum(net)
        frame["cumulative_discounted_eur"] = np.cumsum(net * discount)
        return frame


def _blocks(rows: np.ndarray):
    """Consecutive pieces of ``rows`` of at most ``_BLOCK_ROWS`` roofs."""
    for start in range(0, len(rows), _BLOCK_ROWS):
        yield rows[start:start + _BLOCK_ROWS]


def _first_crossing(cumulative: np.ndarray) -> np.ndarray:
    """Fractional year where ``cumulative`` (years, roofs) first becomes >= 0 after
    year 0, interpolated linearly within that year's flow."""
    reached = cumulative[1:] >= 0
    first = np.argmax(reached, axis=0) + 1
    roofs = np.arange(cumulative.shape[1])
    found = reached[first - 1, roofs]
    before = cumulative[first - 1, roofs]
    step = cumulative[np.minimum(first, len(cumulative) - 1), roofs] - before
    with np.errstate(divide="ignore", invalid="ignore"):
        fraction = np.where(step > 0, -before / step, 0.0)
    return np.where(found, first - 1 + fraction, np.nan)


def _monotone_newton(flows_by_year: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Root in v of Σ_y flows[y] v^y for flows negative in year 0, then >= 0.

    Such a polynomial is increasing and convex for v > 0, so Newton's method
    converges from any positive start without a bracket: from the right of the root
    it decreases monotonically towards it, from the left its first step lands on the
    right [1]_. Stops as the general iteration does (a step below
    ``_IRR_NEWTON_STEP``, taken).

    References
    ----------
    .. [1] Süli E., Mayers D. (2003), An Introduction to Numerical Analysis,
       Cambridge University Press, §1.4 (Newton's method on convex functions).
    """
    out = np.empty_like(v)
    active = np.arange(len(v))
    for _ in range(_IRR_STEPS):
        value, slope = _horner(flows_by_year, v)
        step = value / slope
        v = v - step
        converged = np.abs(step) < _IRR_NEWTON_STEP
        out[active[converged]] = v[converged]
        if converged.all():
            return out
        moving = ~converged
        active, v, flows_by_year = active[moving], v[moving], flows_by_year[:, moving]
    out[active] = v
    return out


def _first_guess(grid: np.ndarray, npv_grid: np.ndarray, first: np.ndarray,
                 ) -> np.ndarray:
    """Rate where NPV crosses 0 between ``grid[first - 1]`` and ``grid[first]``.

    Inverse quadratic interpolation through that bracket and the next grid rate
    (the previous one at the end of the grid), about 100 times closer to the root
    than the chord on usual cash flows, which saves Newton steps; the chord where
    it falls outside the bracket.
    """
    rows = np.arange(len(first))
    third = np.where(first + 1 < len(grid), first + 1, first - 2)
    r0, r1, r2 = grid[first - 1], grid[first], grid[np.maximum(third, 0)]
    f0, f1 = npv_grid[rows, first - 1], npv_grid[rows, first]
    f2 = npv_grid[rows, np.maximum(third, 0)]
    chord = r0 + (r1 - r0) * f0 / (f0 - f1)
    with np.errstate(divide="ignore", invalid="ignore"):
        quadratic = (r0 * f1 * f2 / ((f0 - f1) * (f0 - f2))
                     + r1 * f0 * f2 / ((f1 - f0) * (f1 - f2))
                     + r2 * f0 * f1 / ((f2 - f0) * (f2 - f1)))
    inside = (third >= 0) & (quadratic > r0) & (quadratic < r1)
    return np.where(inside, quadratic, chord)


def _horner(flows_by_year: np.ndarray, v: np.ndarray,
            ) -> tuple[np.ndarray, np.ndarray]:
    """Σ_y flows[y, i] v_i^y and its derivative in v, per roof i (years in rows)."""
    value = flows_by_year[-1].copy()
    slope = np.zeros_like(value)
    for y in range(flows_by_year.shape[0] - 2, -1, -1):
        slope *= v
        slope += value
        value *= v
        value += flows_by_year[y]
    return value, slope


def _irr_rows(grid: np.ndarray, npv_grid: np.ndarray, flows_by_year: np.ndarray,
              monotone: bool = False) -> np.ndarray:
    """IRR of each column of ``flows_by_year`` given its NPV on the rates ``grid``.

    ``monotone``: every column is an investment followed by non-negative flows, so
    that NPV is increasing and convex in v (see :func:`_monotone_newton`).
    """
    result = np.full(len(npv_grid), np.nan)
    negative = npv_grid < 0
    first = np.argmax(negative, axis=1)
    found = negative[np.arange(len(first)), first]  # argmax is 0 when none is
    active = np.flatnonzero((npv_grid[:, 0] > 0) & found)
    first = first[active]
    v = 1.0 / (1.0 + _first_guess(grid, npv_grid[active], first))
    if len(active) < flows_by_year.shape[1]:
        flows_by_year = flows_by_year[:, active]
    if monotone:
        result[active] = 1.0 / _monotone_newton(flows_by_year, v) - 1.0
        return result
    # NPV < 0 at low, > 0 at high (v = 1 / (1 + r) falls as r rises)
    low, high = 1.0 / (1.0 + grid[first]), 1.0 / (1.0 + grid[first - 1])
    scale = np.abs(flows_by_year).sum(axis=0)
    done = np.zeros(len(active), dtype=bool)
    for _ in range(_IRR_STEPS):
        value, slope = _horner(flows_by_year, v)
        converged = np.abs(value) <= _IRR_TOLERANCE * scale
        low = np.where(value < 0, v, low)
        high = np.where(value >= 0, v, high)
        with np.errstate(divide="ignore", invalid="ignore"):
            newton = v - value / slope
        inside = (newton >= low) & (newton <= high)
        step = np.where(inside, newton, 0.5 * (low + high))
        limit = np.where(inside, _IRR_NEWTON_STEP, _IRR_TOLERANCE)
        converged |= np.abs(step - v) < limit
        new = converged & ~done
        result[active[new]] = 1.0 / np.where(converged, step, v)[new] - 1.0
        done |= converged
        if done.all():
            return result
        v = np.where(done, v, step)  # converged roofs stay put until compacted
        if 2 * done.sum() > len(done):  # drop them once they are the majority
            moving = ~done
            active, v, scale = active[moving], v[moving], scale[moving]
            flows_by_year = flows_by_year[:, moving]
            low, high, done = low[moving], high[moving], done[moving]
    moving = ~done
    result[active[moving]] = 1.0 / v[moving] - 1.0
    return result
