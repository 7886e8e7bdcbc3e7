"""Sheet content for one roof facet: identity, plan, PV, solar thermal, economics, CO2.

The numbers come from one result row of the evaluation (columns of the data contract:
``pv_*``, ``thermal_*``, ``eco_*``, ``co2_*``); sections whose columns are absent are
left out rather than printed empty.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from artois_energy_desk.report.content import (
    Chart,
    Charts,
    KeyValues,
    Paragraph,
    ReportContext,
    Section,
    Sheet,
)
from artois_energy_desk.report.economic_rows import economic_rows_for
from artois_energy_desk.report.economics_content import (
    EconomicDetail,
    available_scenarios,
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
from artois_energy_desk.report.templates import has_text, text
from artois_energy_desk.report.used_parameters import unused_parameters

__all__ = [
    "MONTH_COLUMNS",
    "degrees",
    "orientation_text",
    "pv_section",
    "roof_sheet",
    "value",
]

#: Monthly PV yield columns, January to December.
MONTH_COLUMNS = tuple(f"pv_yield_m{m:02d}_kwh" for m in range(1, 13))
_CARDINALS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")
_UNCERTAINTY = "report.yield_uncertainty_pct"


def value(row: Mapping, name: str) -> float | None:
    """Return ``row[name]`` as a float, or None when absent, empty or not numeric."""
    raw = row.get(name)
    try:
        number = float(raw)
    except (TypeError, ValueError):
        return None
    return number if np.isfinite(number) else None


def _text_value(row: Mapping, name: str) -> str | None:
    raw = row.get(name)
    if raw is None or (isinstance(raw, float) and np.isnan(raw)) or raw is pd.NA:
        return None
    content = str(raw).strip()
    return content or None


def roof_sheet(
    row: Mapping,
    context: ReportContext,
    economics: EconomicDetail | None = None,
) -> Sheet:
    """Return the sheet of one roof facet.

    Parameters
    ----------
    row : mapping
        One result row (a ``pandas.Series`` or a dict), optionally with a shapely
        ``geometry`` in a projected CRS [m] for the plan.
    context : ReportContext
        Parameters, climate and version behind the row.
    economics : EconomicDetail, optional
        Year-by-year cash flows and sensitivity of the roof (payback curves and
        tornado charts); without it the economics section shows the row's
        indicators only.
    """
    roof_id = _text_value(row, "roof_id") or MISSING
    sections = [identity_section(row), pv_section(row, context.params)]
    prefixes = ["pv", "report"]
    thermal = thermal_section(row)
    if thermal is not None:
        sections.append(thermal)
        if value(row, "thermal_collector_area_m2"):
            prefixes.append("thermal")
    eco = economics_section(row, economics, context.params)
    if eco is not None:
        sections.append(eco)
        prefixes.append("economics")
    co2 = co2_section(row)
    if co2 is not None:
        sections.append(co2)
    used = economic_rows_for(row, context.params, economics) if eco is not None else ()
    skip = unused_parameters(
        list(context.params),
        _text_value(row, "pv_mounting"),
        available_scenarios(row) if eco is not None else (),
    )
    sections.append(provenance_section(context, prefixes, used, skip=skip))
    return Sheet(
        kind="roof",
        name=str(roof_id),
        title=text("roof.title", roof_id=roof_id),
        subtitle=text(
            "roof.subtitle",
            commune=_text_value(row, "commune_name") or text("common.unknown"),
            building=_text_value(row, "building_id") or text("common.unknown"),
        ),
        sections=tuple(sections),
        footer=context.footer(),
    )


def identity_section(row: Mapping) -> Section:
    """Return the facet's identity block with its plan (or orientation diagram)."""
    rows = [
        (text("roof.roof_id"), _text_value(row, "roof_id") or MISSING),
        (text("roof.building_id"), _text_value(row, "building_id") or MISSING),
        (text("roof.commune"), _commune(row)),
        (text("roof.epci"), _epci(row)),
        (text("roof.position"), _position(row)),
        (text("roof.area"), format_quantity(value(row, "area_m2"), "m²", 1)),
        (text("roof.tilt"), degrees(value(row, "tilt_deg"))),
        (
            text("roof.azimuth"),
            orientation_text(value(row, "azimuth_deg"), value(row, "tilt_deg")),
        ),
    ]
    use = _text_value(row, "building_use")
    if use is not None:
        label = f"building_use.{use.lower()}"
        rows.append(
            (text("roof.building_use"), text(label) if has_text(label) else use)
        )
    consumption = value(row, "annual_electricity_kwh")
    if consumption is not None:
        rows.append(
            (
                text("roof.annual_electricity"),
                format_quantity(consumption, "kWh/an"),
            )
        )
    blocks: list = [KeyValues(tuple(rows))]
    blocks.append(Charts((_plan_chart(row),), height_mm=48.0))
    if _geometry(row) is None:
        blocks.append(Paragraph(text("roof.plan_missing"), "note"))
    return Section(text("roof.section_identity"), tuple(blocks))


