"""S21 purchase tariffs, validity-date selection and VAT rates.

The S21 order (arrêté du 6 octobre 2021, modified 26 March 2025) fixes, for PV on
buildings, a purchase tariff for exported surplus, a total-sale tariff (above 9 kWc
since March 2025) and a self-consumption premium, by power class and by the period of
the complete connection request (DCR). Table ``pv_tariffs_s21`` holds one row per
period and class: ``period_start``, ``period_end``, ``class_kwc_min`` (exclusive),
``class_kwc_max`` (inclusive), ``surplus_eur_per_kwh``, ``total_sale_eur_per_kwh``,
``premium_eur_per_kwc``; an empty cell means "does not exist in that period".

References
----------
.. [1] Arrêté du 6 octobre 2021 fixant les conditions d'achat de l'électricité produite
   par les installations implantées sur bâtiment (S21), modifié le 26 mars 2025.
.. [2] shared/reference/economics-emissions.md §1 (grids by quarter and their sources).
"""

from __future__ import annotations

import datetime as dt
import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd

from artois_energy_desk import ArtoisWarning, InputError

__all__ = [
    "TariffPeriod", "months_between", "select_tariff_period", "select_valid_rows",
    "tariff_class_codes", "tariff_class_labels", "lookup_tariffs", "vat_rate",
]


@dataclass(frozen=True)
class TariffPeriod:
    """The S21 grid of one DCR period.

    Parameters
    ----------
    start, end : datetime.date
        First and last day of the period (connection-request dates).
    rows : pandas.DataFrame
        The class rows of the period, sorted by ``class_kwc_max``.
    is_latest : bool
        True when it is the most recent period of the table.
    """

    start: dt.date
    end: dt.date
    rows: pd.DataFrame
    is_latest: bool

    @property
    def label(self) -> str:
        """French label of the period, e.g. ``"T1 2026 (2026-01-01 au 2026-03-31)"``."""
        quarter = (self.start.month - 1) // 3 + 1
        return f"T{quarter} {self.start.year} ({self.start} au {self.end})"


def months_between(earlier: dt.date, later: dt.date) -> float:
    """Return the months from ``earlier`` to ``later`` [month of 30.44 days]."""
    return (later - earlier).days / 30.436875


def _as_date(value) -> dt.date | None:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip())


def select_valid_rows(table: pd.DataFrame, date: dt.date, start: str = "valid_from",
                      end: str = "valid_to") -> pd.DataFrame:
    """Return the rows of ``table`` valid on ``date``.

    A row is valid when ``start <= date <= end``; an empty ``start`` means "since
    always" and an empty ``end`` "until further notice".

    Parameters
    ----------
    table : pandas.DataFrame
        Table with the two date columns (ISO text or dates).
    date : datetime.date
        The date of interest.
    start, end : str
        Names of the validity columns.
    """
    starts = table[start].map(_as_date) if start in table else None
    ends = table[end].map(_as_date) if end in table else None
    ok = np.ones(len(table), dtype=bool)
    if starts is not None:
        ok &= np.array([s is None or s <= date for s in starts], dtype=bool)
    if ends is not None:
        ok &= np.array([e is None or date <= e for e in ends], dtype=bool)
    return table[ok]


def select_tariff_period(table: pd.DataFrame, request_date: dt.date | None = None, *,
                         today: dt.date | None = None, staleness_months: float = 6.0,
                         ) -> TariffPeriod:
    """Select the S21 grid for a connection-request date (default: the latest grid).

    Warns (:class:`~artois_energy_desk.ArtoisWarning`) when the latest period of the
    table starts more than ``staleness_months`` before ``today``: the installed table
    is then probably out of date.

    Parameters
    ----------
    table : pandas.DataFrame
        Table ``pv_tariffs_s21``.
    request_date : datetime.date, optional
        Date of the complete connection request; ``None`` selects the latest period.
    today : datetime.date, optional
        Today's date (default: the system date).
    staleness_months : float
        Age [month] of the latest period beyond which a warning is issued.

    Raises
    ------
    InputError
        If no period of the table contains ``request_date``.
    """
    today = today or dt.date.today()
    starts = table["period_start"].map(_as_date)
    latest_start = max(starts)
    if months_between(latest_start, today) > staleness_months:
        warnings.warn(
            f"La grille tarifaire S21 la plus récente commence le {latest_start}, plus "
            f"de {staleness_months:g} mois avant aujourd'hui ({today}) : vérifier les "
            "tarifs en vigueur et charger un fichier de paramètres à jour.",
            ArtoisWarning, stacklevel=2,
        )
    if request_date is None:
        chosen = starts == latest_start
    else:
        rows = select_valid_rows(table, request_date, "period_start", "period_end")
        if rows.empty:
            known = ", ".join(sorted({str(s) for s in starts}))
            raise InputError(
                f"Tableau des tarifs S21 : aucune grille pour une demande de "
                f"raccordement du {request_date} (périodes connues débutant le "
                f"{known})."
            )
        chosen = starts == _as_date(rows["period_start"].iloc[0])
    rows = table[chosen.to_numpy()].sort_values("class_kwc_max").reset_index(drop=True)
    start = _as_date(rows["period_start"].iloc[0])
    return TariffPeriod(start, _as_date(rows["period_end"].iloc[0]), rows,
                        is_latest=start == latest_start)


