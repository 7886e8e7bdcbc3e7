"""From roof results to per-facet economic inputs: buildings, loads, self-consumption.

* Buildings: facets sharing a ``building_id`` form one installation and one load
  (option ``group_by_building``); rows without a building are alone.
* Annual load of a building [kWh/yr]: ``annual_electricity_kwh`` when given (basis
  ``mesure``); otherwise dwellings x default per dwelling (house, apartment; basis
  ``logements``) or floor area x default per m² (office, school, shop; basis
  ``surface``, or ``surface de toiture`` when the floor area is unknown and the roof
  area stands in for it). Defaults in ``data/parameters/economics.csv``.
* Self-consumption: closed form on shared shapes
  (:mod:`artois_energy_desk.core.economics.selfconsumption`), month by month when the
  monthly yields ``pv_yield_m01_kwh`` .. ``m12`` are present. A building's
  self-consumption is shared among its facets in proportion to their annual yield.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from artois_energy_desk.core.economics.loadprofiles import (
    LoadProfiles,
    map_building_use,
)
from artois_energy_desk.core.economics.selfconsumption import (
    SelfConsumptionCurve,
    monthly_curves,
)
from artois_energy_desk.core.parameters import ParameterSet

__all__ = ["MONTHLY_YIELD_COLUMNS", "building_codes", "building_sum", "annual_loads",
           "batch_self_consumption"]

MONTHLY_YIELD_COLUMNS = tuple(f"pv_yield_m{m:02d}_kwh" for m in range(1, 13))
_PER_DWELLING = {"house": "load_house_kwh_per_dwelling",
                 "apartment": "load_apartment_kwh_per_dwelling"}
_PER_M2 = {"office": "load_office_kwh_per_m2", "school": "load_school_kwh_per_m2",
           "shop": "load_shop_kwh_per_m2"}


def building_codes(results: pd.DataFrame, group: bool) -> np.ndarray:
    """Integer building code per row (0..n_buildings-1)."""
    n = len(results)
    if not group or "building_id" not in results:
        return np.arange(n)
    codes, uniques = pd.factorize(results["building_id"], use_na_sentinel=True)
    alone = codes < 0
    codes = codes.copy()
    codes[alone] = len(uniques) + np.arange(alone.sum())
    return codes


def building_sum(codes: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Sum of ``values`` over each row's building, broadcast back to the rows."""
    return np.bincount(codes, weights=np.nan_to_num(values))[codes]


def _building_max(results: pd.DataFrame, column: str, codes: np.ndarray) -> np.ndarray:
    if column not in results:
        return np.full(len(results), np.nan)
    values = pd.to_numeric(results[column], errors="coerce").to_numpy(float)
    return pd.Series(values).groupby(codes).transform("max").to_numpy(float)


def annual_loads(results: pd.DataFrame, params: ParameterSet, profiles: LoadProfiles,
                 codes: np.ndarray) -> pd.DataFrame:
    """Profile, building annual load [kWh/yr] and load basis of each row."""
    default = params.text("economics.default_building_use")
    profile = map_building_use(results.get("building_use"), profiles.use_map, default,
                               len(results))
    measured = _building_max(results, "annual_electricity_kwh", codes)
    dwellings = _building_max(results, "dwellings", codes)
    floor = _building_max(results, "floor_area_m2", codes)
    roof_area = building_sum(codes, pd.to_numeric(
        results["area_m2"], errors="coerce").to_numpy(float)) if "area_m2" in results \
        else np.full(len(results), np.nan)
    load = np.full(len(results), np.nan)
    basis = np.full(len(results), "", dtype=object)
    for name, key in _PER_DWELLING.items():
        hit = profile == name
        fallback = 1.0 if name == "house" else params.value(
            "economics.load_apartment_default_dwellings")
        count = np.where(np.isnan(dwellings), fallback, dwellings)
        load[hit] = (count * params.value(f"economics.{key}"))[hit]
        basis[hit] = "logements"
    for name, key in _PER_M2.items():
        hit = profile == name
        area = np.where(np.isnan(floor), roof_area, floor)
        load[hit] = (area * params.value(f"economics.{key}"))[hit]
        basis[hit & np.isnan(floor)] = "surface de toiture"
        basis[hit & ~np.isnan(floor)] = "surface"
    given = ~np.isnan(measured)
    load[given] = measured[given]
    basis[given] = "mesure"
    return pd.DataFrame({"profile": profile, "building_load_kwh": load, "basis": basis},
                        index=results.index)


def batch_self_consumption(monthly_yield_kwh: np.ndarray, codes: np.ndarray,
                           profile: np.ndarray, building_load_kwh: np.ndarray,
                           pv_shape: np.ndarray, profiles: LoadProfiles) -> np.ndarray:
    """Self-consumed PV energy of each facet [kWh/yr].

    Parameters
    ----------
    monthly_yield_kwh : numpy.ndarray
        (N, 12) monthly yields, or (N, 1) annual yields [kWh].
    codes : numpy.ndarray
        Building code of each row (:func:`building_codes`).
    profile : numpy.ndarray of str
        Load profile name of each row.
    building_load_kwh : numpy.ndarray
        Annual load of each row's building [kWh/yr].
    pv_shape : numpy.ndarray
        (8760,) PV production per kWp of the territory [kWh/kWp] (only its shape
        is used).
    profiles : LoadProfiles
        Load shapes.
    """
    monthly = monthly_yield_kwh.shape[1] == 12
    building_yield = np.column_stack([
        building_sum(codes, monthly_yield_kwh[:, m])
        for m in range(monthly_yield_kwh.shape[1])])
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = building_yield / building_load_kwh[:, None]
    building_sc = np.zeros(len(codes))
    for name in pd.unique(profile):
        rows = profile == name
        shape = profiles.shapes[name]
        curves = (monthly_curves(pv_shape, shape) if monthly else
                  [SelfConsumptionCurve.from_shapes(pv_shape / pv_shape.sum(), shape)])
        fraction = sum(curve(np.nan_to_num(ratio[rows, m]))
                       for m, curve in enumerate(curves))
        building_sc[rows] = np.nan_to_num(building_load_kwh[rows]) * fraction
    facet_yield = monthly_yield_kwh.sum(axis=1)
    total = building_yield.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(total > 0, facet_yield / total, 0.0)
    return building_sc * share