def _plan_chart(row: Mapping) -> Chart:
    geometry = _geometry(row)
    if geometry is not None:
        return Chart(
            "plan",
            {"geometries": [geometry], "labels": [_text_value(row, "roof_id") or ""]},
            text("roof.plan_title"),
        )
    return Chart(
        "orientation",
        {
            "tilt_deg": value(row, "tilt_deg") or 0.0,
            "azimuth_deg": value(row, "azimuth_deg") or 180.0,
        },
        text("roof.orientation_title"),
    )


def _geometry(row: Mapping):
    geometry = row.get("geometry")
    if geometry is None or getattr(geometry, "is_empty", True):
        return None
    return geometry


def _commune(row: Mapping) -> str:
    name = _text_value(row, "commune_name")
    code = _text_value(row, "commune_insee")
    if name and code:
        return f"{name} ({code})"
    return name or code or MISSING


def _position(row: Mapping) -> str:
    lat, lon = value(row, "latitude"), value(row, "longitude")
    if lat is None or lon is None:
        return MISSING
    return f"{format_number(lat, 5)}° N, {format_number(lon, 5)}° E"


def degrees(angle: float | None) -> str:
    """Return an angle in whole degrees, the sign glued to the number (``41°``)."""
    number = format_number(angle, 0)
    return number if number == MISSING else f"{number}°"


