"""The closing section of every sheet: the assumptions and sources actually used.

A sheet lists the parameter groups whose engines contributed to its numbers, the
table rows the engines picked (:class:`UsedRows`), the climate, the application
version and the dates, in compact tables: name, value with its unit, status, start of
validity and a short source (the full source stays in the parameter file).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from artois_energy_desk.report.content import (
    Block,
    KeyValues,
    Paragraph,
    ReportContext,
    Section,
    Table,
)
from artois_energy_desk.report.formatting import MISSING, format_date, format_number
from artois_energy_desk.report.templates import text

__all__ = [
    "UsedRows",
    "provenance_section",
    "short_date",
    "short_source",
    "status_text",
    "validity_text",
]


@dataclass(frozen=True)
class UsedRows:
    """Rows of a parameter table that a sheet's numbers actually used.

    Parameters
    ----------
    table : str
        Name of the parameter table (``pv_tariffs_s21``...).
    rows : pandas.DataFrame
        The rows used, with their ``source`` and ``status`` columns.
    """

    table: str
    rows: pd.DataFrame


def provenance_section(
    context: ReportContext,
    prefixes: Sequence[str],
    used_rows: Iterable[UsedRows] = (),
    records: pd.DataFrame | None = None,
    skip: Collection[str] = (),
) -> Section:
    """Return the closing section: climate, version, dates, parameters and table rows.

    Only what the sheet used is listed: the parameter groups of ``prefixes`` and the
    table rows of ``used_rows``, in compact tables (name, value, status, date of
    validity, short source).

    Parameters
    ----------
    context : ReportContext
        Provenance of the results.
    prefixes : sequence of str
        Parameter groups the sheet's numbers depend on (``"pv"``, ``"economics"``...).
    used_rows : iterable of UsedRows
        Rows of parameter tables the sheet's numbers depend on.
    records : pandas.DataFrame, optional
        Parameter records to list instead of ``context.params.records()`` (the
        parameters stored with a result file).
    skip : collection of str
        Parameter names of these groups that did not apply to the sheet.
    """
    records = context.params.records() if records is None else records
    if skip:
        records = records[~records["name"].isin(set(skip))]
    blocks: list[Block] = [
        KeyValues(_provenance_rows(context)),
        Paragraph(text("assumptions.intro"), "note"),
        _parameter_table(records, prefixes),
    ]
    table_rows = [row for used in used_rows for row in _used_rows(used)]
    if table_rows:
        blocks.append(Paragraph(text("assumptions.tables_title"), "subtitle"))
        blocks.append(
            Table(
                (
                    text("assumptions.col_table"),
                    text("assumptions.col_row"),
                    text("assumptions.col_status"),
                    text("assumptions.col_valid_from"),
                    text("assumptions.col_source"),
                ),
                tuple(table_rows),
                (30.0, 62.0, 13.5, 12.5, 60.0),
                "lllll",
                font_size=_PROVENANCE_PT,
                wrap=True,
            )
        )
    blocks.append(Paragraph(text("assumptions.sources_note"), "note"))
    return Section(text("assumptions.section"), tuple(blocks))


#: Font size of the assumption tables [pt].
_PROVENANCE_PT = 5.5
#: Characters of a source that fit on one line of the source column.
_SOURCE_LINE_CHARS = 76
#: Longest first reference printed for a long source [characters].
_SOURCE_CHARS = 150
#: Columns of a table row that are provenance, not content.
_META_COLUMNS = ("source", "status", "valid_from", "valid_to")


def _provenance_rows(context: ReportContext) -> tuple[tuple[str, str], ...]:
    rows = [
        (text("assumptions.climate"), context.weather_source),
        (text("assumptions.version"), f"Artois Energy Desk {context.app_version}"),
    ]
    if context.computed is not None:
        rows.append((text("assumptions.computed"), format_date(context.computed)))
    rows.append((text("assumptions.report_date"), format_date(context.report_date)))
    if context.input_name:
        rows.append((text("assumptions.input"), context.input_name))
    return tuple(rows)


def _parameter_table(records: pd.DataFrame, prefixes: Sequence[str]) -> Table:
    wanted = records["name"].map(lambda name: name.split(".", 1)[0] in prefixes)
    rows = tuple(
        (
            record.name,
            _value_text(record.value, record.unit, record.name),
            status_text(record.status),
            short_date(record.valid_from),
            short_source(record.source),
        )
        for record in records[wanted].itertuples(index=False)
    )
    return Table(
        (
            text("assumptions.col_name"),
            text("assumptions.col_value"),
            text("assumptions.col_status"),
            text("assumptions.col_valid_from"),
            text("assumptions.col_source"),
        ),
        rows,
        (51.0, 16.0, 13.5, 12.5, 85.0),
        "lrlll",
        font_size=_PROVENANCE_PT,
        wrap=True,
    )


def _used_rows(used: UsedRows) -> list[tuple[str, ...]]:
    out = []
    content = [c for c in used.rows.columns if c not in _META_COLUMNS]
    for _, row in used.rows.iterrows():
        cells = [
            f"{column} {_cell_text(row[column])}"
            for column in content
            if _present(row[column]) and row[column] != ""
        ]
        out.append(
            (
                used.table,
                ", ".join(cells),
                status_text(row.get("status", "")),
                short_date(row.get("valid_from")),
                short_source(row.get("source", "")),
            )
        )
    return out


def _cell_text(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    return format_number(value, _decimals(float(value)))


def short_source(source: object) -> str:
    """Return a source as printed in the assumption tables.

    The project's reference folder prefix is dropped (``pv.md §3`` stays). A source
    longer than one table line keeps its first reference (up to the first ``;``),
    marked ``[…]``, and is cut at a word past :data:`_SOURCE_CHARS`; the full text is
    in the parameter file named in the note under the tables.
    """
    if not _present(source):
        return MISSING
    content = " ".join(str(source).replace("shared/reference/", "").split())
    if len(content) <= _SOURCE_LINE_CHARS:
        return content
    head = content.split("; ")[0]
    if len(head) > _SOURCE_CHARS:
        head = head[: _SOURCE_CHARS - 4].rsplit(" ", 1)[0].rstrip(" ;,:")
    return f"{head} […]"


def short_date(value: object) -> str:
    """Return a validity start as ``01/01/2026``, or a dash when there is none."""
    date = _as_date(value)
    return MISSING if date is None else date.strftime("%d/%m/%Y")


def _column(table: pd.DataFrame, name: str) -> list:
    if name not in table.columns:
        return []
    return [value for value in table[name].tolist() if _present(value)]


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and pd.isna(value))


def _as_date(value: object) -> dt.date | None:
    if not _present(value) or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return pd.Timestamp(str(value)).date()
    except ValueError:
        return None


#: Units of the parameter files written the French way on the sheets.
_UNITS = {
    "deg": "°",
    "C": "°C",
    "K": "K",
    "EUR/m": "€/m",
    "EUR/MWh": "€/MWh",
    "MWh/(m.yr)": "MWh/(m·an)",
    "MWh/yr": "MWh/an",
    "K.day/yr": "K·jour/an",
    "kgCO2/kWh": "kg CO2/kWh",
    "degC": "°C",
    "kWp": "kWc",
    "kWp/m2": "kWc/m²",
    "m2": "m²",
    "EUR": "€",
    "EUR/kWh": "€/kWh",
    "EUR/Wp": "€/Wc",
    "EUR/yr": "€/an",
    "EUR/(kWp.yr)": "€/(kWc.an)",
    "kWh/yr": "kWh/an",
    "yr": "ans",
    "1/yr": "/an",
    "kWh/kWp": "kWh/kWc",
    "kgCO2e/kWp": "kg CO2e/kWc",
    "month": "mois",
    "L/day": "L/jour",
    "L/(m2.day)": "L/(m².jour)",
    "W/(m2.K)": "W/(m².K)",
    "L/m2": "L/m²",
    "kWh/(m2.yr)": "kWh/(m².an)",
}


def _value_text(value: object, unit: str, name: str = "") -> str:
    if name.endswith("_year") and isinstance(value, int | float) and value >= 1900:
        return str(int(value))  # a calendar year, written without separator
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = format_number(value, _decimals(float(value)))
        if unit in ("", "-", "text"):
            return number
        unit = _UNITS.get(unit, unit)
        return f"{number}{unit}" if unit == "°" else f"{number}\u00a0{unit}"
    return str(value)


def _decimals(value: float) -> int:
    """Digits needed to print a parameter value exactly (up to 6)."""
    for digits in range(7):
        if abs(round(value, digits) - value) < 1e-9 * max(1.0, abs(value)):
            return digits
    return 6


def status_text(status: object) -> str:
    """Return the French word for a parameter status (``sourced`` -> ``sourcé``)."""
    key = f"assumptions.status_{status}"
    try:
        return text(key)
    except KeyError:
        return str(status)


def validity_text(start: object, end: object) -> str:
    """Return a validity period in words (``depuis le 1er janvier 2026``)."""
    start_date, end_date = _as_date(start), _as_date(end)
    if start_date is None and end_date is None:
        return text("assumptions.validity_none")
    if end_date is None:
        return text("assumptions.validity_from", start=format_date(start_date))
    return text(
        "assumptions.validity_range",
        start=format_date(start_date) if start_date else MISSING,
        end=format_date(end_date),
    )
