"""Sheet content for the economics (per scenario) and the CO2 avoided.

Indicators come from the ``eco_*`` and ``co2_*`` columns written by
:func:`artois_energy_desk.core.economics.evaluate_economics`; the payback curves and
tornado charts come from an :class:`EconomicDetail` (year-by-year cash flows and
one-at-a-time sensitivity of the same engine), when one is given.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from artois_energy_desk.report.content import (
    Chart,
    Charts,
    KeyValues,
    Paragraph,
    Section,
    Table,
)
from artois_energy_desk.report.formatting import (
    format_eur,
    format_percent,
    format_quantity,
    format_years,
)
from artois_energy_desk.report.provenance import UsedRows
from artois_energy_desk.report.templates import text

__all__ = [
    "ECONOMIC_TABLES",
    "SCENARIO_PREFIXES",
    "EconomicDetail",
    "co2_section",
    "economics_section",
]

#: Parameter tables behind the economic and CO2 columns.
ECONOMIC_TABLES = (
    "pv_tariffs_s21",
    "vat_rates",
    "pv_costs",
    "thermal_costs",
    "energy_prices",
    "emission_factors",
    "aids",
)
#: Column prefix of each scenario's indicators.
SCENARIO_PREFIXES = {
    "pv_surplus": "eco_pv_",
    "pv_total_sale": "eco_pv_total_sale_",
    "thermal": "eco_th_",
}
_GAIN_COLUMNS = {
    "pv_surplus": (
        "eco_pv_savings_eur_per_year",
        "eco_pv_surplus_revenue_eur_per_year",
    ),
    "pv_total_sale": ("eco_pv_total_sale_revenue_eur_per_year",),
    "thermal": ("eco_th_savings_eur_per_year",),
}


@dataclass(frozen=True)
class EconomicDetail:
    """Year-by-year cash flows and sensitivity tables, by scenario.

    Parameters
    ----------
    cash_flows : mapping of str to DataFrame
        :func:`~artois_energy_desk.core.economics.cash_flows` tables (columns
        ``year``, ``cumulative_eur``, ``cumulative_discounted_eur``...).
    sensitivity : mapping of str to DataFrame
        :func:`~artois_energy_desk.core.economics.sensitivity` tables (NPV).
    discount_rate : float
        Real discount rate used [1/yr].
    include_vat : bool
        Whether amounts include VAT.
    notes : tuple of str
        Warnings of the economics engine (stale tariffs...), printed on the sheet.
    used_rows : tuple of UsedRows
        Rows of the economic parameter tables behind the indicators, listed in the
        assumptions of the sheet.
    """

    cash_flows: Mapping[str, pd.DataFrame] = field(default_factory=dict)
    sensitivity: Mapping[str, pd.DataFrame] = field(default_factory=dict)
    discount_rate: float | None = None
    include_vat: bool = True
    notes: tuple[str, ...] = ()
    used_rows: tuple[UsedRows, ...] = ()


def _value(row: Mapping, name: str) -> float | None:
    raw = row.get(name)
    try:
        number = float(raw)
    except (TypeError, ValueError):
        return None
    return number if np.isfinite(number) else None


def available_scenarios(row: Mapping) -> list[str]:
    """Return the scenarios whose indicators the row carries (with an investment)."""
    out = []
    for scenario, prefix in SCENARIO_PREFIXES.items():
        capex = _value(row, f"{prefix}capex_eur")
        if scenario == "pv_total_sale":
            capex = _value(row, "eco_pv_capex_eur")
        if capex and _value(row, f"{prefix}npv_eur") is not None:
            out.append(scenario)
    return out


def economics_section(
    row: Mapping, detail: EconomicDetail | None, params
) -> Section | None:
    """Return the economics section, or None when the row has no economic result."""
    scenarios = available_scenarios(row)
    if not scenarios:
        return None
    detail = detail or EconomicDetail()
    vat = text("economics.vat_ttc" if detail.include_vat else "economics.vat_ht")
    blocks: list = [_indicator_table(row, scenarios)]
    tariff = _tariff_text(row)
    if tariff is not None:
        blocks.append(Paragraph(tariff))
    blocks.append(Paragraph(_discount_note(params, detail), "note"))
    blocks.extend(Paragraph(note, "warning") for note in detail.notes)
    blocks.extend(_charts(detail, scenarios))
    return Section(text("economics.section", vat=vat), tuple(blocks))


def _indicator_table(row: Mapping, scenarios: list[str]) -> Table:
    labels = (
        ("capex", "capex_eur", format_eur),
        ("aid", None, format_eur),
        ("net_investment", None, format_eur),
        ("yearly_gain", None, format_eur),
        ("npv", "npv_eur", format_eur),
        ("irr", "irr", lambda v: format_percent(v, 1)),
        ("payback", "payback_years", _payback),
        ("discounted_payback", "discounted_payback_years", _payback),
        ("lcoe", "lcoe_eur_per_kwh", lambda v: format_quantity(v, "€/kWh", 3)),
    )
    rows = []
    for key, suffix, fmt in labels:
        cells = [text(f"economics.{key}")]
        for scenario in scenarios:
            cells.append(fmt(_indicator(row, scenario, key, suffix)))
        rows.append(tuple(cells))
    header = (text("economics.indicator"),) + tuple(
        text(f"economics.scenario_{s}") for s in scenarios
    )
    widths = (3.0,) + (2.0,) * len(scenarios)
    return Table(header, tuple(rows), widths, "l" + "r" * len(scenarios), 8.0)


def _indicator(row: Mapping, scenario: str, key: str, suffix: str | None):
    prefix = SCENARIO_PREFIXES[scenario]
    pv = scenario.startswith("pv")
    if key == "capex":
        return _value(row, "eco_pv_capex_eur" if pv else "eco_th_capex_eur")
    if key == "aid":
        if scenario == "pv_surplus":
            return _value(row, "eco_pv_premium_eur")
        return 0.0 if scenario == "pv_total_sale" else _value(row, "eco_th_aid_eur")
    if key == "net_investment":
        if scenario == "pv_total_sale":
            return _value(row, "eco_pv_capex_eur")
        return _value(
            row, "eco_pv_net_investment_eur" if pv else "eco_th_net_investment_eur"
        )
    if key == "yearly_gain":
        parts = [_value(row, c) for c in _GAIN_COLUMNS[scenario]]
        return None if any(p is None for p in parts) else sum(parts)
    return _value(row, f"{prefix}{suffix}")


def _payback(years: float | None) -> str:
    if years is None:
        return text("economics.payback_never")
    return format_years(years, 1)


def _tariff_text(row: Mapping) -> str | None:
    period = row.get("eco_pv_tariff_period")
    klass = row.get("eco_pv_tariff_class")
    surplus = _value(row, "eco_pv_surplus_tariff_eur_per_kwh")
    total = _value(row, "eco_pv_total_sale_tariff_eur_per_kwh")
    if period is None or surplus is None:
        return None
    key = "economics.tariff_value" if total is not None else "economics.tariff_surplus"
    return text(
        key,
        period=period,
        klass=klass,
        surplus=format_quantity(surplus, "€/kWh", 4),
        total=format_quantity(total, "€/kWh", 4),
    )


def _discount_note(params, detail: EconomicDetail) -> str:
    rate = detail.discount_rate
    if rate is None and "economics.discount_rate" in params:
        rate = params.value("economics.discount_rate")
    years = None
    if "economics.pv_lifetime_years" in params:
        years = params.value("economics.pv_lifetime_years")
    return text(
        "economics.discount_note",
        rate=format_percent(rate, 1),
        years=format_years(years, 0),
    )


def _charts(detail: EconomicDetail, scenarios: list[str]) -> list:
    """One payback chart with every scenario, then a tornado chart per scenario.

    Charts go two to a band: the cumulative cash flows of all scenarios share one
    chart (same years and euros), which keeps a three-scenario sheet to two bands.
    """
    series = []
    for scenario in scenarios:
        flows = detail.cash_flows.get(scenario)
        if flows is not None and len(flows):
            series.append(
                {
                    "label": text(f"economics.scenario_{scenario}"),
                    "year": flows["year"].to_numpy(float),
                    "cumulative_eur": flows["cumulative_eur"].to_numpy(float),
                    "cumulative_discounted_eur": flows[
                        "cumulative_discounted_eur"
                    ].to_numpy(float),
                }
            )
    charts = []
    if series:
        charts.append(
            Chart("payback", {"series": series}, text("economics.payback_all_title"))
        )
    for scenario in scenarios:
        table = detail.sensitivity.get(scenario)
        if table is not None and len(table):
            label = text(f"economics.scenario_{scenario}")
            charts.append(
                Chart(
                    "tornado",
                    {
                        "labels": [_tornado_label(r) for r in table.itertuples()],
                        "low_delta": table["low_delta"].to_numpy(float),
                        "high_delta": table["high_delta"].to_numpy(float),
                        "base": float(table["base_value"].iloc[0]),
                    },
                    text("economics.tornado_title", scenario=label),
                )
            )
    return [
        Charts(tuple(charts[k : k + 2]), height_mm=58.0, columns=2)
        for k in range(0, len(charts), 2)
    ]


def _tornado_label(row) -> str:
    """Variable name, with its low / high inputs when they are short."""
    inputs = f"{row.low_input} / {row.high_input}"
    return f"{row.label} ({inputs})" if len(inputs) <= 13 else str(row.label)


def co2_section(row: Mapping) -> Section | None:
    """Return the CO2 section, or None when the row has no ``co2_*`` column."""
    items = (
        ("pv_year", "co2_pv_avoided_kg_per_year", "kg CO2/an"),
        ("pv_lifetime", "co2_pv_avoided_lifetime_kg", "t CO2"),
        ("pv_lifecycle", "co2_pv_lifecycle_kg", "t CO2"),
        ("pv_net", "co2_pv_net_avoided_lifetime_kg", "t CO2"),
        ("thermal_year", "co2_thermal_avoided_kg_per_year", "kg CO2/an"),
        ("thermal_lifetime", "co2_thermal_avoided_lifetime_kg", "t CO2"),
    )
    rows = []
    no_thermal = not _value(row, "thermal_collector_area_m2")
    for key, column, unit in items:
        amount = _value(row, column)
        if amount is None or (key.startswith("thermal") and no_thermal):
            continue
        if unit.startswith("t "):
            shown = format_quantity(amount / 1000.0, unit, 1)
        else:
            shown = format_quantity(amount, unit)
        rows.append((text(f"co2.{key}"), shown))
    if not rows:
        return None
    return Section(text("co2.section"), (KeyValues(tuple(rows)),))