def orientation_text(azimuth_deg: float | None, tilt_deg: float | None = None) -> str:
    """Return an azimuth with its compass point (``204° (sud-ouest)``).

    Azimuths follow the pvlib convention (0 = north, 90 = east, 180 = south).
    """
    if azimuth_deg is None:
        return MISSING
    if tilt_deg is not None and tilt_deg < 1.0:
        return text("orientation.flat")
    sector = int(((azimuth_deg % 360.0) + 22.5) // 45.0) % 8
    return text(
        "orientation.value",
        azimuth=degrees(azimuth_deg),
        cardinal=text(f"orientation.{_CARDINALS[sector]}"),
    )


def pv_section(row: Mapping, params) -> Section:
    """Return the photovoltaic section: sizing, yield, its range, monthly chart."""
    kwp = value(row, "pv_peak_power_kwp")
    if not kwp:
        return Section(text("pv.section"), (Paragraph(text("pv.no_potential")),))
    yield_kwh = value(row, "pv_annual_yield_kwh")
    rows = [
        (text("pv.mounting"), _mounting(row)),
        (
            text("pv.module_plane"),
            f"{degrees(value(row, 'pv_tilt_deg'))}, "
            f"{orientation_text(value(row, 'pv_azimuth_deg'))}",
        ),
        (
            text("pv.usable_area"),
            format_quantity(value(row, "pv_usable_area_m2"), "m²", 1),
        ),
        (
            text("pv.module_area"),
            format_quantity(value(row, "pv_module_area_m2"), "m²", 1),
        ),
        (text("pv.peak_power"), format_quantity(kwp, "kWc", 1)),
        (text("pv.annual_yield"), format_quantity(yield_kwh, "kWh/an")),
        (
            text("pv.specific_yield"),
            format_quantity(value(row, "pv_specific_yield_kwh_per_kwp"), "kWh/kWc"),
        ),
        (text("pv.poa"), format_quantity(value(row, "poa_annual_kwh_m2"), "kWh/m²")),
        (
            text("pv.performance_ratio"),
            format_number(value(row, "pv_performance_ratio"), 2),
        ),
        (text("pv.shading"), _shading(row)),
    ]
    rows.extend(_self_consumption_rows(row))
    blocks: list = [KeyValues(tuple(rows))]
    blocks.extend(_range_blocks(yield_kwh, params))
    blocks.extend(_checks(row, params))
    monthly = [value(row, c) for c in MONTH_COLUMNS]
    if all(m is not None for m in monthly):
        blocks.append(
            Charts(
                (Chart("monthly", {"kwh": monthly}, text("pv.monthly_title")),),
                height_mm=55.0,
            )
        )
    return Section(text("pv.section"), tuple(blocks))


def _mounting(row: Mapping) -> str:
    mounting = _text_value(row, "pv_mounting")
    key = f"pv.mounting_{mounting}"
    return text(key) if mounting and has_text(key) else (mounting or MISSING)


def _shading(row: Mapping) -> str:
    loss = format_percent(value(row, "pv_shading_loss"), 0)
    source = _text_value(row, "pv_shading_source")
    key = f"pv.shading_{source}"
    return f"{loss} ({text(key)})" if source and has_text(key) else loss


def _self_consumption_rows(row: Mapping) -> list[tuple[str, str]]:
    kwh = value(row, "pv_self_consumed_kwh")
    if kwh is None:
        return []
    rows = [
        (
            text("pv.self_consumption"),
            text(
                "pv.self_consumption_value",
                kwh=format_quantity(kwh, "kWh/an"),
                share=format_percent(value(row, "pv_self_consumption_rate")),
            ),
        )
    ]
    sufficiency = value(row, "pv_self_sufficiency_rate")
    if sufficiency is not None:
        rows.append((text("pv.self_sufficiency"), format_percent(sufficiency)))
    return rows


def yield_range(yield_kwh: float, params) -> tuple[float, float, float]:
    """Return ``(low, high, pct)``: the printed range of an annual yield [kWh].

    The half-width is the parameter ``report.yield_uncertainty_pct`` [%].
    """
    pct = params.value(_UNCERTAINTY)
    return yield_kwh * (1 - pct / 100), yield_kwh * (1 + pct / 100), pct


def _range_blocks(yield_kwh: float | None, params) -> list:
    if yield_kwh is None or _UNCERTAINTY not in params:
        return []
    low, high, pct = yield_range(yield_kwh, params)
    pct_text = format_quantity(pct, "%")
    band = text(
        "pv.yield_range_value",
        low=format_number(_round_range(low)),
        high=format_quantity(_round_range(high), "kWh/an"),
    )
    return [
        KeyValues(((text("pv.yield_range", pct=pct_text), band),)),
        Paragraph(
            text("pv.uncertainty_basis", pct=pct_text, name=_UNCERTAINTY), "note"
        ),
    ]


def _round_range(kwh: float) -> float:
    """Round a range bound to two significant digits at most (no false precision)."""
    if kwh <= 0:
        return 0.0
    digits = max(int(np.floor(np.log10(kwh))) - 1, 0)
    return round(kwh, -digits)


def _checks(row: Mapping, params) -> list[Paragraph]:
    out = []
    pr = value(row, "pv_performance_ratio")
    names = ("report.pr_plausible_min", "report.pr_plausible_max")
    if pr is not None and all(n in params for n in names):
        low, high = (params.value(n) for n in names)
        if not low <= pr <= high:
            out.append(
                Paragraph(
                    text(
                        "pv.check_pr",
                        value=format_number(pr, 2),
                        low=format_number(low, 2),
                        high=format_number(high, 2),
                        source="pv.md §4",
                    ),
                    "warning",
                )
            )
    specific = value(row, "pv_specific_yield_kwh_per_kwp")
    limit_name = "report.specific_yield_plausible_max_kwh_per_kwp"
    if specific is not None and limit_name in params:
        limit = params.value(limit_name)
        if specific > limit:
            out.append(
                Paragraph(
                    text(
                        "pv.check_yield",
                        value=format_quantity(specific, "kWh/kWc"),
                        limit=format_quantity(limit, "kWh/kWc"),
                        source="pv.md §4",
                    ),
                    "warning",
                )
            )
    return out


def thermal_section(row: Mapping) -> Section | None:
    """Return the solar-thermal section, or None when the row has no thermal result."""
    if "thermal_annual_kwh" not in row:
        return None
    area = value(row, "thermal_collector_area_m2")
    if not area:
        return Section(text("thermal.section"), (Paragraph(text("thermal.none")),))
    annual = value(row, "thermal_annual_kwh")
    rows = (
        (text("thermal.collector_area"), format_quantity(area, "m²", 1)),
        (text("thermal.annual"), format_quantity(annual, "kWh/an")),
        (
            text("thermal.specific"),
            format_quantity(annual / area if annual is not None else None, "kWh/m²"),
        ),
        (
            text("thermal.solar_fraction"),
            format_percent(value(row, "thermal_solar_fraction")),
        ),
    )
    return Section(text("thermal.section"), (KeyValues(rows),))


def _epci(row) -> str:
    """The intercommunality's name with its SIREN code when both are known."""
    code, name = _text_value(row, "epci"), _text_value(row, "epci_name")
    if code and name:
        return f"{name} ({code})"
    return name or code or MISSING