def _class_index(rows: pd.DataFrame, peak_kwp: np.ndarray) -> np.ndarray:
    """Index of the class row for each power, -1 when outside every class."""
    upper = rows["class_kwc_max"].to_numpy(dtype=float)
    lower = rows["class_kwc_min"].to_numpy(dtype=float)
    index = np.searchsorted(upper, peak_kwp, side="left")
    inside = index < len(upper)
    safe = np.where(inside, index, 0)
    inside &= peak_kwp > lower[safe]
    return np.where(inside, index, -1)


def tariff_class_codes(period: TariffPeriod, peak_kwp,
                       ) -> tuple[np.ndarray, np.ndarray]:
    """S21 class of each power as a code into the class labels.

    Returns
    -------
    codes : numpy.ndarray of int
        Index into ``labels`` (the last label, ``"hors S21"``, outside every class).
    labels : numpy.ndarray of str
        ``"0-3 kWc"``, ``"3-9 kWc"`` ... then ``"hors S21"``.
    """
    power = np.asarray(peak_kwp, dtype=float)
    index = _class_index(period.rows, power)
    bounds = zip(period.rows["class_kwc_min"], period.rows["class_kwc_max"],
                 strict=True)
    names = [f"{lo:g}-{hi:g} kWc" for lo, hi in bounds]
    names.append("hors S21")
    return (np.where(index < 0, len(names) - 1, index),
            np.asarray(names, dtype=object))


def tariff_class_labels(period: TariffPeriod, peak_kwp) -> np.ndarray:
    """Return the S21 class label of each power (``"9-36 kWc"``; ``"hors S21"``).

    Classes are ``min < P <= max`` (a 9 kWc installation is in the 0-9 class).
    """
    codes, names = tariff_class_codes(period, peak_kwp)
    return names[codes]


def lookup_tariffs(period: TariffPeriod, peak_kwp) -> dict[str, np.ndarray]:
    """Return the surplus tariff, total-sale tariff and premium for each power.

    Parameters
    ----------
    period : TariffPeriod
        The selected grid.
    peak_kwp : array-like
        Installation peak power [kWp]; the class is ``min < P <= max``.

    Returns
    -------
    dict of numpy.ndarray
        ``surplus_eur_per_kwh`` and ``total_sale_eur_per_kwh`` [€/kWh] (NaN where the
        class has none, or outside S21), ``premium_eur_per_kwc`` [€/kWp] (NaN where not
        given).
    """
    power = np.asarray(peak_kwp, dtype=float)
    index = _class_index(period.rows, power)
    out = {}
    columns = ("surplus_eur_per_kwh", "total_sale_eur_per_kwh", "premium_eur_per_kwc")
    for column in columns:
        values = np.append(pd.to_numeric(period.rows[column]).to_numpy(float), np.nan)
        out[column] = values[np.where(index < 0, len(values) - 1, index)]
    return out


def vat_rate(table: pd.DataFrame, technology: str, date: dt.date, size_kwc=None,
             segment: str = "all") -> np.ndarray:
    """Return the VAT rate [-] for a technology, date and size.

    Parameters
    ----------
    table : pandas.DataFrame
        Table ``vat_rates`` (technology, segment, size_kwc_min exclusive,
        size_kwc_max inclusive, valid_from, valid_to, vat_rate).
    technology : str
        ``"pv"`` or ``"solar_thermal"``.
    date : datetime.date
        Date of the works.
    size_kwc : array-like, optional
        Installation power [kWp] (PV); ignored for rows without size bounds.
    segment : str
        ``"all"``, ``"residential"`` or ``"non_residential"``.

    Raises
    ------
    InputError
        If no row applies.
    """
    rows = select_valid_rows(table[(table["technology"] == technology)
                                   & (table["segment"] == segment)], date)
    size = np.atleast_1d(np.asarray(0.0 if size_kwc is None else size_kwc, dtype=float))
    rate = np.full(size.shape, np.nan)
    for _, row in rows.iterrows():
        lo = -np.inf if pd.isna(row["size_kwc_min"]) else float(row["size_kwc_min"])
        hi = np.inf if pd.isna(row["size_kwc_max"]) else float(row["size_kwc_max"])
        hit = (size > lo) & (size <= hi) if lo > 0 else size <= hi
        rate = np.where(hit & np.isnan(rate), float(row["vat_rate"]), rate)
    if np.isnan(rate).any():
        raise InputError(
            f"Tableau des taux de TVA : aucun taux pour '{technology}' ({segment}) au "
            f"{date} pour une puissance de {size[np.isnan(rate)][0]:g} kWc."
        )
    return rate
