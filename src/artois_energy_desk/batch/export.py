"""Result tables as written to files: computed columns at a sensible resolution.

Computed float columns are rounded, by the unit in their name, to a resolution far
below what the models can resolve (0.1 kWh, 1 Wc, 0.01 m², 1 €, 1 €/yr, 0.1 kg CO2
per year and 1 kg over a lifetime, 1e-4 for a ratio or a price per kWh), which makes
exported files smaller and faster to write and read.
Input columns are never touched: they come out exactly as they came in.
"""

from __future__ import annotations

import pandas as pd

from artois_energy_desk.core.suffixes import SuffixTable

__all__ = ["EXPORT_DECIMALS", "export_decimals"]

#: Decimals kept per column-name suffix, for computed columns. The longest matching
#: suffix wins, so that ``_eur_per_kwh`` (a tariff) is not read as ``_kwh``.
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
    ("_eur_per_year", 0),
    ("_eur_per_kwh", 4),
    ("_l", 0),
    ("_kg", 0),
    ("_kg_per_year", 1),
    ("_years", 2),
)
_DEFAULT_DECIMALS = 4  # ratios, fractions, shares, losses, rates: 0.01 %


def export_decimals(results: pd.DataFrame, input_columns) -> dict[str, int]:
    """Decimals to keep for each computed float column of ``results`` on export.

    Parameters
    ----------
    results : pandas.DataFrame
        Evaluated roofs (input columns then result columns).
    input_columns : iterable of str
        The columns that came from the input file; they are left as they are.

    Returns
    -------
    dict
        Column name -> decimals, for
        :func:`artois_energy_desk.io.writers.write_table` (``decimals=``).
    """
    keep = set(input_columns)
    return {
        name: _decimals(str(name))
        for name, dtype in results.dtypes.items()
        if name not in keep and pd.api.types.is_float_dtype(dtype)
    }


_DECIMALS = SuffixTable(EXPORT_DECIMALS)


def _decimals(name: str) -> int:
    return _DECIMALS.get(name, _DEFAULT_DECIMALS)
