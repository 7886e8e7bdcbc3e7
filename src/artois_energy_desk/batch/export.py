"""Result tables as written to files: computed columns at a sensible resolution.

Computed float columns are rounded, by the unit in their name, to a resolution far
below what the models can resolve (0.1 kWh, 1 Wc, 0.01 m², 1e-4 for a ratio), which
makes exported files smaller and faster to write and read. Input columns are never
touched: they come out exactly as they came in.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["EXPORT_DECIMALS", "rounded_for_export"]

#: Decimals kept per column-name suffix (first match wins), for computed columns.
EXPORT_DECIMALS = (
    ("_kwh_per_kwp", 1),
    ("_kwh_m2", 1),
    ("_kwh", 1),
    ("_mwh", 4),
    ("_kwp", 3),
    ("_kw", 3),
    ("_m2", 2),
    ("_deg", 1),
    ("_eur", 0),
    ("_eur_per_kwh", 4),
    ("_l", 0),
    ("_kg", 1),
    ("_years", 2),
)
_DEFAULT_DECIMALS = 4  # ratios, fractions, shares, losses, rates: 0.01 %


def rounded_for_export(results: pd.DataFrame, input_columns) -> pd.DataFrame:
    """Return ``results`` with its computed float columns rounded for export.

    Parameters
    ----------
    results : pandas.DataFrame
        Evaluated roofs (input columns then result columns).
    input_columns : iterable of str
        The columns that came from the input file; they are left as they are.
    """
    keep = set(input_columns)
    rounded = {}
    for name in results.columns:
        column = results[name]
        if name in keep or not pd.api.types.is_float_dtype(column.dtype):
            continue
        rounded[name] = np.round(column.to_numpy(), _decimals(str(name)))
    if not rounded:
        return results
    return results.assign(**rounded)


def _decimals(name: str) -> int:
    return next((d for suffix, d in EXPORT_DECIMALS if name.endswith(suffix)),
                _DEFAULT_DECIMALS)
