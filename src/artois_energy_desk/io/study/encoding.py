"""A :class:`~artois_energy_desk.core.study.Study` as tables, and back.

:func:`encode_study` turns a study into the data tables (layers and results, with
their column catalogue), the QGIS copy of the main result columns and the small
``aed_*`` tables of the file layout described in
:mod:`artois_energy_desk.io.study.files`; :func:`decode_study` does the reverse on
tables read (and migrated) from a file. Neither touches a file.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass

import pandas as pd
import pyarrow as pa

from artois_energy_desk.core.study import ClimateSource, Edit, Study, Tables
from artois_energy_desk.io.study.frames import (
    COLUMN_CATALOGUE,
    EncodedFrame,
    decode_frame,
    encode_frame,
)

__all__ = ["RESULTS_TABLE", "EncodedStudy", "decode_study", "encode_study"]

#: Table holding the evaluation results.
RESULTS_TABLE = "resultats"
#: Result columns copied into the GeoPackage table ``resultats`` for QGIS (joined to
#: the roof layer on ``roof_id``); the application reads the results, every column
#: at full precision, from their Arrow chunks. Few: each column costs about 0.1 s
#: per 1,000,000 facets to write through GDAL.
QGIS_RESULT_COLUMNS = (
    "roof_id", "pv_suitability", "roof_use", "pv_peak_power_kwp",
    "pv_annual_yield_kwh", "pv_specific_yield_kwh_per_kwp", "thermal_annual_kwh",
    "eco_pv_npv_eur", "co2_avoided_kg_per_year",
)
_TABLE_COLUMNS = ("table_name", "role", "name", "position", "rows", "storage")
_EDIT_COLUMNS = ("time", "kind", "target", "column_name", "old_value", "new_value")
_CLIMATE_KEYS = ("description", "weather_file", "period")
_META_PREFIX = "meta."
_RESERVED_TABLES = re.compile(r"^(aed_|gpkg_|rtree_|sqlite_)|^resultats$", re.I)


@dataclass(frozen=True)
class EncodedStudy:
    """A study as the tables of its file.

    Attributes
    ----------
    tables : dict of str to EncodedFrame
        Data tables stored as GeoPackage tables (the layers), by table name.
    columnar : dict of str to EncodedFrame
        Data tables stored as Arrow chunks (the results), by table name.
    views : dict of str to EncodedFrame
        GeoPackage tables for QGIS only (a copy of the main result columns); the
        application does not read them back.
    small : dict of str to pyarrow.Table
        The ``aed_*`` tables.
    """

    tables: dict[str, EncodedFrame]
    columnar: dict[str, EncodedFrame]
    views: dict[str, EncodedFrame]
    small: dict[str, pa.Table]


def encode_study(study: Study, system_metadata: dict[str, str]) -> EncodedStudy:
    """Return the tables of ``study``'s file.

    Parameters
    ----------
    study : Study
        The study.
    system_metadata : dict of str to str
        Format, version and save time rows of the metadata table.
    """
    names = _table_names(list(study.layers))
    frames = {names[name]: ("layer", name, "table", frame)
              for name, frame in study.layers.items()}
    if study.results is not None:
        frames[RESULTS_TABLE] = ("results", RESULTS_TABLE, "arrow", study.results)
    data = {table: encode_frame(frame, table)
            for table, (*_, frame) in frames.items()}
    views = ({RESULTS_TABLE: _qgis_view(data[RESULTS_TABLE])}
             if RESULTS_TABLE in data else {})
    catalogue = [{"table_name": table, "role": role, "name": name,
                  "position": position, "rows": len(frame), "storage": storage}
                 for position, (table, (role, name, storage, frame))
                 in enumerate(frames.items())]
    columns = [row for item in data.values() for row in item.columns]
    small = {
        "aed_metadata": _key_values(_metadata(study, system_metadata)),
        "aed_tables": _arrow(catalogue, _TABLE_COLUMNS, {"position", "rows"}),
        "aed_columns": _arrow(columns, COLUMN_CATALOGUE, {"position"}),
        "aed_parameters": _arrow(_parameter_rows(study),
                                 ("name", "value", "value_type")),
        "aed_climate": _key_values(_climate(study.climate)),
        "aed_edits": _arrow([_edit_row(e) for e in study.edits], _EDIT_COLUMNS),
        "aed_excluded": _arrow([{"building_id": b} for b in
                                sorted(study.excluded_buildings)], ("building_id",)),
    }
    storage = {table: frames[table][2] for table in data}
    return EncodedStudy(
        tables={t: item for t, item in data.items() if storage[t] == "table"},
        columnar={t: item for t, item in data.items() if storage[t] == "arrow"},
        views=views, small=small)


def decode_study(tables: Tables) -> Study:
    """Rebuild a study from the tables of a file (already migrated).

    Raises
    ------
    KeyError, ValueError
        A table or column the layout requires is missing or inconsistent.
    """
    metadata = _pairs(tables["aed_metadata"])
    columns = tables["aed_columns"]
    layers, results = {}, None
    for row in tables["aed_tables"].sort_values("position").itertuples(index=False):
        frame = decode_frame(tables[row.table_name],
                             columns[columns["table_name"] == row.table_name],
                             int(row.rows))
        if len(frame) != int(row.rows):
            raise ValueError(f"table « {row.table_name} » : {len(frame)} lignes lues, "
                             f"{int(row.rows)} enregistrées")
        if row.role == "results":
            results = frame
        else:
            layers[row.name] = frame
    return Study(
        layers=layers, results=results,
        parameters=_parameters(tables["aed_parameters"]),
        climate=_climate_source(_pairs(tables["aed_climate"])),
        edits=tuple(_edit(row) for row in tables["aed_edits"].to_dict("records")),
        excluded_buildings=frozenset(tables["aed_excluded"]["building_id"].astype(str)),
        results_stale=metadata.get("results_stale") == "1",
        title=metadata.get("title", ""), created=metadata.get("created", ""),
        metadata={k[len(_META_PREFIX):]: v for k, v in metadata.items()
                  if k.startswith(_META_PREFIX)},
    )


# -- encoding helpers ------------------------------------------------------------------
def _qgis_view(results: EncodedFrame) -> EncodedFrame:
    """The :data:`QGIS_RESULT_COLUMNS` of the encoded results (no catalogue rows)."""
    stored = {row["name"]: row["stored"] for row in results.columns
              if row["role"] == "column"}
    shown = [stored[name] for name in QGIS_RESULT_COLUMNS if name in stored]
    return EncodedFrame(results.table.select(shown) if shown else None, [],
                        results.rows)


def _table_names(layer_names: list[str]) -> dict[str, str]:
    """GeoPackage table name of each layer: its name when plain, else a slug."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for position, name in enumerate(layer_names):
        slug = _slug(name) or f"couche_{position}"
        if _RESERVED_TABLES.match(slug) or slug in taken:
            slug = f"couche_{position}_{slug}"[:60]
        taken.add(slug)
        names[name] = slug
    return names


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9_]+", "_", ascii_name.lower()).strip("_")[:50]


