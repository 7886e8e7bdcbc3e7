"""Simultaneity (diversity) factors: the share of the summed peaks seen upstream.

Two methods, the user's choice (they differ by about 30 % between 5 and 20 consumers,
so the method is always printed), plus ``none`` (factor 1, no diversity).

References
----------
.. [1] Winter, Haslauer, Obernberger, "Untersuchungen der Gleichzeitigkeit in
   kleinen und mittleren Nahwärmenetzen", Euroheat & Power 2001; coefficients as
   implemented in ``GreenDelta/Sophena sophena/src/sophena/io/thermos/Pipes.java``.
.. [2] CIBSE/ADE Heat Networks Code of Practice CP1, as implemented by THERMOS
   (``cse-bristol/110-thermos-ui docs/network/technical-description.org``).
.. [3] ``shared/reference/heat-networks.md`` §5.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from artois_energy_desk import InputError

__all__ = ["METHODS", "simultaneity_factor"]

#: Method names and their French labels (printed on summaries).
METHODS = {
    "winter": "Winter et al. (2001)",
    "cibse": "CIBSE CP1",
    "none": "aucun foisonnement (facteur 1)",
}


def simultaneity_factor(consumers, method: str, table: pd.DataFrame):
    """Simultaneity factor for ``consumers`` downstream buildings [-].

    Winter: GLF(n) = a + b / (1 + (n/c)^d); CIBSE CP1: f(n) = a + (1 − a)/(k·n).
    Both are capped at 1; zero consumers give zero.

    Parameters
    ----------
    consumers : numeric
        Number of consumers downstream (≥ 0).
    method : {"winter", "cibse", "none"}
        Method name.
    table : pandas.DataFrame
        Table ``network_simultaneity`` (``method``, ``coefficient``, ``value``).

    Raises
    ------
    InputError
        For an unknown method name.
    """
    n = np.asarray(consumers, dtype=float)
    if method not in METHODS:
        raise InputError(
            f"méthode de foisonnement '{method}' inconnue ; attendu l'une de "
            f"{', '.join(METHODS)}."
        )
    safe_n = np.maximum(n, 1.0)
    if method == "none":
        factor = np.ones_like(safe_n)
    else:
        c = _coefficients(table, method)
        if method == "winter":
            factor = c["a"] + c["b"] / (1.0 + (safe_n / c["c"]) ** c["d"])
        else:
            factor = c["a"] + (1.0 - c["a"]) / (c["k"] * safe_n)
    factor = np.where(n > 0, np.minimum(factor, 1.0), 0.0)
    return factor if factor.ndim else float(factor)


def _coefficients(table: pd.DataFrame, method: str) -> dict[str, float]:
    rows = table[table["method"] == method]
    return dict(zip(rows["coefficient"], rows["value"].astype(float), strict=True))
