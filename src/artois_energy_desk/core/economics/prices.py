"""Retail energy prices selected by date.

References
----------
.. [1] shared/reference/economics-emissions.md §2 (TRVE, CRE gas reference prices).
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from artois_energy_desk import InputError
from artois_energy_desk.core.economics.tariffs import select_valid_rows

__all__ = ["energy_price_row"]


def energy_price_row(table: pd.DataFrame, energy: str, tariff: str,
                     date: dt.date) -> pd.Series:
    """Return the price row of an energy and tariff valid on ``date``.

    When several rows are valid, the one with the latest ``valid_from`` wins.

    Parameters
    ----------
    table : pandas.DataFrame
        Table ``energy_prices`` (``price_eur_per_kwh`` [€/kWh TTC]).
    energy, tariff : str
        For example ``"electricity"``, ``"trve_base"``.
    date : datetime.date
        Date of the study.

    Raises
    ------
    InputError
        If no row is valid on that date.
    """
    rows = select_valid_rows(
        table[(table["energy"] == energy) & (table["tariff"] == tariff)], date)
    if rows.empty:
        raise InputError(
            f"Tableau des prix de l'énergie : aucun prix '{energy}' / '{tariff}' "
            f"valable le {date} (colonnes valid_from / valid_to)."
        )
    return rows.sort_values("valid_from").iloc[-1]
