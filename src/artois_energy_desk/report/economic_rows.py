"""The rows of the economic parameter tables that one sheet's numbers used.

The economics engine reads whole tables (S21 grid, prices, emission factors, VAT,
costs, aids) and picks rows by date, size, energy and convention. The assumption
section of a sheet lists only the picked rows: the S21 period and class of the roof,
the price of each energy valued, the emission factors applied, the VAT row of the
installation's size, the two cost rows the unit cost is interpolated between, and, when
the solar-thermal scenario is shown, its costs and aids. Rows are found with the
engine's own selection (``energy_price_row`` of ``core.economics.prices``, the
resolved :class:`~artois_energy_desk.core.economics.EconomicAssumptions`), not a
second rule.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from artois_energy_desk.core.economics import EconomicAssumptions
from artois_energy_desk.core.economics.prices import energy_price_row
from artois_energy_desk.core.parameters import ParameterSet
from artois_energy_desk.report.provenance import UsedRows

__all__ = ["economic_rows_for", "economic_rows_used"]


def _number(row: Mapping, name: str) -> float | None:
    try:
        number = float(row.get(name))
    except (TypeError, ValueError):
        return None
    return number if np.isfinite(number) else None


def economic_rows_used(
    row: Mapping,
    params: ParameterSet,
    assumptions: EconomicAssumptions,
    scenarios: Sequence[str],
) -> tuple[UsedRows, ...]:
    """Return the table rows behind the economic indicators of ``row``.

    Parameters
    ----------
    row : mapping
        The roof (or the site's sums) with ``pv_peak_power_kwp`` and the ``eco_*``
        columns.
    params : ParameterSet
        The parameters of the results.
    assumptions : EconomicAssumptions
        The resolved assumptions of the run (tariff period, study date, factors).
    scenarios : sequence of str
        Scenarios shown on the sheet (``pv_surplus``, ``pv_total_sale``, ``thermal``).
    """
    tables = assumptions.tables
    date = pd.Timestamp(assumptions.study_date)
    # tariff class, unit cost and VAT follow the installation (the building's
    # facets together when the engine groups them), not the facet alone
    kwp = (
        _number(row, "eco_pv_installation_kwp")
        or _number(row, "pv_peak_power_kwp")
        or 0.0
    )
    pv = any(s.startswith("pv") for s in scenarios)
    thermal = "thermal" in scenarios
    out: list[UsedRows] = []
    if pv:
        out.append(UsedRows("pv_tariffs_s21", _tariff_rows(assumptions, kwp)))
        out.append(UsedRows("pv_costs", _bracket(tables["pv_costs"], "size_kwc", kwp)))
        out.append(
            UsedRows("vat_rates", _vat_rows(tables["vat_rates"], "pv", kwp, date))
        )
    energies = [("electricity", params.text("economics.electricity_tariff"))]
    if thermal:
        energy = _replaced_energy(row, params)
        profile = {
            "gas": "economics.gas_price_profile",
            "fuel_oil": "economics.fuel_oil_price_profile",
        }.get(energy)
        if profile is not None:
            energies.append((energy, params.text(profile)))
        elif energy != "electricity":
            energies = energies[:1]
    prices = [
        energy_price_row(tables["energy_prices"], e, t, assumptions.study_date)
        for e, t in energies
    ]
    out.append(UsedRows("energy_prices", pd.DataFrame(prices)))
    out.append(
        UsedRows("emission_factors", _factor_rows(assumptions, thermal, row, params))
    )
    if thermal:
        out.append(
            UsedRows(
                "thermal_costs",
                tables["thermal_costs"],
            )
        )
        out.append(
            UsedRows(
                "vat_rates",
                tables["vat_rates"][
                    tables["vat_rates"]["technology"] == "solar_thermal"
                ],
            )
        )
        aids = tables["aids"]
        category = aids["income_category"]
        own = category.isna() | (category == assumptions.mpr_income_category)
        out.append(
            UsedRows("aids", aids[(aids["technology"] == "solar_thermal") & own])
        )
    return tuple(u for u in out if len(u.rows))


def _tariff_rows(assumptions: EconomicAssumptions, kwp: float) -> pd.DataFrame:
    rows = assumptions.tariff_period.rows
    low = pd.to_numeric(rows["class_kwc_min"], errors="coerce").fillna(0.0)
    high = pd.to_numeric(rows["class_kwc_max"], errors="coerce").fillna(np.inf)
    chosen = rows[(low < kwp) & (kwp <= high)]
    return chosen if len(chosen) else rows


def _bracket(table: pd.DataFrame, column: str, size: float) -> pd.DataFrame:
    """The rows a unit cost is interpolated between (or the nearest end row)."""
    sizes = pd.to_numeric(table[column], errors="coerce").to_numpy(float)
    order = np.argsort(sizes)
    position = int(np.searchsorted(sizes[order], size))
    picks = order[max(position - 1, 0) : position + 1]
    return table.iloc[sorted(picks)]


def _vat_rows(
    table: pd.DataFrame, technology: str, kwp: float, date: pd.Timestamp
) -> pd.DataFrame:
    rows = table[table["technology"] == technology]
    low = pd.to_numeric(rows["size_kwc_min"], errors="coerce").fillna(0.0)
    high = pd.to_numeric(rows["size_kwc_max"], errors="coerce").fillna(np.inf)
    start = pd.to_datetime(rows["valid_from"], errors="coerce")
    end = pd.to_datetime(rows["valid_to"], errors="coerce")
    valid = (start.isna() | (start <= date)) & (end.isna() | (date <= end))
    size_ok = (low < kwp) & (kwp <= high) | ((kwp == 0) & (low == 0))
    return rows[valid & size_ok]


def _factor_rows(
    assumptions: EconomicAssumptions,
    thermal: bool,
    row: Mapping,
    params: ParameterSet,
) -> pd.DataFrame:
    factors = assumptions.tables["emission_factors"]
    value = pd.to_numeric(factors["kgco2e_per_kwh"], errors="coerce")
    used = (factors["energy"] == "electricity") & np.isclose(
        value, assumptions.grid_kgco2e_per_kwh
    )
    if thermal:
        energy = _replaced_energy(row, params)
        factor = assumptions.replaced_kgco2e_per_kwh.get(energy, np.nan)
        used |= (factors["energy"] == energy) & np.isclose(value, factor)
    chosen = factors[used]
    return chosen.drop_duplicates(subset=["energy", "kgco2e_per_kwh"])


def _replaced_energy(row: Mapping, params: ParameterSet) -> str:
    energy = row.get("heating_energy")
    if isinstance(energy, str) and energy.strip():
        return energy.strip()
    return params.text("economics.thermal_replaced_energy")


def economic_rows_for(
    row: Mapping, params: ParameterSet, detail
) -> tuple[UsedRows, ...]:
    """Table rows behind a sheet's economics: the detail's, else from the defaults.

    Parameters
    ----------
    row : mapping
        The roof (or the site's sums) with its ``eco_*`` columns.
    params : ParameterSet
        The parameters of the results.
    detail : EconomicDetail or None
        The economic detail of the sheet, which carries its rows when the economics
        engine ran for the sheet.
    """
    if detail is not None and detail.used_rows:
        return detail.used_rows
    import warnings

    from artois_energy_desk import ArtoisWarning
    from artois_energy_desk.core.economics import resolve_assumptions
    from artois_energy_desk.report.economics_content import available_scenarios

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArtoisWarning)  # stated by the economics
        assumptions = resolve_assumptions(params)
    return economic_rows_used(row, params, assumptions, available_scenarios(row))
