"""Split each roof between PV and solar-thermal collectors.

Modes (the CLI option ``--use pv|thermal|both``):

- ``pv``: every facet carries PV only; the solar DHW system columns are cleared
  (the collector-yield potential columns stay, they describe the facet);
- ``thermal``: the building's DHW system on its best facet, no PV anywhere;
- ``both``: thermal first on the best-oriented facet of each building that needs hot
  water, PV on the rest of that facet and on every other facet.

Collectors and PV modules share the PV layout's module area (``pv_module_area_m2``: the
usable area in the roof plane for pitched roofs, the racked area for flat roofs), so
the PV module area of a facet carrying collectors shrinks by the collector area and its
PV power and energies shrink in proportion.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from artois_energy_desk.core.solar.pv import MONTHLY_YIELD_COLUMNS
from artois_energy_desk.core.solar.thermal import MODES, SYSTEM_KINDS

__all__ = ["PV_SCALED_COLUMNS", "ROOF_USES", "THERMAL_SYSTEM_COLUMNS",
           "allocate_roof_use"]

#: PV columns proportional to the module area (scaled when collectors take a share).
PV_SCALED_COLUMNS = ("pv_module_area_m2", "pv_peak_power_kwp", "pv_annual_yield_kwh",
                     *MONTHLY_YIELD_COLUMNS)
#: Thermal columns that describe the building's system (cleared in mode ``pv``).
THERMAL_SYSTEM_COLUMNS = (
    "thermal_system", "thermal_collector_area_m2", "thermal_store_volume_l",
    "thermal_annual_kwh", "thermal_solar_fraction", "thermal_system_yield_kwh_m2",
)
#: Values of ``roof_use``.
ROOF_USES = ("none", "pv", "thermal", "pv_thermal")


def allocate_roof_use(roofs_with_pv: pd.DataFrame, thermal: pd.DataFrame,
                      mode: str) -> pd.DataFrame:
    """Apply the roof-use mode to PV and thermal results of the same facets.

    Parameters
    ----------
    roofs_with_pv : pandas.DataFrame
        PV results (:func:`~artois_energy_desk.core.solar.pv.evaluate_pv`) with at
        least :data:`PV_SCALED_COLUMNS`; may carry other columns (ignored).
    thermal : pandas.DataFrame
        Results of :func:`~artois_energy_desk.core.solar.thermal.evaluate_thermal`,
        same index.
    mode : {"pv", "thermal", "both"}
        Roof use.

    Returns
    -------
    pandas.DataFrame
        Same index: the adjusted :data:`PV_SCALED_COLUMNS`, the adjusted
        :data:`THERMAL_SYSTEM_COLUMNS`, and ``roof_use`` (``none``, ``pv``,
        ``thermal``, ``pv_thermal``) and ``pv_area_share`` (share of the facet's PV
        module area left to PV, [-]). Replace these columns in the result table;
        economic and CO2 columns must be computed after this step.

    Raises
    ------
    ValueError
        If ``mode`` is unknown or the two tables have different indexes.
    """
    if mode not in MODES:
        raise ValueError(f"mode {mode!r} inconnu ; attendu l'un de {MODES}")
    if not roofs_with_pv.index.equals(thermal.index):
        raise ValueError("les résultats PV et thermiques n'ont pas les mêmes lignes")
    module_area = roofs_with_pv["pv_module_area_m2"].to_numpy(dtype=float)
    collector = thermal["thermal_collector_area_m2"].to_numpy(dtype=float)
    if mode == "pv":
        collector = np.zeros_like(collector)
    share = _pv_share(module_area, collector, mode)
    out = pd.DataFrame(
        {name: roofs_with_pv[name].to_numpy(dtype=float) * share
         for name in PV_SCALED_COLUMNS}, index=roofs_with_pv.index)
    systems = _systems(thermal, mode)
    for name, values in systems.items():
        out[name] = values
    has_pv = out["pv_peak_power_kwp"].to_numpy() > 0
    has_thermal = collector > 0
    out["roof_use"] = pd.Categorical.from_codes(
        has_pv.astype(np.int8) + 2 * has_thermal.astype(np.int8), categories=ROOF_USES)
    out["pv_area_share"] = share
    return out


def _pv_share(module_area: np.ndarray, collector: np.ndarray, mode: str) -> np.ndarray:
    """Share of each facet's module area left to PV [-]."""
    if mode == "thermal":
        return np.zeros_like(module_area)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(module_area > 0,
                         np.clip(1.0 - collector / module_area, 0.0, 1.0), 1.0)
    return share


def _systems(thermal: pd.DataFrame, mode: str) -> dict[str, object]:
    """The system columns, cleared in mode ``pv``."""
    if mode != "pv":
        return {name: thermal[name] for name in THERMAL_SYSTEM_COLUMNS}
    n = len(thermal)
    nan = np.full(n, np.nan)
    return {
        "thermal_system": pd.Categorical.from_codes(np.zeros(n, dtype=np.int8),
                                                    categories=SYSTEM_KINDS),
        "thermal_collector_area_m2": np.zeros(n), "thermal_store_volume_l": np.zeros(n),
        "thermal_annual_kwh": np.zeros(n), "thermal_solar_fraction": nan,
        "thermal_system_yield_kwh_m2": nan.copy(),
    }
