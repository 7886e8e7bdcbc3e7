"""Emission factors and avoided CO2.

Two conventions (parameter ``convention`` of the evaluation):

* ``average`` (default): electricity at the French average mix (Base Empreinte 2024,
  0.0519 kgCO2e/kWh), as ADEME recommends for greenhouse-gas inventories;
* ``dpe``: the per-use factors of the DPE order of 31 March 2021 (heating 0.079,
  DHW 0.065, lighting 0.069 ...), labelled as such on every output.

Fuels (gas, fuel oil, LPG, wood) have a single factor per kWh PCI in both conventions.
Solar heat avoids fuel / boiler efficiency.

References
----------
.. [1] shared/reference/economics-emissions.md §7 (factors and the rules derived there).
.. [2] ADEME, Base Carbone documentation: average mix for inventories.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from artois_energy_desk import InputError
from artois_energy_desk.core.economics.tariffs import select_valid_rows

__all__ = ["CONVENTIONS", "emission_factor", "electricity_factor"]

#: Supported conventions for electricity.
CONVENTIONS = ("average", "dpe")


def emission_factor(table: pd.DataFrame, energy: str, date: dt.date, *,
                    convention: str = "all", use: str = "all") -> float:
    """Return an emission factor [kgCO2e/kWh].

    Rows whose ``convention`` is ``all`` match any convention.

    Raises
    ------
    InputError
        If the table has no valid row for that energy, use and convention.
    """
    rows = table[(table["energy"] == energy) & (table["use"] == use)
                 & table["convention"].isin([convention, "all"])]
    rows = select_valid_rows(rows, date)
    if rows.empty:
        raise InputError(
            f"Tableau des facteurs d'émission : aucun facteur pour '{energy}' "
            f"(usage '{use}', convention '{convention}') valable le {date}."
        )
    return float(rows.sort_values("valid_from").iloc[-1]["kgco2e_per_kwh"])


def electricity_factor(table: pd.DataFrame, date: dt.date, convention: str,
                       dpe_use: str) -> float:
    """Factor of grid electricity displaced [kgCO2e/kWh] under a convention.

    Parameters
    ----------
    convention : str
        ``average`` (all uses, French average mix) or ``dpe`` (per-use factor).
    dpe_use : str
        Use whose DPE factor applies (``heating``, ``dhw``, ``lighting`` ...).
    """
    if convention not in CONVENTIONS:
        raise InputError(
            f"Convention d'émissions '{convention}' inconnue ; attendu "
            f"{' ou '.join(CONVENTIONS)}."
        )
    if convention == "average":
        return emission_factor(table, "electricity", date, convention="average")
    return emission_factor(table, "electricity", date, convention="dpe", use=dpe_use)
