"""Read a delimited text file of roofs into a raw table (no validation yet).

The dialect (encoding, separator, decimal mark) is detected from the bytes and stated in
French. Clean files are parsed by pyarrow's multi-threaded CSV reader with the canonical
numeric columns typed directly; a file whose numbers do not all parse is re-read with
every column as text (the validator then says which values are wrong); a file whose
rows do not all have the header's number of fields is read by the standard ``csv``
module so that each faulty row can be reported instead of failing the whole file.

References
----------
.. [1] Apache Arrow, "Reading CSV files", pyarrow.csv documentation.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv

from artois_energy_desk import InputError
from artois_energy_desk.io.roofs.columns import NUMERIC_COLUMNS, match_columns
from artois_energy_desk.io.roofs.model import RoofImportOptions

__all__ = ["RawTable", "read_raw_csv"]

_log = logging.getLogger(__name__)

_SEPARATORS = (";", ",", "\t", "|")
_SEPARATOR_NAMES = {";": "point-virgule", ",": "virgule", "\t": "tabulation",
                    "|": "barre verticale"}
_SAMPLE_BYTES = 256 * 1024
_COMMA_DECIMAL = re.compile(r"^\s*-?\d+,\d+\s*$")
_POINT_DECIMAL = re.compile(r"^\s*-?\d+\.\d+\s*$")
_LEADING_BLANK = re.compile(rb"\A(?:[ \t\r]*\n)+")


@dataclass
class RawTable:
    """A table as read, before validation.

    Attributes
    ----------
    frame : pandas.DataFrame
        Columns named as in the file (made unique); canonical numeric columns may be
        float64 already, every other column is text.
    source_row : numpy.ndarray
        1-based data row number of each frame row.
    input_rows : int
        Data rows in the file, including rows that could not be split into fields.
    parse_rejects : pandas.DataFrame
        Rows rejected while splitting fields (columns ``row``, ``value``, ``reason``).
    mapping : dict
        ``{canonical name: header}`` of recognised columns.
    assumptions : list of str
        What was detected, in French.
    """

    frame: pd.DataFrame
    source_row: np.ndarray
    input_rows: int
    mapping: dict[str, str]
    parse_rejects: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=["row", "value", "reason"]))
    assumptions: list[str] = field(default_factory=list)


def read_raw_csv(path: Path, options: RoofImportOptions) -> RawTable:
    """Read a CSV/TSV file into a :class:`RawTable`.

    Raises
    ------
    InputError
        Empty file, binary or undecodable content, no data rows, or a ``column_map``
        naming headers that are not in the file.
    """
    data = path.read_bytes()
    notes: list[str] = []
    data = _to_utf8(path, data, options.encoding, notes)
    data = _LEADING_BLANK.sub(b"", data)
    data, separator = _strip_sep_line(data, options.separator)
    sample = _sample_lines(data)
    if not sample or not sample[0].strip():
        raise InputError(f"{path.name} : le fichier est vide (attendu : une ligne "
                         "d'en-tête puis une ligne par pan de toiture).")
    separator = separator or _detect_separator(sample)
    headers = _unique_headers(next(csv.reader([sample[0]], delimiter=separator)))
    decimal = options.decimal or _detect_decimal(sample[1:], separator)
    notes.append(f"Séparateur de champs : {_SEPARATOR_NAMES.get(separator, separator)}"
                 f" ; séparateur décimal : {'virgule' if decimal == ',' else 'point'}.")
    try:
        mapping = match_columns(headers, options.column_map)
    except KeyError as err:
        raise InputError(
            f"{path.name} : colonnes {err.args[0]} demandées dans la correspondance "
            f"mais absentes de l'en-tête {headers}.") from None
    frame, rows, input_rows, rejects = _parse(data, headers, separator, decimal,
                                              mapping, path)
    if input_rows == 0:
        raise InputError(f"{path.name} : aucune ligne de données après l'en-tête "
                         "(attendu : une ligne par pan de toiture).")
    return RawTable(frame, rows, input_rows, mapping, rejects, notes)


def _to_utf8(path: Path, data: bytes, forced: str | None, notes: list[str]) -> bytes:
    if forced:
        return _transcode(path, data, forced, notes, f"Encodage imposé : {forced}.")
    if data.startswith(b"\xef\xbb\xbf"):
        notes.append("Encodage : UTF-8 avec BOM.")
        return _transcode(path, data[3:], "utf-8", notes, None)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _transcode(path, data, "utf-16", notes, "Encodage : UTF-16 (BOM).")
    if b"\x00" in data[:_SAMPLE_BYTES]:
        raise InputError(f"{path.name} : contenu binaire ou encodage illisible (octets "
                         "nuls) ; attendu : un fichier texte CSV en UTF-8 ou Latin-1.")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        notes.append("Encodage : UTF-8.")
        return data
    for encoding, label in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        notes.append(f"Encodage : le fichier n'est pas en UTF-8, {label} supposé.")
        return text.encode("utf-8")
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _transcode(path: Path, data: bytes, encoding: str, notes: list[str],
               note: str | None) -> bytes:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as err:
        raise InputError(
            f"{path.name} : impossible de lire le texte en {encoding} ({err}) ; "
            "attendu : UTF-8, Latin-1 ou Windows-1252.") from None
    if note:
        notes.append(note)
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text[:_SAMPLE_BYTES]:
        raise InputError(f"{path.name} : caractères nuls dans le texte ; attendu : un "
                         "fichier CSV.")
    return text.encode("utf-8")


def _strip_sep_line(data: bytes, forced: str | None) -> tuple[bytes, str | None]:
    """Honour an Excel ``sep=;`` first line."""
    if data[:4].lower() == b"sep=" and len(data) > 4:
        end = data.find(b"\n")
        separator = data[4:5].decode("utf-8", "replace")
        return (data[end + 1:] if end >= 0 else b""), forced or separator
    return data, forced


def _sample_lines(data: bytes) -> list[str]:
    head = data[:_SAMPLE_BYTES].decode("utf-8", "ignore")
    lines = head.splitlines()
    if len(data) > _SAMPLE_BYTES and len(lines) > 1:
        lines = lines[:-1]
    return [line for line in lines if line.strip()][:500]


def _detect_separator(sample: list[str]) -> str:
    best, best_score = ",", (0.0, 0)
    for separator in _SEPARATORS:
        counts = [len(row) for row in csv.reader(sample[:100], delimiter=separator)]
        fields = counts[0]
        if fields < 2:
            continue
        share = sum(count == fields for count in counts) / len(counts)
        if (share, fields) > best_score:
            best, best_score = separator, (share, fields)
    return best


def _detect_decimal(lines: list[str], separator: str) -> str:
    if separator == ",":
        return "."
    votes: Counter[str] = Counter()
    for row in csv.reader(lines[:200], delimiter=separator):
        for value in row:
            if _COMMA_DECIMAL.match(value):
                votes[","] += 1
            elif _POINT_DECIMAL.match(value):
                votes["."] += 1
    return "," if votes[","] > votes["."] else "."


def _unique_headers(raw: list[str]) -> list[str]:
    seen: Counter[str] = Counter()
    headers = []
    for position, header in enumerate(raw, start=1):
        name = header.strip() or f"colonne_{position}"
        seen[name] += 1
        headers.append(name if seen[name] == 1 else f"{name}.{seen[name] - 1}")
    return headers


def _parse(data: bytes, headers: list[str], separator: str, decimal: str,
           mapping: dict[str, str], path: Path):
    numeric = {mapping[name] for name in (*NUMERIC_COLUMNS, "x", "y")
               if name in mapping}
    typed = {h: (pa.float64() if h in numeric else pa.string()) for h in headers}
    for types in (typed, dict.fromkeys(headers, pa.string())):
        try:
            table = _arrow_read(data, headers, separator, decimal, types)
        except pa.ArrowInvalid as err:
            _log.debug("%s: lecture pyarrow refusée (%s)", path, err)
            continue
        frame = table.to_pandas(types_mapper=_string_mapper, self_destruct=True)
        rows = np.arange(1, len(frame) + 1, dtype=np.int64)
        empty = pd.DataFrame({"row": pd.Series(dtype="int64"), "value": [],
                              "reason": []})
        return frame, rows, len(frame), empty
    return _python_read(data, headers, separator, path)


def _arrow_read(data: bytes, headers: list[str], separator: str, decimal: str,
                types: dict[str, pa.DataType]) -> pa.Table:
    return pacsv.read_csv(
        pa.BufferReader(data),
        read_options=pacsv.ReadOptions(column_names=headers, skip_rows=1,
                                       block_size=8 << 20),
        parse_options=pacsv.ParseOptions(delimiter=separator),
        convert_options=pacsv.ConvertOptions(column_types=types, decimal_point=decimal),
    )


def _string_mapper(dtype: pa.DataType):
    if pa.types.is_string(dtype) or pa.types.is_large_string(dtype):
        return pd.StringDtype("pyarrow")
    return None


def _python_read(data: bytes, headers: list[str], separator: str, path: Path):
    """Slow path: split with ``csv`` so that every malformed row can be reported."""
    reader = csv.reader(io.StringIO(data.decode("utf-8")), delimiter=separator)
    good: list[list[str]] = []
    rows: list[int] = []
    bad: list[tuple[int, str, str]] = []
    try:
        next(reader, None)
        number = 0
        for record in reader:
            if not record:
                continue
            number += 1
            if len(record) == len(headers):
                good.append(record)
                rows.append(number)
            else:
                bad.append((number, separator.join(record)[:200],
                            f"{len(record)} champs au lieu de {len(headers)} "
                            "(séparateur ou guillemets mal placés ?)"))
    except csv.Error as err:
        raise InputError(f"{path.name} : ligne {reader.line_num} illisible ({err}) ; "
                         "attendu : un fichier CSV.") from None
    frame = pd.DataFrame(good, columns=headers, dtype=pd.StringDtype("pyarrow"))
    rejects = pd.DataFrame(bad, columns=["row", "value", "reason"])
    rejects["row"] = rejects["row"].astype("int64")
    return frame, np.asarray(rows, dtype=np.int64), number, rejects
