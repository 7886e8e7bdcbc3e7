"""Solar-cadastre suitability classes of a facet, from its annual in-plane irradiation.

The classes and their thresholds (``pv.suitability_*_poa_kwh_m2`` in
``data/parameters/pv.csv``) are used by the batch results (``pv_suitability``), the map
legend and the table filter of the GUI, and the printed sheets: one definition.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from artois_energy_desk.core.parameters import ParameterSet

__all__ = ["SUITABILITY_CLASSES", "SUITABILITY_THRESHOLDS", "suitability",
           "suitability_edges"]

#: Values of ``pv_suitability``, worst first (solar-cadastre style classes).
SUITABILITY_CLASSES = ("defavorable", "moyen", "bon", "excellent")
#: Parameters separating the classes, from the lowest bound up.
SUITABILITY_THRESHOLDS = (
    "pv.suitability_min_poa_kwh_m2",
    "pv.suitability_good_poa_kwh_m2",
    "pv.suitability_excellent_poa_kwh_m2",
)


def suitability_edges(params: ParameterSet) -> np.ndarray:
    """Class edges [kWh/m²/yr], ascending: a class includes its lower edge."""
    return np.array([params.value(name) for name in SUITABILITY_THRESHOLDS])


def suitability(poa_annual_kwh_m2: np.ndarray, params: ParameterSet) -> pd.Categorical:
    """Solar-cadastre class of each facet from its annual in-plane irradiation.

    Parameters
    ----------
    poa_annual_kwh_m2 : numpy.ndarray
        Annual plane-of-array irradiation of the modules [kWh/m²/yr].
    params : ParameterSet
        Thresholds ``pv.suitability_min_poa_kwh_m2``, ``pv.suitability_good_poa_kwh_m2``
        and ``pv.suitability_excellent_poa_kwh_m2`` [kWh/m²/yr].

    Returns
    -------
    pandas.Categorical
        One of :data:`SUITABILITY_CLASSES` per facet.

    References
    ----------
    Geneva solar cadastre thresholds (800 and 1 000 kWh/m²/yr), see
    ``shared/reference/pv.md`` §3.
    """
    codes = np.searchsorted(suitability_edges(params), poa_annual_kwh_m2, side="right")
    return pd.Categorical.from_codes(
        codes.astype(np.int8), categories=SUITABILITY_CLASSES
    )
