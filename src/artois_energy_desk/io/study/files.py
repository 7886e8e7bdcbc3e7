"""Save and open study files: one GeoPackage per study.

Layout of schema version 2 (every table is a GeoPackage table, so QGIS lists them):

==================  ===============================================================
Table               Content
==================  ===============================================================
``aed_metadata``    ``key``, ``value``: ``format``, ``schema_version``,
                    ``app_version``, ``saved_at``, ``created``, ``title``,
                    ``results_stale``; ``meta.<key>`` for the study's own metadata
``aed_tables``      one row per data table: ``table_name``, ``role`` (``layer`` or
                    ``results``), ``name``, ``position``, ``rows``, ``storage``
                    (``table``: a GeoPackage table of that name; ``arrow``: chunks
                    in ``aed_columnar``)
``aed_columns``     column catalogue (see :mod:`.frames`)
``aed_columnar``    ``table_name``, ``chunk``, ``data``: the rows of the ``arrow``
                    tables, 100 000 at a time, each chunk an LZ4-compressed Arrow
                    IPC stream [2]_ of the columns under their stored names
``aed_parameters``  the user's parameter values: ``name``, ``value``, ``value_type``
``aed_climate``     ``key``, ``value``: ``description``, ``weather_file``, ``period``
``aed_edits``       user edits: ``time``, ``kind``, ``target``, ``column_name``,
                    ``old_value``, ``new_value`` (JSON)
``aed_excluded``    ``building_id`` left out of the evaluation
``resultats``       for QGIS, the main result columns of every facet (``roof_id``,
                    suitability, power, yields, ...), to join to the roof layer;
                    the results themselves (every column) are stored as ``arrow``
other tables        the input layers (``toitures``...), with geometry when they have
==================  ===============================================================

Why the results are Arrow chunks: GDAL writes a GeoPackage table at about 7 µs per row
of 100 columns, so the 1,000,000 rows of a territory's results took 7 s to write,
against 0.5 s as compressed Arrow chunks (``benchmarks/bench_study.py``). Version 1
(every data table a GeoPackage table) is read and migrated.

References
----------
.. [1] OGC GeoPackage Encoding Standard 1.3, http://www.geopackage.org/spec/
.. [2] Apache Arrow Columnar Format, IPC streaming format (stable since 1.0),
   https://arrow.apache.org/docs/format/Columnar.html
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyogrio

from artois_energy_desk import InputError, __version__
from artois_energy_desk.core.progress import Progress, Task, run
from artois_energy_desk.core.study import (
    SCHEMA_VERSION,
    STUDY_FORMAT,
    Study,
    Tables,
    check_version,
    migrate,
)
from artois_energy_desk.io.study.atomic import atomic_destination
from artois_energy_desk.io.study.encoding import decode_study, encode_study
from artois_energy_desk.io.study.frames import EncodedFrame, read_types_mapper

__all__ = ["StudyHeader", "open_study", "open_study_task", "read_study_header",
           "save_study", "save_study_task"]

_log = logging.getLogger(__name__)

_SQLITE_MAGIC = b"SQLite format 3\x00"
_SMALL_PREFIX = "aed_"
#: Table of the Arrow chunks of the tables stored as ``arrow`` (the results).
_COLUMNAR_TABLE = "aed_columnar"
#: Rows per Arrow chunk.
_COLUMNAR_CHUNK_ROWS = 100_000
#: Data rows from which a study file gets 64 KiB pages.
_LARGE_STUDY_ROWS = 50_000
#: GDAL options while writing a temporary study file (see _unsynchronised_writes).
_FAST_WRITE_OPTIONS = {"OGR_SQLITE_SYNCHRONOUS": "OFF", "OGR_SQLITE_JOURNAL": "OFF"}


@dataclass(frozen=True)
class StudyHeader:
    """What a study file says about itself (read without loading the tables).

    Attributes
    ----------
    schema_version : int
        Layout version of the file.
    app_version : str
        Version of the application that wrote it.
    title : str
        Title of the study.
    saved_at : str
        When it was saved (ISO 8601).
    metadata : dict of str to str
        Every key of the metadata table.
    """

    schema_version: int
    app_version: str
    title: str
    saved_at: str
    metadata: dict[str, str] = field(default_factory=dict)


def save_study(study: Study, path: str | Path, *,
               extra_metadata: dict[str, str] | None = None) -> Path:
    """Save ``study`` to ``path`` atomically (see :func:`save_study_task`)."""
    return run(save_study_task(study, path, extra_metadata=extra_metadata))


def save_study_task(study: Study, path: str | Path, *,
                    extra_metadata: dict[str, str] | None = None) -> Task[Path]:
    """Save ``study`` as a GeoPackage, as a progress task returning the path.

    The file is written beside ``path`` under a temporary name and renamed over
    ``path`` only when complete; a failure or a cancellation leaves ``path`` as it
    was.

    Parameters
    ----------
    study : Study
        The study.
    path : str or path-like
        Destination (``.gpkg``).
    extra_metadata : dict, optional
        More ``key: value`` rows for the metadata table (recovery files).

    Raises
    ------
    StudySaveError
        The file could not be written (disk full, read-only, permission, locked);
        the message says the previous file is intact.
    """
    path = Path(path)
    yield Progress(0.0, "Préparation de l'enregistrement")
    encoded = encode_study(study, _system_metadata(extra_metadata))
    rows = sum(item.rows for item in (*encoded.tables.values(),
                                      *encoded.columnar.values()))
    with atomic_destination(path) as temporary, _unsynchronised_writes(rows):
        small = dict(encoded.small)
        _write_table(temporary, "aed_metadata", small.pop("aed_metadata"))
        steps = [*((name, item, _write_frame) for name, item in encoded.tables.items()),
                 *((name, item, _write_columnar)
                   for name, item in encoded.columnar.items()),
                 *((name, item, _write_frame) for name, item in encoded.views.items())]
        total = max(sum(item.rows for _, item, _ in steps), 1)
        done = 0
        for table_name, item, write in steps:
            write(temporary, table_name, item)
            done += item.rows
            yield Progress(0.05 + 0.9 * done / total, f"Enregistrement : {table_name}")
        for table_name, table in small.items():
            _write_table(temporary, table_name, table)
    _log.info("étude enregistrée : %s", path)
    yield Progress(1.0, "Étude enregistrée")
    return path


def open_study(path: str | Path) -> Study:
    """Open a study file (see :func:`open_study_task`)."""
    return run(open_study_task(path))


def open_study_task(path: str | Path) -> Task[Study]:
    """Read a study file, as a progress task returning the :class:`Study`.

    Files of an older layout are migrated; files of a newer layout are refused.

    Raises
    ------
    InputError
        Missing, empty, truncated or corrupt file, a GeoPackage that is not a study,
        or a study written by a newer version (French message naming the file).
    """
    path = Path(path)
    header = read_study_header(path)
    yield Progress(0.02, "Lecture de l'étude")
    tables = yield from _read_tables(path)
    tables = migrate(tables, header.schema_version)
    try:
        study = decode_study(tables)
    except (KeyError, ValueError, TypeError) as err:
        raise _damaged(path, f"tables incohérentes : {err}") from err
    _log.info("étude ouverte : %s (format %d, écrite par la version %s)", path,
              header.schema_version, header.app_version)
    yield Progress(1.0, "Étude ouverte")
    return study


def read_study_header(path: str | Path) -> StudyHeader:
    """Read the metadata table of a study file and check its format and version.

    Raises
    ------
    InputError
        Not a study file, damaged, or written by a newer version.
    """
    path = Path(path)
    _check_sqlite_file(path)
    try:
        with _connect_read_only(path) as connection:
            rows = connection.execute(
                'SELECT "key", "value" FROM "aed_metadata" ORDER BY "fid"').fetchall()
    except sqlite3.OperationalError as err:
        if "no such table" in str(err) or "no such column" in str(err):
            raise InputError(
                f"{path.name} : ce GeoPackage n'est pas une étude Artois Energy Desk "
                "(table « aed_metadata » absente) ; pour lire des toitures depuis ce "
                "fichier, utilisez l'import d'une liste de toitures.") from None
        raise _damaged(path, str(err)) from err
    except sqlite3.DatabaseError as err:
        raise _damaged(path, str(err)) from err
    metadata = {str(k): "" if v is None else str(v) for k, v in rows}
    return _header(path, metadata)


# -- writing ---------------------------------------------------------------------------
def _system_metadata(extra: dict[str, str] | None) -> dict[str, str]:
    return {"format": STUDY_FORMAT, "schema_version": str(SCHEMA_VERSION),
            "app_version": __version__,
            "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            **(extra or {})}


@contextmanager
def _unsynchronised_writes(rows: int) -> Iterator[None]:
    """Let SQLite skip its own syncs while writing the temporary file.

    The temporary file is flushed once, as a whole, before it replaces the
    destination (:func:`~.atomic.atomic_destination`); a crash before that leaves
    only the temporary file damaged, so SQLite's per-transaction syncs and rollback
    journal protect nothing here and cost one disk flush per table.

    A study of ``rows`` data rows or more gets 64 KiB pages (SQLite's largest; the
    page size is fixed when the file is created): its Arrow chunks are written and
    read back about 1.7 times faster than through chains of 4 KiB pages, while a
    small study stays small (64 KiB per table at least).
    """
    options = dict(_FAST_WRITE_OPTIONS)
    if rows >= _LARGE_STUDY_ROWS:
        options["OGR_SQLITE_PRAGMA"] = "page_size=65536"
    saved = {key: pyogrio.get_gdal_config_option(key) for key in options}
    pyogrio.set_gdal_config_options(options)
    try:
        yield
    finally:
        pyogrio.set_gdal_config_options(saved)


def _write_table(path: Path, layer: str, table: pa.Table) -> None:
    pyogrio.write_arrow(table, path, layer=layer, driver="GPKG")


def _write_columnar(path: Path, table_name: str, item: EncodedFrame) -> None:
    """Write ``item``'s rows to ``aed_columnar`` as LZ4-compressed Arrow IPC chunks.

    Each chunk of :data:`_COLUMNAR_CHUNK_ROWS` rows is one Arrow IPC stream (schema
    and one record batch) in one BLOB, far below SQLite's 1 GB limit on a value. The
    chunks are compressed one at a time as GDAL asks for them (one GDAL call for
    the whole table: opening the file again per chunk costs more than the chunk).
    """
    if item.table is None:  # a frame without columns: its row count is in aed_tables
        return
    schema = pa.schema([("table_name", pa.string()), ("chunk", pa.int64()),
                        ("data", pa.binary())])
    starts = range(0, max(item.rows, 1), _COLUMNAR_CHUNK_ROWS)
    batches = (pa.record_batch([pa.array([table_name]), pa.array([number]),
                                _blob(item.table.slice(start, _COLUMNAR_CHUNK_ROWS))],
                               schema=schema)
               for number, start in enumerate(starts))
    pyogrio.write_arrow(pa.RecordBatchReader.from_batches(schema, batches), path,
                        layer=_COLUMNAR_TABLE, driver="GPKG",
                        append=_layer_exists(path, _COLUMNAR_TABLE))


def _blob(table: pa.Table) -> pa.Array:
    """``table`` as one LZ4-compressed Arrow IPC stream, a one-value binary array."""
    sink = pa.BufferOutputStream()
    options = pa.ipc.IpcWriteOptions(compression="lz4")
    with pa.ipc.new_stream(sink, table.schema, options=options) as writer:
        writer.write_table(table)
    data = sink.getvalue()
    offsets = pa.py_buffer(np.array([0, data.size], dtype=np.int32))
    return pa.Array.from_buffers(pa.binary(), 1, [None, offsets, data])


def _layer_exists(path: Path, layer: str) -> bool:
    return path.exists() and layer in pyogrio.list_layers(path)[:, 0]


def _write_frame(path: Path, layer: str, item: EncodedFrame) -> None:
    table = item.table
    if table is None:  # a frame without columns: its row count is in aed_tables
        table = pa.table({"aed_empty": pa.nulls(0, pa.int64())})
    pyogrio.write_arrow(table, path, layer=layer, driver="GPKG",
                        geometry_name=item.geometry_name,
                        geometry_type=item.geometry_type, crs=item.crs)


# -- reading ---------------------------------------------------------------------------
def _check_sqlite_file(path: Path) -> None:
    if not path.is_file():
        raise InputError(f"{path} : fichier d'étude introuvable.")
    try:
        with path.open("rb") as stream:
            head = stream.read(100)
    except OSError as err:
        raise InputError(f"{path} : lecture impossible ({err.strerror}).") from None
    if not head:
        raise InputError(f"{path.name} : fichier vide ; ce n'est pas une étude "
                         "(GeoPackage .gpkg attendu).")
    if not head.startswith(_SQLITE_MAGIC):
        raise InputError(f"{path.name} : ce n'est pas une étude Artois Energy Desk "
                         "(GeoPackage .gpkg attendu) ou le fichier est endommagé.")
    _check_length(path, head)


def _check_length(path: Path, head: bytes) -> None:
    """Refuse a file shorter than the database size its SQLite header states."""
    if len(head) < 32:
        raise _damaged(path, "en-tête SQLite tronqué")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    expected = page_size * pages
    actual = path.stat().st_size
    if actual < expected:
        raise _damaged(path, f"fichier tronqué : {actual} octets sur {expected} "
                             "attendus")


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _header(path: Path, metadata: dict[str, str]) -> StudyHeader:
    if metadata.get("format") != STUDY_FORMAT:
        raise InputError(f"{path.name} : ce GeoPackage n'est pas une étude Artois "
                         f"Energy Desk (format « {metadata.get('format', '')} »).")
    text = metadata.get("schema_version", "")
    if not re.fullmatch(r"\d+", text):
        raise _damaged(path, f"version de format « {text} » illisible")
    version = int(text)
    check_version(version, path.name, metadata.get("app_version", ""))
    return StudyHeader(version, metadata.get("app_version", ""),
                       metadata.get("title", ""), metadata.get("saved_at", ""),
                       metadata)


def _read_tables(path: Path) -> Task[Tables]:
    try:
        with _connect_read_only(path) as connection:
            names = [row[0] for row in connection.execute(
                "SELECT table_name FROM gpkg_contents ORDER BY table_name")]
            small = {n: _read_small(connection, n) for n in names
                     if n.startswith(_SMALL_PREFIX) and n != _COLUMNAR_TABLE}
    except (sqlite3.DatabaseError, pd.errors.DatabaseError) as err:
        raise _damaged(path, str(err)) from err
    catalogue = small.get("aed_tables")
    if catalogue is None:
        raise _damaged(path, "table « aed_tables » absente")
    tables: Tables = dict(small)
    rows = catalogue.to_dict("records")
    for number, row in enumerate(rows, start=1):
        name = str(row["table_name"])
        if row.get("storage", "table") == "arrow":
            tables[name] = _read_columnar(path, name)
        elif name in names:
            tables[name] = _read_data(path, name)
        yield Progress(0.05 + 0.9 * number / len(rows), f"Lecture : {name}")
    return tables


def _read_columnar(path: Path, name: str) -> pd.DataFrame:
    """A data table stored as Arrow chunks, as GDAL would have read it."""
    try:
        with _connect_read_only(path) as connection:
            pieces = [pa.ipc.open_stream(pa.py_buffer(blob)).read_all()
                      for (blob,) in connection.execute(
                          f'SELECT "data" FROM "{_COLUMNAR_TABLE}" WHERE '
                          '"table_name" = ? ORDER BY "chunk"', (name,))]
    except (sqlite3.DatabaseError, pa.ArrowException, OSError) as err:
        raise _damaged(path, f"table « {name} » : {err}") from err
    if not pieces:
        return pd.DataFrame()
    table = pa.concat_tables(pieces)
    return table.to_pandas(types_mapper=read_types_mapper, split_blocks=True)


def _read_small(connection: sqlite3.Connection, name: str) -> pd.DataFrame:
    frame = pd.read_sql_query(f'SELECT * FROM "{name}" ORDER BY "fid"', connection)
    return frame.drop(columns="fid")


def _read_data(path: Path, name: str) -> pd.DataFrame:
    try:
        return pyogrio.read_dataframe(
            path, layer=name, use_arrow=True,
            arrow_to_pandas_kwargs={"types_mapper": read_types_mapper})
    except Exception as err:  # GDAL reports corruption with many exception types
        raise _damaged(path, f"table « {name} » : {err}") from err


def _damaged(path: Path, detail: str) -> InputError:
    return InputError(f"{path.name} : étude illisible, fichier endommagé ou incomplet "
                      f"({detail}). Si une copie de récupération existe, "
                      "l'application la propose au démarrage.")