def _metadata(study: Study, system: dict[str, str]) -> dict[str, str]:
    return {**system, "created": study.created, "title": study.title,
            "results_stale": "1" if study.results_stale else "0",
            **{_META_PREFIX + str(k): str(v) for k, v in study.metadata.items()}}


def _climate(climate: ClimateSource | None) -> dict[str, str]:
    if climate is None:
        return {}
    return {"description": climate.description,
            "weather_file": climate.weather_file or "", "period": climate.period}


def _parameter_rows(study: Study) -> list[dict]:
    return [{"name": name,
             "value": value if isinstance(value, str) else repr(float(value)),
             "value_type": "text" if isinstance(value, str) else "number"}
            for name, value in sorted(study.parameters.items())]


def _edit_row(edit: Edit) -> dict:
    return {"time": edit.time, "kind": edit.kind, "target": edit.target,
            "column_name": edit.column,
            "old_value": json.dumps(edit.old_value, default=_json_scalar),
            "new_value": json.dumps(edit.new_value, default=_json_scalar)}


def _json_scalar(value: object) -> object:
    """NumPy scalars as plain Python values for JSON."""
    item = getattr(value, "item", None)
    if callable(item):
        return item()
    raise TypeError(f"cannot store {type(value).__name__} in the edit log")


def _key_values(pairs: dict[str, str]) -> pa.Table:
    return _arrow([{"key": k, "value": v} for k, v in pairs.items()], ("key", "value"))


def _arrow(rows: list[dict], columns: tuple[str, ...],
           integers: set[str] = frozenset()) -> pa.Table:
    return pa.table({c: pa.array([row[c] for row in rows],
                                 pa.int64() if c in integers else pa.string())
                     for c in columns})


# -- decoding helpers ------------------------------------------------------------------
def _pairs(frame: pd.DataFrame) -> dict[str, str]:
    return {str(k): "" if v is None else str(v)
            for k, v in zip(frame["key"], frame["value"], strict=True)}


def _parameters(frame: pd.DataFrame) -> dict[str, float | str]:
    return {str(row["name"]): float(row["value"]) if row["value_type"] == "number"
            else str(row["value"]) for row in frame.to_dict("records")}


def _climate_source(pairs: dict[str, str]) -> ClimateSource | None:
    if not pairs:
        return None
    return ClimateSource(pairs.get("description", ""),
                         pairs.get("weather_file") or None, pairs.get("period", ""))


def _edit(row: dict) -> Edit:
    return Edit(kind=str(row["kind"]), target=str(row["target"]),
                column=str(row["column_name"] or ""),
                old_value=json.loads(row["old_value"]),
                new_value=json.loads(row["new_value"]), time=str(row["time"]))
