"""Read a roof list from an Excel workbook (first or named sheet)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from artois_energy_desk import InputError
from artois_energy_desk.io.roofs.columns import match_columns
from artois_energy_desk.io.roofs.csv_reader import RawTable
from artois_energy_desk.io.roofs.model import RoofImportOptions

__all__ = ["read_raw_xlsx", "sheet_names"]


def sheet_names(path: Path) -> list[str]:
    """Return the sheet names of a workbook, in order."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def read_raw_xlsx(path: Path, sheet: str | None,
                  options: RoofImportOptions) -> RawTable:
    """Read one sheet: first row = headers, then one roof per row.

    Raises
    ------
    InputError
        Unreadable workbook, unknown sheet, or a sheet without data rows.
    """
    try:
        names = sheet_names(path)
    except Exception as err:  # openpyxl raises many types for a damaged file
        raise InputError(f"{path.name} : classeur Excel illisible ({err}) ; attendu : "
                         "un fichier .xlsx.") from None
    chosen = names[0] if sheet is None else sheet
    if chosen not in names:
        raise InputError(f"{path.name} : feuille « {sheet} » absente (feuilles : "
                         f"{', '.join(names)}).")
    frame = pd.read_excel(path, sheet_name=chosen, engine="openpyxl")
    frame.columns = [str(c) for c in frame.columns]
    frame = frame.dropna(how="all").reset_index(drop=True)
    if frame.empty:
        raise InputError(f"{path.name} : la feuille « {chosen} » n'a aucune ligne "
                         "de données (attendu : un en-tête puis un pan par ligne).")
    try:
        mapping = match_columns(list(frame.columns), options.column_map)
    except KeyError as err:
        raise InputError(f"{path.name} : colonnes {err.args[0]} absentes de la "
                         f"feuille « {chosen} ».") from None
    rows = np.arange(1, len(frame) + 1, dtype=np.int64)
    first = " (la première)" if sheet is None else ""
    notes = [f"Feuille lue : « {chosen} »{first} ; lignes numérotées sans l'en-tête ni "
             "les lignes entièrement vides."]
    return RawTable(frame, rows, len(frame), mapping, assumptions=notes)
