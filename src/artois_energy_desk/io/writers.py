"""Write result tables: CSV (plain or French), XLSX, GeoPackage, GeoJSON; atomically.

Every writer first writes a temporary file in the destination folder, flushes and
``fsync``-s it, then renames it over the destination (``os.replace``), so a crash or a
full disk never leaves a half-written file under the final name.

CSV writing is vectorised with pyarrow: both conventions format every column with
``pyarrow.compute`` and write the joined lines as one buffer per chunk of rows (the
chunks formatted on a few threads, written in order). The plain convention (comma,
decimal point, UTF-8) writes exactly the bytes of
:func:`pyarrow.csv.write_csv` (text quoted, numbers as their shortest round-trip
decimal), faster: a float column with few distinct values (rounded results, ratios,
empty system columns) is formatted once per distinct value, and a categorical column
once per category. The French convention (semicolon, decimal comma, UTF-8 with BOM, as
Excel in French expects) follows the same scheme.

References
----------
.. [1] Apache Arrow, ``pyarrow.csv.write_csv`` and ``pyarrow.compute`` documentation.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from artois_energy_desk import InputError
from artois_energy_desk.core.suffixes import SuffixTable
from artois_energy_desk.core.threads import ordered_map

__all__ = ["atomic_path", "fsync_folder", "fsync_path", "header_with_unit", "to_arrow",
           "write_table"]

_log = logging.getLogger(__name__)

_BOM = b"\xef\xbb\xbf"
_CHUNK_ROWS = 50_000
#: A float column is formatted once per distinct value when a sample of it holds at
#: most this share of distinct values: hashing then taking costs less than formatting
#: every value up to about half (measured on 100 000 rounded doubles: 2.0 ms instead
#: of 8.5 at 5 % distinct, 6.1 instead of 8.1 at 35 %, even at about 50 %).
_DISTINCT_SHARE = 0.4
_XLSX_MAX_ROWS = 1_048_575
#: Largest magnitude below which every whole float is an exact integer (2^53).
_EXACT_INTEGER = 2.0 ** 53
#: Unit shown after a column name, by name suffix.
_UNITS = SuffixTable((
    ("_kwh_per_kwp", "kWh/kWc"), ("_kwh_m2", "kWh/m²"), ("_eur_per_kwh", "€/kWh"),
    ("_eur_per_kwp", "€/kWc"), ("_kg_per_kwh", "kg/kWh"), ("_mwh_per_m", "MWh/m"),
    ("_mwh", "MWh"), ("_kwh", "kWh"), ("_kwp", "kWc"), ("_kw", "kW"), ("_m2", "m²"),
    ("_deg", "°"), ("_eur", "€"), ("_t_co2", "t CO2"), ("_kg_co2", "kg CO2"),
    ("_kg", "kg"), ("_years", "ans"), ("_pct", "%"), ("_mm", "mm"), ("_m", "m"),
))
_REJECT_HEADERS = {"file": "fichier", "row": "ligne", "roof_id": "identifiant",
                   "column": "colonne", "value": "valeur", "reason": "motif"}


def write_table(frame: pd.DataFrame, path: str | Path, *,
                assumptions: Sequence[str] | None = None,
                rejected: pd.DataFrame | None = None, french: bool = False,
                decimals: Mapping[str, int] | None = None) -> Path:
    """Write ``frame`` to ``path``, the format following the extension.

    Parameters
    ----------
    frame : pandas.DataFrame or geopandas.GeoDataFrame
        The table. A GeoDataFrame written to CSV/XLSX gets its geometry as WKT text.
    path : str or path-like
        ``.csv``, ``.xlsx``, ``.gpkg`` or ``.geojson``.
    assumptions : sequence of str, optional
        French sentences: an "Hypothèses" sheet (XLSX), a ``hypotheses`` table
        (GeoPackage), or a ``<name>_hypotheses.txt`` file beside a CSV/GeoJSON.
    rejected : pandas.DataFrame, optional
        Rejects table: a "Rejets" sheet (XLSX), a ``rejets`` table (GeoPackage), or a
        ``<name>_rejets.csv`` file beside a CSV/GeoJSON.
    french : bool
        CSV only: semicolon separator, decimal comma, UTF-8 with BOM.
    decimals : mapping of str to int, optional
        CSV and XLSX: float columns rounded to these decimals as they are written
        (``frame`` itself is not copied nor changed). GeoPackage and GeoJSON store
        binary doubles and keep full precision.

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    InputError
        Unsupported extension or a destination that cannot be written.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            _write_csv(frame, path, french, decimals)
            _write_sidecars(path, assumptions, rejected, french)
        elif suffix == ".xlsx":
            _write_xlsx(frame, path, assumptions, rejected, decimals)
        elif suffix in (".gpkg", ".geojson", ".json"):
            from artois_energy_desk.io.roofs.geo_writers import write_geo

            write_geo(frame, path, assumptions=assumptions, rejected=rejected)
            if suffix != ".gpkg":
                _write_sidecars(path, assumptions, rejected, french)
        else:
            raise InputError(f"{path.name} : format d'export « {suffix} » non pris en "
                             "charge (attendu : .csv, .xlsx, .gpkg ou .geojson).")
    except PermissionError as err:
        raise InputError(f"{path} : écriture impossible ({err.strerror}) ; le fichier "
                         "est peut-être ouvert dans un autre programme.") from None
    _log.info("%s écrit (%d lignes)", path, len(frame))
    return path


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success fsync it and replace ``path``.

    On error the temporary file is removed and ``path`` is left as it was.
    """
    temporary = path.with_name(f".{path.stem}.{os.getpid()}.tmp{path.suffix}")
    try:
        yield temporary
        fsync_path(temporary)
        os.replace(temporary, path)
        fsync_folder(path.parent)
    finally:
        if temporary.exists():
            temporary.unlink()


def fsync_path(path: Path) -> None:
    """Flush a written file to the disk."""
    descriptor = os.open(path, os.O_RDWR)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to the disk; no-op outside POSIX."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def header_with_unit(name: str) -> str:
    """Return ``name`` followed by its unit in brackets when its suffix names one.

    >>> header_with_unit("area_m2")
    'area_m2 [m²]'
    """
    unit = _UNITS.get(name)
    return name if unit is None else f"{name} [{unit}]"


def to_arrow(frame: pd.DataFrame, decimals: Mapping[str, int] | None = None, *,
             nan_as_null: bool = True) -> pa.Table:
    """Convert a DataFrame to an Arrow table for writing.

    NaN becomes null (an empty cell), geometry becomes WKT text, and object columns
    that Arrow cannot type are written as their text. Float columns named in
    ``decimals`` are rounded on the way (one column at a time, no copy of ``frame``).
    With ``nan_as_null=False`` float columns are taken as they are, NaN included,
    without a copy (for the CSV writers, which mask and round them chunk by chunk).
    """
    decimals = decimals or {}
    columns = {}
    for name in frame.columns:
        series = frame[name]
        if not nan_as_null and _is_numpy_float(series):
            columns[str(name)] = pa.array(series.to_numpy())
        else:
            columns[str(name)] = _arrow_column(series, decimals.get(name))
    return pa.table(columns)


def _is_numpy_float(series: pd.Series) -> bool:
    return pd.api.types.is_float_dtype(series.dtype) and isinstance(series.dtype,
                                                                    np.dtype)


def _arrow_column(series: pd.Series, decimals: int | None = None) -> pa.Array:
    if getattr(series.dtype, "name", "") == "geometry":
        return pa.array(series.to_wkt(), type=pa.string())
    if _is_numpy_float(series):
        return _float_array(series.to_numpy(), decimals)
    try:
        return pa.array(series, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        text = series.map(lambda value: None if _is_missing(value) else str(value))
        return pa.array(text, type=pa.string(), from_pandas=True)


def _float_array(values: np.ndarray, decimals: int | None) -> pa.Array:
    """Floats as Arrow (NaN as null), rounded to ``decimals`` when given.

    Rounded values that became -0.0 are written 0; rounded to whole numbers, they
    become integers (formatted 3x faster).
    """
    missing = np.isnan(values)
    if decimals is None:
        return pa.array(values, mask=missing)
    values = np.round(values, decimals)
    np.add(values, 0.0, out=values)  # -0.0 + 0.0 = 0.0: no "-0" in the files
    if decimals == 0 and not (np.abs(values) >= _EXACT_INTEGER).any():
        return pa.array(np.where(missing, 0.0, values).astype(np.int64), mask=missing)
    return pa.array(values, mask=missing)


def _chunk_arrays(table: pa.Table, start: int, rounding: list[int | None],
                  ) -> list[pa.Array]:
    """The columns of rows ``start`` to ``start + _CHUNK_ROWS``, floats rounded.

    Float columns get their NaN as nulls and are rounded here, chunk by chunk, on
    the writing threads.
    """
    arrays = []
    for column, decimals in zip(table.slice(start, _CHUNK_ROWS).columns, rounding,
                                strict=True):
        array = column.chunk(0) if column.num_chunks == 1 else column.combine_chunks()
        if pa.types.is_floating(array.type):
            array = _float_array(array.to_numpy(zero_copy_only=False), decimals)
        arrays.append(array)
    return arrays


def _is_missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _write_csv(frame: pd.DataFrame, path: Path, french: bool,
               decimals: Mapping[str, int] | None = None) -> None:
    # floats masked and rounded chunk by chunk, on the writing threads
    table = to_arrow(frame, nan_as_null=False)
    decimals = {str(name): digits for name, digits in (decimals or {}).items()}
    rounding = [decimals.get(name) for name in table.column_names]
    with atomic_path(path) as temporary, pa.OSFile(str(temporary), "wb") as sink:
        if french:
            _write_french_csv(table, rounding, sink)
        elif table.num_columns and all(_plain_supported(t) for t in table.schema.types):
            _write_plain_csv(table, rounding, sink)
        else:
            pacsv.write_csv(to_arrow(frame, decimals), sink)


def _plain_supported(kind: pa.DataType) -> bool:
    """Whether :func:`_plain_field` renders ``kind`` as ``pyarrow.csv`` does."""
    if pa.types.is_dictionary(kind):
        return _is_text(kind.value_type)
    return (pa.types.is_floating(kind) or pa.types.is_integer(kind)
            or pa.types.is_boolean(kind) or _is_text(kind))


def _is_text(kind: pa.DataType) -> bool:
    return pa.types.is_string(kind) or pa.types.is_large_string(kind)


def _write_plain_csv(table: pa.Table, rounding: list[int | None],
                     sink: pa.NativeFile) -> None:
    """Write ``table`` with the bytes of ``pyarrow.csv.write_csv`` (default options).

    Text values are quoted (inner quotes doubled), numbers and booleans are not, nulls
    are empty; column names are quoted. Float columns are rounded to ``rounding``
    decimals (None: as they are). Chunks of rows are formatted on a few threads
    (pyarrow's kernels and numpy release the GIL) and written in order.
    """
    header = pa.array([str(name) for name in table.column_names], type=pa.string())
    sink.write((",".join(_quote_all(header).to_pylist()) + "\n").encode("utf-8"))
    few_values = [_few_distinct(array) for array in _chunk_arrays(table, 0, rounding)]

    def lines(start: int) -> pa.Buffer:
        fields = [_plain_field(array, few)
                  for array, few in zip(_chunk_arrays(table, start, rounding),
                                        few_values, strict=True)]
        return _joined_lines(fields, ",")

    for buffer in ordered_map(lines, range(0, table.num_rows, _CHUNK_ROWS)):
        sink.write(buffer)


def _joined_lines(fields: list[pa.Array], separator: str) -> pa.Buffer:
    """The UTF-8 bytes of the rows of ``fields`` joined by ``separator``, one a line."""
    fields[-1] = pc.binary_join_element_wise(fields[-1], "", "\n",
                                             null_handling="replace",
                                             null_replacement="")
    rows = pc.binary_join_element_wise(*fields, separator, null_handling="replace",
                                       null_replacement="")
    return _string_bytes(rows)


def _few_distinct(column: pa.Array) -> bool:
    """Whether a float column sample has at most 40 % distinct values."""
    if not pa.types.is_floating(column.type) or len(column) == 0:
        return False
    distinct = pc.count_distinct(column, mode="all").as_py()
    return distinct <= _DISTINCT_SHARE * len(column)


def _plain_field(array: pa.Array, few_values: bool) -> pa.Array:
    """One column's text as ``pyarrow.csv.write_csv`` renders it."""
    kind = array.type
    if pa.types.is_dictionary(kind):
        return pc.take(_quote_all(pc.cast(array.dictionary, pa.string())),
                       array.indices)
    if _is_text(kind):
        return _quote_all(array)
    if few_values:
        encoded = pc.dictionary_encode(array)
        return pc.take(pc.cast(encoded.dictionary, pa.string()), encoded.indices)
    return pc.cast(array, pa.string())


def _quote_all(text: pa.Array) -> pa.Array:
    """Every non-null value in double quotes, inner quotes doubled (as string)."""
    if text.type != pa.string():
        text = pc.cast(text, pa.string())
    if pc.any(pc.match_substring(text, '"')).as_py():
        text = pc.replace_substring(text, '"', '""')
    return pc.binary_join_element_wise('"', text, '"', "")


def _write_french_csv(table: pa.Table, rounding: list[int | None],
                      sink: pa.NativeFile) -> None:
    sink.write(_BOM)
    header = pa.array([str(name) for name in table.column_names], type=pa.string())
    sink.write((";".join(_quote_french(header).to_pylist()) + "\n").encode("utf-8"))

    def lines(start: int) -> pa.Buffer:
        return _joined_lines([_french_field(array)
                              for array in _chunk_arrays(table, start, rounding)], ";")

    for buffer in ordered_map(lines, range(0, table.num_rows, _CHUNK_ROWS)):
        sink.write(buffer)


def _french_field(array: pa.Array) -> pa.Array:
    kind = array.type
    if pa.types.is_floating(kind):
        text = pc.cast(array, pa.string())
        return pc.replace_substring(text, ".", ",")
    if pa.types.is_boolean(kind):
        return pc.if_else(array, "VRAI", "FAUX")
    if pa.types.is_integer(kind):
        return pc.cast(array, pa.string())
    if pa.types.is_decimal(kind):
        return pc.replace_substring(pc.cast(array, pa.string()), ".", ",")
    if pa.types.is_dictionary(kind):
        array = array.dictionary_decode()
    return _quote_french(pc.cast(array, pa.string()))


def _quote_french(text: pa.Array) -> pa.Array:
    needs = pc.match_substring_regex(text, '[;"\\n\\r]')
    escaped = pc.replace_substring(text, '"', '""')
    quoted = pc.binary_join_element_wise('"', escaped, '"', "")
    return pc.if_else(needs, quoted, text)


def _string_bytes(lines: pa.Array) -> pa.Buffer:
    """Return the concatenated UTF-8 bytes of a string array without nulls."""
    lines = pc.cast(lines, pa.large_string()) if lines.type != pa.string() else lines
    offsets_buffer, data = lines.buffers()[1], lines.buffers()[2]
    width = np.int32 if lines.type == pa.string() else np.int64
    offsets = np.frombuffer(offsets_buffer, dtype=width)
    first, last = offsets[lines.offset], offsets[lines.offset + len(lines)]
    return data.slice(int(first), int(last - first))


def _write_sidecars(path: Path, assumptions, rejected, french: bool) -> None:
    if assumptions:
        text_path = path.with_name(f"{path.stem}_hypotheses.txt")
        with atomic_path(text_path) as temporary:
            temporary.write_text("\n".join(assumptions) + "\n", encoding="utf-8")
    if rejected is not None and len(rejected):
        _write_csv(rejected, path.with_name(f"{path.stem}_rejets.csv"), french)


def _write_xlsx(frame: pd.DataFrame, path: Path, assumptions, rejected,
                decimals: Mapping[str, int] | None = None) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    table = to_arrow(frame, decimals)
    headers = [header_with_unit(name) for name in table.column_names]
    for number, start in enumerate(range(0, max(table.num_rows, 1), _XLSX_MAX_ROWS)):
        title = "Résultats" if number == 0 else f"Résultats {number + 1}"
        _append_sheet(workbook, title, headers, table.slice(start, _XLSX_MAX_ROWS))
    sentences = list(assumptions or [])
    sheet = workbook.create_sheet("Hypothèses")
    sheet.append(["Hypothèse"])
    for sentence in sentences:
        sheet.append([sentence])
    rejects = rejected
    if rejects is None:
        rejects = pd.DataFrame(columns=list(_REJECT_HEADERS))
    reject_table = to_arrow(rejects)
    reject_headers = [_REJECT_HEADERS.get(n, n) for n in reject_table.column_names]
    _append_sheet(workbook, "Rejets", reject_headers, reject_table)
    with atomic_path(path) as temporary:
        workbook.save(temporary)


def _append_sheet(workbook, title: str, headers: list[str], table: pa.Table) -> None:
    sheet = workbook.create_sheet(title)
    sheet.append(headers)
    columns = [table.column(i).to_pylist() for i in range(table.num_columns)]
    for row in zip(*columns, strict=True):
        sheet.append(row)
