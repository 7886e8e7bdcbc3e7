"""Vectorised conversion of raw cells to numbers and text, and the rejects collector."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from artois_energy_desk.io.roofs.model import REJECT_COLUMNS

__all__ = ["Problems", "to_numbers", "to_text"]

_MISSING_WORDS = ["", "nan", "na", "n/a", "null", "none", "-"]
_SPACES = "[\\s\u00a0\u202f]"
TEXT_DTYPE = pd.StringDtype("pyarrow")


def to_numbers(series: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(values, invalid)`` for a column that should hold numbers.

    Text cells accept a decimal point or a decimal comma and spaces as thousands
    separators (``"1 234,5"``). Missing cells become NaN and are not invalid; a cell
    that is present but not a finite number is NaN and flagged in ``invalid``.
    """
    if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
        values = series.to_numpy(dtype=np.float64, na_value=np.nan)
        return values, np.isinf(values)
    text = series.astype(TEXT_DTYPE).str.strip()
    missing = (text.isna() | text.str.lower().isin(_MISSING_WORDS)).to_numpy(
        dtype=bool, na_value=True)
    cleaned = text.str.replace(_SPACES, "", regex=True).str.replace(",", ".")
    values = pd.to_numeric(cleaned.astype(object), errors="coerce").to_numpy(
        dtype=np.float64, na_value=np.nan)
    invalid = ~missing & ~np.isfinite(values)
    values[invalid | missing] = np.nan
    return values, invalid


def to_text(series: pd.Series) -> pd.Series:
    """Return a column as stripped text (missing and blank cells become ``<NA>``)."""
    if pd.api.types.is_float_dtype(series):
        whole = series.dropna()
        if len(whole) and (whole == np.round(whole)).all():
            series = series.astype("Int64")
    text = series.astype(TEXT_DTYPE).str.strip()
    return text.mask(text == "")


def raw_text(series: pd.Series, mask: np.ndarray) -> pd.Series:
    """Return the cells of ``series`` selected by ``mask`` as text (for rejects)."""
    return series[mask].astype(object).map(lambda value: "" if pd.isna(value)
                                            else str(value)).reset_index(drop=True)


@dataclass
class Problems:
    """Collects rejected rows rule by rule, then folds them into one row each.

    Parameters
    ----------
    file : str
        File name written in every reject.
    source_row : numpy.ndarray
        1-based data row of each table row.
    """

    file: str
    source_row: np.ndarray
    parts: list[pd.DataFrame] = field(default_factory=list)
    rejected: np.ndarray | None = None

    def __post_init__(self) -> None:
        self.rejected = np.zeros(len(self.source_row), dtype=bool)

    def add(self, mask: np.ndarray, column: str, values: pd.Series | str,
            reason: pd.Series | str) -> None:
        """Record a problem for every row where ``mask`` is true.

        ``values`` are the offending cells (already restricted to ``mask``) or one
        text for all; ``reason`` is a French sentence or one sentence per row.
        """
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():
            return
        rows = self.source_row[mask]
        part = pd.DataFrame({
            "row": rows,
            "order": len(self.parts),
            "column": column,
            "value": _aligned(values, len(rows)),
            "reason": _aligned(reason, len(rows)),
        })
        self.parts.append(part)
        self.rejected |= mask

    def table(self, ids: pd.Series, parse_rejects: pd.DataFrame) -> pd.DataFrame:
        """Return the rejects table: one row per rejected input row, sorted by row."""
        columns = list(REJECT_COLUMNS)
        frames = []
        if self.parts:
            problems = pd.concat(self.parts, ignore_index=True)
            problems = problems.sort_values(["row", "order"], kind="stable")
            grouped = problems.groupby("row", sort=True)
            folded = grouped.agg(column=("column", "first"), value=("value", "first"),
                                 reason=("reason", " ; ".join)).reset_index()
            by_row = pd.Series(ids.to_numpy(dtype=object, na_value=""),
                               index=self.source_row)
            folded["roof_id"] = by_row.reindex(folded["row"]).to_numpy()
            frames.append(folded)
        if len(parse_rejects):
            parsed = parse_rejects.assign(roof_id="", column="")
            frames.append(parsed)
        if not frames:
            empty = pd.DataFrame({name: pd.Series(dtype=object) for name in columns})
            return empty.astype({"row": "int64"})
        table = pd.concat(frames, ignore_index=True).sort_values("row", kind="stable")
        table["file"] = self.file
        table["row"] = table["row"].astype("int64")
        return table[columns].reset_index(drop=True)


def _aligned(value: pd.Series | str, length: int) -> object:
    if isinstance(value, pd.Series):
        return value.reset_index(drop=True).to_numpy(dtype=object)
    return [value] * length
