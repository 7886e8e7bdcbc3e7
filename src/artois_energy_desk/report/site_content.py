"""Sheet content for a site: several facets (of one or several buildings) together.

Extensive quantities (areas, kWp, kWh, euros, kg) are summed over the facets; the
specific yield is recomputed from the sums. Indicators that do not add up (internal
rate of return, levelised cost) are not printed for the site; its payback times come
from the summed year-by-year cash flows.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from artois_energy_desk.report.content import (
    Chart,
    Charts,
    KeyValues,
    ReportContext,
    Section,
    Sheet,
    Table,
)
from artois_energy_desk.report.economics_content import (
    EconomicDetail,
    co2_section,
    economics_section,
)
from artois_energy_desk.report.formatting import (
    MISSING,
    format_number,
    format_percent,
    format_quantity,
)
from artois_energy_desk.report.provenance import provenance_section
from artois_energy_desk.report.roof_content import MONTH_COLUMNS
from artois_energy_desk.report.templates import text

__all__ = ["site_sheet", "site_totals"]

_NOT_ADDITIVE = ("_irr", "_lcoe_eur_per_kwh", "_payback_years", "_tariff_eur_per_kwh")


def site_totals(rows: pd.DataFrame, detail: EconomicDetail | None = None) -> dict:
    """Return the site's summed result row (a mapping like one facet's row)."""
    totals: dict = {}
    for column in rows.columns:
        series = rows[column]
        if column.endswith(_NOT_ADDITIVE) or not pd.api.types.is_numeric_dtype(series):
            continue
        if (
            column.startswith(("pv_", "thermal_", "eco_", "co2_"))
            or column == "area_m2"
        ):
            totals[column] = float(series.sum(min_count=1))
    kwp, kwh = totals.get("pv_peak_power_kwp"), totals.get("pv_annual_yield_kwh")
    totals["pv_specific_yield_kwh_per_kwp"] = kwh / kwp if kwp else np.nan
    for name in ("pv_self_consumption_rate", "pv_self_sufficiency_rate"):
        totals.pop(name, None)
    if detail is not None:
        for scenario, flows in detail.cash_flows.items():
            prefix = {
                "pv_surplus": "eco_pv_",
                "pv_total_sale": "eco_pv_total_sale_",
                "thermal": "eco_th_",
            }[scenario]
            totals[f"{prefix}payback_years"] = _payback(flows, "cumulative_eur")
            totals[f"{prefix}discounted_payback_years"] = _payback(
                flows, "cumulative_discounted_eur"
            )
    return totals


def _payback(flows: pd.DataFrame, column: str) -> float:
    """First year where the cumulative cash flow turns positive (interpolated)."""
    cumulative = flows[column].to_numpy(float)
    years = flows["year"].to_numpy(float)
    positive = np.flatnonzero(cumulative >= 0)
    positive = positive[positive > 0]
    if not len(positive):
        return np.nan
    k = positive[0]
    step = cumulative[k] - cumulative[k - 1]
    return float(years[k - 1] - cumulative[k - 1] / step) if step else float(years[k])


def site_sheet(
    rows: pd.DataFrame,
    context: ReportContext,
    name: str,
    economics: EconomicDetail | None = None,
) -> Sheet:
    """Return the sheet of a site made of the facets ``rows``.

    Parameters
    ----------
    rows : pandas.DataFrame
        The facets' result rows (optionally with shapely ``geometry`` in metres).
    context : ReportContext
        Provenance of the results.
    name : str
        The site's name, printed in the title.
    economics : EconomicDetail, optional
        Cash flows and sensitivity of the site as a whole.
    """
    totals = site_totals(rows, economics)
    sections = [_summary_section(rows, totals), _facets_section(rows)]
    prefixes = ["pv", "report"]
    if "thermal_annual_kwh" in rows.columns:
        prefixes.append("thermal")
    eco = economics_section(totals, economics, context.params)
    if eco is not None:
        sections.append(eco)
        prefixes.append("economics")
    co2 = co2_section(totals)
    if co2 is not None:
        sections.append(co2)
    used = economics.used_rows if (eco is not None and economics is not None) else ()
    sections.append(provenance_section(context, prefixes, used))
    communes = sorted({str(c) for c in rows.get("commune_name", pd.Series()).dropna()})
    buildings = rows["building_id"].nunique() if "building_id" in rows else len(rows)
    return Sheet(
        kind="site",
        name=name,
        title=text("site.title", site=name),
        subtitle=text(
            "site.subtitle",
            commune=", ".join(communes) or text("common.unknown"),
            count=format_number(len(rows)),
            buildings=format_number(buildings),
        ),
        sections=tuple(sections),
        footer=context.footer(),
    )


def _summary_section(rows: pd.DataFrame, totals: dict) -> Section:
    kv = [
        (text("site.facets"), format_number(len(rows))),
        (text("site.roof_area"), format_quantity(totals.get("area_m2"), "m²")),
        (
            text("pv.peak_power"),
            format_quantity(totals.get("pv_peak_power_kwp"), "kWc", 1),
        ),
        (
            text("pv.annual_yield"),
            format_quantity(totals.get("pv_annual_yield_kwh"), "kWh/an"),
        ),
        (
            text("pv.specific_yield"),
            format_quantity(totals.get("pv_specific_yield_kwh_per_kwp"), "kWh/kWc"),
        ),
    ]
    self_kwh = totals.get("pv_self_consumed_kwh")
    produced = totals.get("pv_annual_yield_kwh")
    if self_kwh is not None and produced:
        kv.append(
            (
                text("pv.self_consumption"),
                text(
                    "pv.self_consumption_value",
                    kwh=format_quantity(self_kwh, "kWh/an"),
                    share=format_percent(self_kwh / produced),
                ),
            )
        )
    if "thermal_annual_kwh" in totals:
        kv.append(
            (
                text("thermal.annual"),
                format_quantity(totals["thermal_annual_kwh"], "kWh/an"),
            )
        )
    charts = [_plan(rows)]
    if all(c in totals for c in MONTH_COLUMNS):
        charts.append(
            Chart(
                "monthly",
                {"kwh": [totals[c] for c in MONTH_COLUMNS]},
                text("pv.monthly_title"),
            )
        )
    blocks: list = [KeyValues(tuple(kv))]
    present = tuple(c for c in charts if c is not None)
    if present:
        blocks.append(Charts(present, 60.0))
    return Section(text("site.section_summary"), tuple(blocks))


def _plan(rows: pd.DataFrame) -> Chart | None:
    if "geometry" not in rows.columns:
        return None
    geometries = [g for g in rows["geometry"] if g is not None and not g.is_empty]
    if not geometries:
        return None
    return Chart("plan", {"geometries": geometries}, text("site.plan_title"))


def _facets_section(rows: pd.DataFrame) -> Section:
    def cell(row, column, decimals=0):
        value = row.get(column)
        return MISSING if value is None else format_number(value, decimals)

    body = []
    for _, row in rows.iterrows():
        body.append(
            (
                str(row.get("roof_id", MISSING)),
                str(row.get("building_id", MISSING)),
                cell(row, "area_m2", 1),
                cell(row, "tilt_deg"),
                cell(row, "azimuth_deg"),
                cell(row, "pv_peak_power_kwp", 1),
                cell(row, "pv_annual_yield_kwh"),
                cell(row, "pv_specific_yield_kwh_per_kwp"),
            )
        )
    header = tuple(
        text(f"site.col_{k}")
        for k in (
            "roof",
            "building",
            "area",
            "tilt",
            "azimuth",
            "kwp",
            "kwh",
            "specific",
        )
    )
    table = Table(
        header, tuple(body), (2.4, 2.0, 1.1, 0.8, 0.9, 0.9, 1.1, 1.0), "llrrrrrr", 7.5
    )
    return Section(text("site.section_facets"), (table,))
