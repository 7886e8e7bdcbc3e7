"""Investment, O&M and aids: PV per kWc, solar thermal per m².

Cost curves are anchor points (size, unit cost) interpolated linearly in size between
anchors and held constant beyond the end anchors, so that the total cost never jumps
at a class boundary. Unit costs are converted to HT (before VAT) from the VAT basis of
each quote, then the VAT of the installation (size and date) is applied.

References
----------
.. [1] shared/reference/economics-emissions.md §3 (PV costs), §4 (solar-thermal costs),
   §6 (aids).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from artois_energy_desk.core.economics.tariffs import select_valid_rows

__all__ = [
    "pv_unit_cost_eur_per_wp_ht", "thermal_unit_cost_eur_per_m2_ht", "maprimerenov_eur",
    "fonds_chaleur_eur",
]


def pv_unit_cost_eur_per_wp_ht(table: pd.DataFrame, installation_kwp) -> np.ndarray:
    """Installed PV cost per Wp, before VAT [€/Wp HT].

    Parameters
    ----------
    table : pandas.DataFrame
        Table ``pv_costs``: ``size_kwc``, ``cost_eur_per_wc``, ``vat_basis``
        (``ttc`` / ``ht``), ``quote_vat_rate`` (VAT included in a TTC quote).
    installation_kwp : array-like
        Installation peak power [kWp].

    Returns
    -------
    numpy.ndarray
        HT = quote / (1 + quote VAT) for TTC quotes, interpolated linearly in size.
    """
    rows = table.sort_values("size_kwc")
    unit = rows["cost_eur_per_wc"].to_numpy(float)
    ttc = rows["vat_basis"].str.lower().eq("ttc").to_numpy()
    ht = np.where(ttc, unit / (1.0 + rows["quote_vat_rate"].to_numpy(float)), unit)
    return np.interp(np.asarray(installation_kwp, dtype=float),
                     rows["size_kwc"].to_numpy(float), ht)


def thermal_unit_cost_eur_per_m2_ht(table: pd.DataFrame, segment: np.ndarray,
                                    area_m2) -> np.ndarray:
    """Installed solar water-heating cost per m² of collector, before VAT [€/m² HT].

    Parameters
    ----------
    table : pandas.DataFrame
        Table ``thermal_costs``: ``segment`` (``single_house`` / ``collective``),
        ``area_m2``, ``cost_eur_per_m2_ht``.
    segment : array of str or pandas.Categorical
        Segment of each system.
    area_m2 : array-like
        Collector area [m²].
    """
    area = np.asarray(area_m2, dtype=float)
    if not isinstance(segment, pd.Categorical):
        segment = pd.Categorical(np.asarray(segment, dtype=object))
    out = np.full(area.shape, np.nan)
    for name, rows in table.sort_values("area_m2").groupby("segment"):
        hit = np.asarray(segment == name)
        out[hit] = np.interp(area[hit], rows["area_m2"].to_numpy(float),
                             rows["cost_eur_per_m2_ht"].to_numpy(float))
    return out


def maprimerenov_eur(table: pd.DataFrame, income_category: str, date: dt.date,
                     eligible: np.ndarray) -> np.ndarray:
    """MaPrimeRénov' single-measure aid for a solar water heater [€].

    Parameters
    ----------
    table : pandas.DataFrame
        Table ``aids``.
    income_category : str
        ``tres_modeste``, ``modeste``, ``intermediaire`` or ``superieur``.
    date : datetime.date
        Date of the works (validity selection).
    eligible : numpy.ndarray of bool
        True for single houses (owner-occupiers).

    References
    ----------
    .. [1] Anah, guide MaPrimeRénov' 2024 (via nouvelles-dujour.com, deklic.eco);
       shared/reference/economics-emissions.md §6.1.
    """
    chosen = (table["aid"] == "maprimerenov_cesi") & (
        table["income_category"] == income_category)
    rows = select_valid_rows(table[chosen], date)
    amount = float(rows["amount"].iloc[0]) if len(rows) else 0.0
    return np.where(eligible, amount, 0.0)


def fonds_chaleur_eur(table: pd.DataFrame, date: dt.date, area_m2,
                      eligible: np.ndarray) -> np.ndarray:
    """ADEME Fonds Chaleur aid for collective solar water heating [€].

    The aid per m² applies within the table's area bounds (25-500 m²); outside them
    (and for single houses) it is zero.

    References
    ----------
    .. [1] ADEME Fonds Chaleur, solaire thermique (fonds-publics.fr);
       shared/reference/economics-emissions.md §6.2.
    """
    area = np.asarray(area_m2, dtype=float)
    rows = select_valid_rows(table[table["aid"] == "fonds_chaleur_solaire"], date)
    out = np.zeros(area.shape)
    for _, row in rows.iterrows():
        hit = eligible & (area >= float(row["area_m2_min"])) & (
            area <= float(row["area_m2_max"]))
        out = np.where(hit, float(row["amount"]) * area, out)
    return out
