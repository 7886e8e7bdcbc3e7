"""Read the parameter tables of ``data/parameters/`` and user override files.

Scalar parameters live in ``data/parameters/<group>.csv`` files with the columns of
:data:`~artois_energy_desk.core.parameters.RECORD_COLUMNS` (``name`` without the group
prefix); each row becomes ``<group>.<name>``. Multi-column tables (tariff grids, cost
curves) live in ``data/parameters/tables/<table>.csv`` and must carry ``source`` and
``status`` columns. An override file has the same columns, with full dotted names; only
``name`` and ``value`` are required.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pandas as pd

from artois_energy_desk import InputError, paths
from artois_energy_desk.core.parameters import RECORD_COLUMNS, Parameter, ParameterSet

__all__ = ["default_parameters", "load_parameters", "read_parameter_file"]

_log = logging.getLogger(__name__)


def load_parameters(overrides: Iterable[str | Path] = ()) -> ParameterSet:
    """Return the installed defaults, then each override file applied in order.

    Parameters
    ----------
    overrides : iterable of path
        User parameter files, in the format of the installed files: either scalar
        values (columns ``name``, ``value``, ...; full dotted names), or a whole
        table (for example a newer S21 tariff grid) with exactly the columns of the
        installed table of the same name (the file is named after the table,
        ``pv_tariffs_s21.csv``, or has the columns of exactly one installed table).

    Raises
    ------
    InputError
        If an override file is unreadable, names an unknown parameter, or is a table
        whose columns match no installed table.
    """
    params = default_parameters()
    for path in overrides:
        path = Path(path)
        header = _read_csv(path).columns
        if {"name", "value"} <= set(header):
            params = _apply_override(params, path)
        else:
            params = _apply_table_override(params, path)
    return params


def _apply_table_override(params: ParameterSet, path: Path) -> ParameterSet:
    """Replace the installed table that ``path`` is a new version of."""
    columns = set(_read_csv(path).columns)
    by_name = params.tables.get(path.stem)
    if by_name is not None:
        name = path.stem
    else:
        matches = [n for n, t in params.tables.items() if set(t.columns) == columns]
        if len(matches) != 1:
            raise InputError(
                f"{path} : ni paramètres (colonnes 'name' et 'value') ni table connue "
                "(nommer le fichier comme la table remplacée, par exemple "
                "pv_tariffs_s21.csv, avec les mêmes colonnes)."
            )
        name = matches[0]
    expected = set(params.tables[name].columns)
    if columns != expected:
        raise InputError(
            f"{path} : colonnes de la table '{name}' attendues : "
            f"{', '.join(params.tables[name].columns)} ; manquantes : "
            f"{sorted(expected - columns) or 'aucune'}, en trop : "
            f"{sorted(columns - expected) or 'aucune'}."
        )
    table = _read_table(path)[list(params.tables[name].columns)]
    blank = table["source"].isna() | (table["source"].astype(str).str.strip() == "")
    if blank.any():
        row = int(blank.to_numpy().argmax()) + 2
        raise InputError(f"{path}, ligne {row}, colonne 'source' : source manquante ; "
                         "chaque ligne d'une table de paramètres cite sa source.")
    _log.info("table de paramètres '%s' remplacée par %s", name, path)
    return params.with_table(name, table)


@cache
def default_parameters() -> ParameterSet:
    """Return the installed parameter set (read once per process)."""
    folder = paths.data_dir() / "parameters"
    scalars: dict[str, Parameter] = {}
    for path in sorted(folder.glob("*.csv")):
        for parameter in read_parameter_file(path, prefix=path.stem):
            scalars[parameter.name] = parameter
    tables = {
        path.stem: _read_table(path)
        for path in sorted((folder / "tables").glob("*.csv"))
    }
    return ParameterSet(scalars, tables)


def read_parameter_file(path: Path, prefix: str = "") -> list[Parameter]:
    """Read one parameter CSV file into :class:`Parameter` objects.

    Parameters
    ----------
    path : path
        The file.
    prefix : str
        Group name prepended as ``<prefix>.<name>`` (empty for override files, whose
        names are already dotted).
    """
    frame = _read_csv(path)
    missing = {"name", "value"} - set(frame.columns)
    if missing:
        raise InputError(
            f"{path} : colonnes manquantes {sorted(missing)} ; attendu au moins "
            f"'name' et 'value' (colonnes possibles : {', '.join(RECORD_COLUMNS)})."
        )
    return [
        _parameter(path, row_number, row, prefix)
        for row_number, row in enumerate(frame.to_dict("records"), start=2)
    ]


def _parameter(path: Path, row_number: int, row: dict, prefix: str) -> Parameter:
    name = str(row["name"]).strip()
    if not name:
        raise InputError(f"{path}, ligne {row_number}, colonne 'name' : nom vide.")
    return Parameter(
        name=f"{prefix}.{name}" if prefix else name,
        value=_value(row["value"]),
        unit=str(row.get("unit", "") or ""),
        description=str(row.get("description", "") or ""),
        source=str(row.get("source", "") or ""),
        status=str(row.get("status", "") or "user"),
        valid_from=_date(path, row_number, "valid_from", row.get("valid_from")),
        valid_to=_date(path, row_number, "valid_to", row.get("valid_to")),
    )


def _apply_override(params: ParameterSet, path: Path) -> ParameterSet:
    updates = []
    for row_number, parameter in enumerate(read_parameter_file(path), start=2):
        if parameter.name not in params:
            raise InputError(
                f"{path}, ligne {row_number}, colonne 'name' : paramètre inconnu "
                f"'{parameter.name}'. La liste des paramètres est donnée par "
                "'artois-energy-desk params'."
            )
        base = params[parameter.name]
        updates.append(
            Parameter(
                name=parameter.name,
                value=parameter.value,
                unit=parameter.unit or base.unit,
                description=parameter.description or base.description,
                source=parameter.source or f"fichier utilisateur {path.name}",
                status="user",
                valid_from=parameter.valid_from,
                valid_to=parameter.valid_to,
            )
        )
    return params.merged(updates)


def _read_csv(path: Path) -> pd.DataFrame:
    try:
        return pd.read_csv(
            path, dtype=str, keep_default_na=False, comment="#", encoding="utf-8-sig"
        )
    except FileNotFoundError:
        raise InputError(f"{path} : fichier de paramètres introuvable.") from None
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        raise InputError(f"{path} : fichier de paramètres illisible ({err}).") from None


def _read_table(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(path, comment="#", encoding="utf-8-sig")
    missing = {"source", "status"} - set(frame.columns)
    if missing:
        raise InputError(
            f"{path} : colonnes de provenance manquantes {sorted(missing)}."
        )
    return frame


def _value(text: str) -> float | str:
    try:
        return float(text)
    except ValueError:
        return text.strip()


def _date(path: Path, row_number: int, column: str, text) -> dt.date | None:
    if text is None or str(text).strip() == "":
        return None
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise InputError(
            f"{path}, ligne {row_number}, colonne '{column}' : date '{text}' invalide "
            "(attendu AAAA-MM-JJ)."
        ) from None
