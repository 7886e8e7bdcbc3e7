"""Territory totals, rankings and solar-cadastre shading (pure, no file access).

Extensive result columns (energies, powers, areas, money, masses: names ending in a
unit such as ``_kwh``, ``_kwp``, ``_m2``, ``_eur``, ``_kg``) are summed per group;
intensive ones (specific yield, fractions, irradiation per m²) are not summable and are
recomputed from the sums where a definition exists (specific yield = yield / peak
power), otherwise averaged weighted by facet area.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

__all__ = ["UNASSIGNED", "rank_roofs", "shading_loss_from_irradiation", "summarise"]

#: Group label of roofs without commune or EPCI.
UNASSIGNED = "(non renseigné)"
_EXTENSIVE = re.compile(
    r"(_kwh|_mwh|_gwh|_kwp|_mwp|_kw|_m2|_eur|_keur|_kg|_t|_t_co2|_kg_co2|_tco2)$")
_INTENSIVE = re.compile(r"(_per_|_ratio$|_fraction$|_loss$|_kwh_m2$|_deg$|_years$)")
# Angles do not average meaningfully over a territory (a mean azimuth of a north and
# a south face is east).
_SKIP = {"latitude", "longitude", "source_row", "tilt_deg", "azimuth_deg",
         "pv_tilt_deg", "pv_azimuth_deg", "dwellings", "plan_area_m2"}
_PREFIXES = ("pv_", "thermal_", "economic_", "eco_", "co2_", "lcoe", "payback",
             "investment", "savings", "revenue")


def summarise(results: pd.DataFrame, by: str = "commune",
              boundaries: pd.DataFrame | None = None) -> pd.DataFrame:
    """Sum evaluated facets per commune or per EPCI.

    Parameters
    ----------
    results : pandas.DataFrame
        Roof table with result columns (one row per facet).
    by : {"commune", "epci"}
        Grouping level.
    boundaries : pandas.DataFrame, optional
        Membership table with ``commune_insee`` and any of ``commune_name``, ``epci``,
        ``epci_name``: gives each commune its EPCI and names; communes of the table
        without any roof appear with zero totals.

    Returns
    -------
    pandas.DataFrame
        One row per group, sorted by decreasing PV yield (or area) with a ``rank``
        column: ``facets``, ``buildings`` (distinct ``building_id``), ``area_m2``,
        ``usable_area_m2``, sums of extensive result columns, ``pv_annual_yield_mwh``,
        recomputed ``pv_specific_yield_kwh_per_kwp`` and area-weighted means of the
        other numeric result columns (``<name>_mean``). Roofs without a key are
        grouped under :data:`UNASSIGNED`, so group totals add up to the whole.
    """
    key, names = _group_key(results, by, boundaries)
    frame = results.assign(_group=key)
    grouped = frame.groupby("_group", sort=False, dropna=False)
    table = pd.DataFrame({"facets": grouped.size()})
    if "building_id" in frame:
        table["buildings"] = grouped["building_id"].nunique()
    table["area_m2"] = grouped["area_m2"].sum()
    usable = _usable_area(frame)
    if usable is not None:
        table["usable_area_m2"] = usable.groupby(frame["_group"], sort=False).sum()
    for column in _result_columns(frame):
        if _EXTENSIVE.search(column) and not _INTENSIVE.search(column):
            table[column] = grouped[column].sum(min_count=1)
        else:
            table[f"{column}_mean"] = _weighted_mean(frame, column)
    _derived(table)
    table = _with_boundaries(table, names, by)
    return _ranked(table)


def _group_key(results, by, boundaries):
    if by not in ("commune", "epci"):
        raise ValueError(f"by must be 'commune' or 'epci', not {by!r}")
    communes = _text_column(results, "commune_insee")
    if communes is None:
        communes = _text_column(results, "commune_name")
    names = None
    if boundaries is not None:
        names = boundaries.copy()
        names["commune_insee"] = names["commune_insee"].astype(str)
    if by == "commune":
        if communes is None:
            raise ValueError("results have no commune_insee or commune_name column")
        return communes.fillna(UNASSIGNED), names
    epci = _text_column(results, "epci")
    if names is not None and "epci" in names and communes is not None:
        lookup = names.drop_duplicates("commune_insee").set_index("commune_insee")
        from_table = communes.map(lookup["epci"].astype(str))
        epci = from_table if epci is None else epci.fillna(from_table)
    if epci is None:
        raise ValueError("results have no epci column and no membership table")
    if names is not None and "epci" in names:
        keep = [c for c in ("epci", "epci_name") if c in names]
        names = names[keep].astype(str).drop_duplicates("epci")
        names = names.rename(columns={"epci": "commune_insee"})
    return epci.fillna(UNASSIGNED), names


def _text_column(frame: pd.DataFrame, name: str) -> pd.Series | None:
    if name not in frame:
        return None
    text = frame[name].astype("string").str.strip()
    return text.mask(text == "").astype(object).where(text.notna(), None)


def _usable_area(frame: pd.DataFrame) -> pd.Series | None:
    if "usable_area_m2" in frame:
        return frame["usable_area_m2"]
    if "usable_ratio" in frame:
        return frame["area_m2"] * frame["usable_ratio"]
    return None


def _result_columns(frame: pd.DataFrame) -> list[str]:
    columns = []
    for name in frame.columns:
        if name in _SKIP or name in ("area_m2", "usable_area_m2", "_group"):
            continue
        numeric = pd.api.types.is_numeric_dtype(frame[name])
        if numeric and not pd.api.types.is_bool_dtype(frame[name]) and (
                str(name).startswith(_PREFIXES) or str(name) == "irradiation_kwh_m2"):
            columns.append(name)
    return columns


def _weighted_mean(frame: pd.DataFrame, column: str) -> pd.Series:
    values = frame[column].astype(float)
    weight = frame["area_m2"].where(values.notna(), 0.0)
    weighted = (values.fillna(0.0) * weight).groupby(frame["_group"], sort=False).sum()
    total = weight.groupby(frame["_group"], sort=False).sum()
    return weighted / total.replace(0.0, np.nan)


def _derived(table: pd.DataFrame) -> None:
    if "pv_annual_yield_kwh" in table:
        table["pv_annual_yield_mwh"] = table["pv_annual_yield_kwh"] / 1000.0
    if "thermal_annual_kwh" in table:
        table["thermal_annual_mwh"] = table["thermal_annual_kwh"] / 1000.0
    if {"pv_annual_yield_kwh", "pv_peak_power_kwp"} <= set(table.columns):
        power = table["pv_peak_power_kwp"].replace(0.0, np.nan)
        table["pv_specific_yield_kwh_per_kwp"] = table["pv_annual_yield_kwh"] / power
        table.drop(columns=["pv_specific_yield_kwh_per_kwp_mean"], errors="ignore",
                   inplace=True)


def _with_boundaries(table: pd.DataFrame, names, by: str) -> pd.DataFrame:
    label = "commune_insee" if by == "commune" else "epci"
    table = table.rename_axis(label).reset_index()
    if names is None:
        return table
    names = names.rename(columns={"commune_insee": label})
    extra = [c for c in names.columns if c != label
             and c in ("commune_name", "epci_name", "epci")]
    names = names[[label, *extra]].drop_duplicates(label)
    table = names.merge(table, on=label, how="outer")
    counts = [c for c in table.columns if c not in (label, *extra)]
    zero = {c: 0 for c in counts if not c.endswith("_mean")
            and c != "pv_specific_yield_kwh_per_kwp"}
    table = table.fillna(zero)
    whole = [c for c in ("facets", "buildings") if c in table]
    return table.astype(dict.fromkeys(whole, "int64"))


def _ranked(table: pd.DataFrame) -> pd.DataFrame:
    order = "pv_annual_yield_kwh" if "pv_annual_yield_kwh" in table else "area_m2"
    table = table.sort_values(order, ascending=False, kind="stable")
    table.insert(0, "rank", np.arange(1, len(table) + 1))
    return table.reset_index(drop=True)


def rank_roofs(results: pd.DataFrame, by: str = "pv_annual_yield_kwh",
               top_n: int | None = 100) -> pd.DataFrame:
    """Return the ``top_n`` facets with the largest ``by`` and a 1-based ``rank``.

    Ties keep input order; facets with no value come last and are not ranked.
    """
    ordered = results.sort_values(by, ascending=False, kind="stable",
                                  na_position="last")
    ordered = ordered[ordered[by].notna()]
    if top_n is not None:
        ordered = ordered.head(top_n)
    ordered = ordered.reset_index(drop=True)
    ordered.insert(0, "rank", np.arange(1, len(ordered) + 1))
    return ordered


def shading_loss_from_irradiation(irradiation_kwh_m2, unshaded_poa_kwh_m2
                                  ) -> tuple[np.ndarray, np.ndarray]:
    """Shading loss implied by a solar cadastre's annual irradiation of a facet.

    loss = 1 - H_cadastre / H_unshaded, where H_unshaded is the plane-of-array annual
    irradiation of the same orientation without obstacles, computed by the caller
    with the same climate.

    Parameters
    ----------
    irradiation_kwh_m2 : array-like
        Annual irradiation given by the cadastre [kWh/m²].
    unshaded_poa_kwh_m2 : array-like
        Unshaded plane-of-array annual irradiation, same orientation [kWh/m²].

    Returns
    -------
    loss : numpy.ndarray
        Raw shading loss [-], NOT clipped: a negative value means the cadastre sees
        more sun than our unshaded model (different climate or model).
    in_range : numpy.ndarray of bool
        True where 0 <= loss <= 1; callers must report the others.
    """
    given = np.asarray(irradiation_kwh_m2, dtype=float)
    unshaded = np.asarray(unshaded_poa_kwh_m2, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        loss = np.where(unshaded > 0, 1.0 - given / unshaded, np.nan)
    in_range = np.isfinite(loss) & (loss >= 0.0) & (loss <= 1.0)
    return loss, in_range
