"""Investment, annual cost, levelised cost of heat, price with VAT, CO2.

References
----------
.. [1] ``shared/reference/heat-networks.md`` §10 (trench costs by DN and surface:
   topotherm and THERMOS; substations: ELCIMAI; connections: FEDENE 2024; VAT rule:
   France Chaleur Urbaine), §12 (annuity, LCOH after Sophena / VDI 2067).
.. [2] ``shared/reference/economics-emissions.md`` §2, §7 (gas price, emission factors).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from artois_energy_desk.core.parameters import ParameterSet

__all__ = [
    "annuity_factor",
    "connection_cost_eur",
    "internal_rate_of_return",
    "substation_cost_eur",
    "trench_cost_eur_per_m",
]


def trench_cost_eur_per_m(dn, surface, table: pd.DataFrame) -> np.ndarray:
    """Cost of one metre of trench with its pipe pair [€ HT/m].

    Parameters
    ----------
    dn : array-like of int
        Nominal diameter of each segment [mm]; a DN absent from the table takes the
        next larger row.
    surface : array-like of str
        ``hard`` or ``soft`` for each segment (anything else counts as hard).
    table : pandas.DataFrame
        Table ``network_trench_costs`` (``dn``, ``hard_eur_per_m``, ``soft_eur_per_m``).
    """
    table = table.sort_values("dn")
    row = np.searchsorted(table["dn"].to_numpy(float), np.asarray(dn, dtype=float))
    row = np.minimum(row, len(table) - 1)
    soft = np.asarray(surface, dtype=object) == "soft"
    return np.where(
        soft,
        table["soft_eur_per_m"].to_numpy(float)[row],
        table["hard_eur_per_m"].to_numpy(float)[row],
    )


def substation_cost_eur(peak_kw, table: pd.DataFrame) -> np.ndarray:
    """Substation investment by power, ELCIMAI step table [€ HT].

    Parameters
    ----------
    peak_kw : array-like
        Substation power [kW].
    table : pandas.DataFrame
        Table ``network_substation_costs`` (``max_kw`` ascending, ``cost_eur_ht``).
    """
    limits = table["max_kw"].astype(float).to_numpy()
    row = np.minimum(
        np.searchsorted(limits, np.asarray(peak_kw, dtype=float)), len(limits) - 1
    )
    return table["cost_eur_ht"].to_numpy(float)[row]


def connection_cost_eur(buildings: pd.DataFrame, params: ParameterSet) -> np.ndarray:
    """Connection + substation cost per building, FEDENE 2024 ratios [€ HT].

    Residential buildings with a number of dwellings use the per-dwelling table,
    buildings with a floor area the tertiary table; the others fall back to the ELCIMAI
    substation cost of their peak.

    Parameters
    ----------
    buildings : pandas.DataFrame
        ``design_peak_kw``; optional ``dwellings``, ``floor_area_m2``, ``residential``
        (bool).
    params : ParameterSet
        Tables ``network_connection_residential``, ``network_connection_tertiary``,
        ``network_substation_costs``.
    """
    cost = substation_cost_eur(
        buildings["design_peak_kw"], params.table("network_substation_costs")
    )
    residential = buildings.get("residential", pd.Series(True, index=buildings.index))
    dwellings = pd.to_numeric(buildings.get("dwellings"), errors="coerce")
    if dwellings is not None:
        res = params.table("network_connection_residential")
        row = np.searchsorted(
            res["dwellings_max"].astype(float).to_numpy(),
            dwellings.fillna(0).to_numpy(float),
        )
        row = np.minimum(row, len(res) - 1)
        per_building = res["eur_ht_per_building"].astype(float).to_numpy()[row]
        per_dwelling = res["eur_ht_per_dwelling"].astype(float).to_numpy()[row]
        fedene = np.where(
            np.isnan(per_building), per_dwelling * dwellings, per_building
        )
        use = (dwellings > 0).to_numpy() & residential.to_numpy(bool)
        cost = np.where(use, fedene, cost)
    area = pd.to_numeric(buildings.get("floor_area_m2"), errors="coerce")
    if area is not None:
        ter = params.table("network_connection_tertiary")
        row = np.minimum(
            np.searchsorted(
                ter["floor_area_max_m2"].astype(float).to_numpy(),
                area.fillna(0).to_numpy(float),
                side="right",
            ),
            len(ter) - 1,
        )
        use = (area > 0).to_numpy() & ~residential.to_numpy(bool)
        cost = np.where(use, ter["eur_ht_per_building"].to_numpy(float)[row], cost)
    return np.asarray(cost, dtype=float)


def annuity_factor(rate: float, years: float) -> float:
    """Capital recovery factor a = w·(1 + w)ⁿ / ((1 + w)ⁿ − 1) [1/yr]; 1/n when w = 0.

    References
    ----------
    .. [1] VDI 2067 via ``GreenDelta/Sophena docs/de/wirtschaftliche_berechnung.md``.
    """
    if rate == 0:
        return 1.0 / years
    q = (1.0 + rate) ** years
    return rate * q / (q - 1.0)


def internal_rate_of_return(
    investment: float,
    annual_cash_flow: float,
    years: int,
) -> float:
    """Rate making NPV = −investment + Σ cash/(1+r)^t zero (bisection); NaN if none."""

    def npv(rate: float) -> float:
        return -investment + annual_cash_flow / annuity_factor(rate, years)

    low, high = -0.99, 1.0
    if investment <= 0 or annual_cash_flow <= 0 or npv(low) * npv(high) > 0:
        return float("nan")
    for _ in range(100):
        middle = 0.5 * (low + high)
        if npv(low) * npv(middle) <= 0:
            high = middle
        else:
            low = middle
    return 0.5 * (low + high)
