"""DataFrames to GeoPackage tables and back, with their column names and types.

A GeoPackage (SQLite) column has one of a few types and a case-insensitive name, and
GDAL reserves ``fid`` and the geometry column. So every data table of a study is
written with a column catalogue (table ``aed_columns``): for each column its original
name, the name stored in the file (the same when it is safe, ``col_<n>`` otherwise)
and its pandas dtype, which is restored on reading. A non-default index is stored as
a column and restored too.

Round trip: float, integer (also nullable), boolean, text, category and
timezone-aware or naive datetime columns come back with their dtype; datetimes at
millisecond precision (GeoPackage stores ISO 8601 text); object columns holding
anything but text come back as text; NUL characters in text (which GDAL truncates)
are replaced by U+FFFD and logged.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import shapely

__all__ = ["COLUMN_CATALOGUE", "EncodedFrame", "decode_frame", "encode_frame",
           "read_types_mapper"]

_log = logging.getLogger(__name__)

#: Columns of the ``aed_columns`` catalogue.
COLUMN_CATALOGUE = ("table_name", "position", "role", "name", "stored", "dtype",
                    "categories")
#: Stored name of a non-default index.
INDEX_COLUMN = "aed_index"
_RESERVED = {"fid", "geom", "geometry", INDEX_COLUMN}
_SAFE_NAME = re.compile(r'^[^"\x00-\x1f\[\]`]{1,120}$')
_INT64_MAX = np.iinfo(np.int64).max


@dataclass(frozen=True)
class EncodedFrame:
    """A frame ready for GDAL and the catalogue rows describing it.

    Attributes
    ----------
    table : pyarrow.Table or None
        Columns under their stored names, types GeoPackage can hold, geometry as
        WKB; ``None`` for a frame without columns.
    columns : list of dict
        Catalogue rows (keys :data:`COLUMN_CATALOGUE`).
    rows : int
        Number of rows.
    geometry_name, geometry_type, crs : str or None
        Geometry column, OGC geometry type and CRS (WKT) of a geometry table.
    """

    table: pa.Table | None
    columns: list[dict]
    rows: int
    geometry_name: str | None = None
    geometry_type: str | None = None
    crs: str | None = None


def encode_frame(frame: pd.DataFrame, table_name: str) -> EncodedFrame:
    """Prepare ``frame`` to be written as GeoPackage table ``table_name``.

    Raises
    ------
    ValueError
        Duplicate column names or a MultiIndex (the study never builds such frames).
    """
    if frame.columns.has_duplicates:
        raise ValueError(f"{table_name}: duplicate column names")
    geometry = _geometry_name(frame)
    names = [str(c) for c in frame.columns]
    stored_names = _stored_names(names, geometry)
    columns = _index_rows(frame)
    arrays = {}
    if columns:
        index = pd.Series(frame.index.to_numpy(), dtype=frame.index.dtype,
                          name=INDEX_COLUMN)
        arrays[INDEX_COLUMN] = _arrow_column(index, table_name)
    for position, (name, stored) in enumerate(zip(names, stored_names, strict=True)):
        series = frame.iloc[:, position]
        role = "geometry" if stored == "geometry" else "column"
        columns.append(_catalogue_row(position, role, name, stored, series.dtype))
        if role == "column":
            arrays[stored] = _arrow_column(series.rename(name), table_name)
    for row in columns:
        row["table_name"] = table_name
    if geometry is None:
        return EncodedFrame(pa.table(arrays) if arrays else None, columns,
                            len(frame))
    shapes = frame[geometry]
    arrays["geometry"] = pa.array(shapely.to_wkb(shapes.to_numpy()), pa.binary())
    crs = None if shapes.crs is None else shapes.crs.to_wkt()
    return EncodedFrame(pa.table(arrays), columns, len(frame), "geometry",
                        _geometry_type(shapes), crs)


def decode_frame(stored: pd.DataFrame, columns: pd.DataFrame,
                 rows: int | None = None) -> pd.DataFrame:
    """Rebuild the original frame from a table read back and its catalogue rows.

    Parameters
    ----------
    stored : pandas.DataFrame or geopandas.GeoDataFrame
        The table as read (stored names; the geometry column named ``geometry``).
    columns : pandas.DataFrame
        Its rows of the column catalogue.
    rows : int, optional
        Row count saved, used for a frame without any column.

    Raises
    ------
    KeyError
        A catalogued column is missing from ``stored``.
    """
    data: dict[str, pd.Series] = {}
    index = None
    geometry = None
    for row in columns.sort_values("position", kind="stable").itertuples(index=False):
        source = "geometry" if row.role == "geometry" else row.stored
        if source not in stored.columns:
            raise KeyError(row.stored)
        if row.role == "geometry":
            geometry = row.name
            data[row.name] = stored[source]
        elif row.role == "index":
            values = _cast(stored[source], row.dtype, row.categories)
            name = None if row.name == INDEX_COLUMN else row.name
            index = pd.Index(values)
            index.name = name
        else:
            data[row.name] = _cast(stored[source], row.dtype, row.categories)
    length = len(stored) if len(columns) or rows is None else rows
    # No copy: the columns are fresh from the file (copying would consolidate them).
    frame = pd.DataFrame(data, index=pd.RangeIndex(length), copy=False)
    if geometry is not None:
        import geopandas as gpd

        frame = gpd.GeoDataFrame(frame, geometry=geometry, crs=stored.crs)
    if index is not None:
        frame.index = index
    return frame


def read_types_mapper(arrow_type: pa.DataType) -> object:
    """Arrow-to-pandas mapping keeping nulls in integer and boolean columns."""
    if pa.types.is_integer(arrow_type):
        return pd.Int64Dtype()
    if pa.types.is_boolean(arrow_type):
        return pd.BooleanDtype()
    return None


# -- internals -------------------------------------------------------------------------
def _geometry_name(frame: pd.DataFrame) -> str | None:
    name = getattr(frame, "_geometry_column_name", None)
    return name if name is not None and name in frame.columns else None


def _index_rows(frame: pd.DataFrame) -> list[dict]:
    """Catalogue row of the index, or none when it is the default one."""
    index = frame.index
    default = isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1
    if default and index.name is None:
        return []
    if isinstance(index, pd.MultiIndex):
        raise ValueError("a study table cannot have a MultiIndex")
    name = INDEX_COLUMN if index.name is None else str(index.name)
    return [_catalogue_row(-1, "index", name, INDEX_COLUMN, index.dtype)]


def _stored_names(names: list[str], geometry: str | None) -> list[str]:
    taken: set[str] = set()
    stored = []
    for position, name in enumerate(names):
        safe = (_SAFE_NAME.match(name) is not None and name.lower() not in _RESERVED
                and name.lower() not in taken and not name.lower().startswith("col_"))
        chosen = name if safe else f"col_{position}"
        if name == geometry:
            chosen = "geometry"
        taken.add(chosen.lower())
        stored.append(chosen)
    return stored


def _catalogue_row(position: int, role: str, name: str, stored: str, dtype) -> dict:
    return {"table_name": "", "position": position, "role": role, "name": str(name),
            "stored": stored, "dtype": str(dtype), "categories": _categories(dtype)}


def _categories(dtype) -> str | None:
    """JSON of the categories and order of a categorical dtype (``None`` otherwise)."""
    if not isinstance(dtype, pd.CategoricalDtype):
        return None
    try:
        categories = [c.replace("\x00", "\ufffd") if isinstance(c, str) else c
                      for c in dtype.categories.tolist()]  # as the values are stored
        return json.dumps({"categories": categories, "ordered": bool(dtype.ordered)},
                          default=_json_scalar)
    except TypeError:
        return None


def _json_scalar(value: object) -> object:
    item = getattr(value, "item", None)
    if callable(item):
        return item()
    raise TypeError(type(value).__name__)


def _arrow_column(series: pd.Series, table_name: str) -> pa.Array:
    """``series`` as an Arrow array of a type GDAL writes without loss."""
    dtype = series.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        labels = _categorical_text(series)
        if labels is not None:
            return _without_nul(labels, table_name, series.name)
        return _arrow_column(series.astype(dtype.categories.dtype), table_name)
    if pd.api.types.is_unsigned_integer_dtype(dtype):
        if len(series) and series.max() > _INT64_MAX:
            return _text(series.astype(str), table_name)
        return pa.array(series, pa.int64(), from_pandas=True)
    if isinstance(dtype, pd.StringDtype):
        text = pa.array(series.array, from_pandas=True)
        return _without_nul(_single_chunk(text).cast(pa.string()), table_name,
                            series.name)
    if pd.api.types.is_string_dtype(dtype) or pd.api.types.is_object_dtype(dtype):
        return _text(series, table_name)
    return pa.array(series, from_pandas=True)


def _categorical_text(series: pd.Series) -> pa.Array | None:
    """Labels of a categorical of text, taken from its codes (``None`` otherwise)."""
    try:
        codes = pa.array(series.array)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    kind = codes.type
    if not (pa.types.is_dictionary(kind) and (pa.types.is_string(kind.value_type)
                                              or pa.types.is_large_string(
                                                  kind.value_type))):
        return None
    return codes.dictionary_decode().cast(pa.string())


def _text(series: pd.Series, table_name: str) -> pa.Array:
    """Text column as an Arrow string array, NUL characters replaced."""
    if pd.api.types.infer_dtype(series, skipna=True) not in ("string", "empty"):
        series = series.astype(object).where(series.isna(), series.map(
            str, na_action="ignore")).astype(object)
    text = pa.array(series, type=pa.string(), from_pandas=True)
    return _without_nul(_single_chunk(text), table_name, series.name)


def _single_chunk(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    if isinstance(values, pa.ChunkedArray):
        return values.combine_chunks()
    return values


def _without_nul(text: pa.Array, table_name: str, name: object) -> pa.Array:
    """``text`` with NUL characters (which GDAL truncates at) replaced by U+FFFD.

    The character data is first scanned as bytes (a NUL byte is a NUL character
    in UTF-8); only a column holding one is searched value by value.
    """
    data = text.buffers()[2]
    if data is None or np.frombuffer(data, dtype=np.uint8).all():
        return text
    if not pc.any(pc.match_substring(text, "\x00")).as_py():
        return text
    _log.warning("%s.%s : caractère NUL remplacé par U+FFFD", table_name, name)
    return pc.replace_substring(text, "\x00", "\ufffd")


def _geometry_type(shapes) -> str:
    """OGC type shared by every geometry, ``"Unknown"`` when they differ."""
    kinds = set(shapes.geom_type.dropna().unique())
    return kinds.pop() if len(kinds) == 1 else "Unknown"


def _cast(series: pd.Series, dtype: str, categories: str | None = None) -> pd.Series:
    """``series`` read back, converted to the dtype it was saved with."""
    try:
        if isinstance(categories, str) and categories:
            spec = json.loads(categories)
            return series.astype(pd.CategoricalDtype(spec["categories"],
                                                     ordered=spec["ordered"]))
        if str(series.dtype) == dtype:
            return series
        if dtype == "object":
            return series.astype(object).where(series.notna(), None)
        if dtype.startswith("uint") and series.dtype == object:
            return series.map(int).astype(dtype)
        return series.astype(dtype)
    except (TypeError, ValueError) as err:
        _log.warning("colonne %s : type %s non restauré (%s)", series.name, dtype, err)
        return series
