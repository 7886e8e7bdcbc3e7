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

from dataclasses import dataclass

import numpy as np
import pandas as pd

from artois_energy_desk.core.economics.loadprofiles import (
    LoadProfiles,
    building_use_codes,
)
from artois_energy_desk.core.economics.selfconsumption import shape_curves
from artois_energy_desk.core.parameters import ParameterSet

__all__ = ["MONTHLY_YIELD_COLUMNS", "LOAD_BASES", "BuildingLoads", "building_codes",
           "building_sum", "annual_loads", "batch_self_consumption",
           "facet_self_consumption"]

MONTHLY_YIELD_COLUMNS = tuple(f"pv_yield_m{m:02d}_kwh" for m in range(1, 13))
#: How a building's annual load was found (French labels of ``eco_load_basis``).
LOAD_BASES = ("", "logements", "surface", "surface de toiture", "mesure")
_PER_DWELLING = {"house": "load_house_kwh_per_dwelling",
                 "apartment": "load_apartment_kwh_per_dwelling"}
_PER_M2 = {"office": "load_office_kwh_per_m2", "school": "load_school_kwh_per_m2",
           "shop": "load_shop_kwh_per_m2"}


@dataclass(frozen=True)
class BuildingLoads:
    """Load profile and annual load of each facet's building.

    Parameters
    ----------
    profile_code : numpy.ndarray of int
        Index into ``profile_names`` of each facet's load profile.
    profile_names : numpy.ndarray of str
        The profile names the codes refer to.
    building_load_kwh : numpy.ndarray
        Annual electricity use of the facet's building [kWh/yr] (NaN if unknown).
    basis_code : numpy.ndarray of int
        Index into :data:`LOAD_BASES`: how the load was found.
    """

    profile_code: np.ndarray
    profile_names: np.ndarray
    building_load_kwh: np.ndarray
    basis_code: np.ndarray

    @property
    def profile(self) -> np.ndarray:
        """Profile name of each facet."""
        return self.profile_names[self.profile_code]

    @property
    def basis(self) -> np.ndarray:
        """Load basis of each facet (French label)."""
        return np.asarray(LOAD_BASES, dtype=object)[self.basis_code]

    def is_profile(self, *names: str) -> np.ndarray:
        """True for the facets whose profile is one of ``names``."""
        codes = np.flatnonzero(np.isin(self.profile_names, names))
        if len(codes) == 1:
            return self.profile_code == codes[0]
        return np.isin(self.profile_code, codes)


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
    """Largest value of ``column`` over each row's building (NaN if none given)."""
    if column not in results:
        return np.full(len(results), np.nan)
    values = pd.to_numeric(results[column], errors="coerce").to_numpy(float)
    if len(values) == 0 or np.isnan(values).all():
        return values
    largest = np.full(codes.max() + 1, np.nan)
    np.fmax.at(largest, codes, values)  # fmax skips NaN
    return largest[codes]


def annual_loads(results: pd.DataFrame, params: ParameterSet, profiles: LoadProfiles,
                 codes: np.ndarray) -> BuildingLoads:
    """Profile, building annual load [kWh/yr] and load basis of each row."""
    default = params.text("economics.default_building_use")
    profile, names = building_use_codes(results.get("building_use"), profiles.use_map,
                                        default, len(results))
    measured = _building_max(results, "annual_electricity_kwh", codes)
    dwellings = _building_max(results, "dwellings", codes)
    floor = _building_max(results, "floor_area_m2", codes)
    roof_area = building_sum(codes, pd.to_numeric(
        results["area_m2"], errors="coerce").to_numpy(float)) if "area_m2" in results \
        else np.full(len(results), np.nan)
    load = np.full(len(results), np.nan)
    basis = np.zeros(len(results), dtype=np.int8)
    loads = BuildingLoads(profile, names, load, basis)
    for name, key in _PER_DWELLING.items():
        hit = loads.is_profile(name)
        fallback = 1.0 if name == "house" else params.value(
            "economics.load_apartment_default_dwellings")
        count = np.where(np.isnan(dwellings), fallback, dwellings)
        load[hit] = (count * params.value(f"economics.{key}"))[hit]
        basis[hit] = LOAD_BASES.index("logements")
    no_floor = np.isnan(floor)
    for name, key in _PER_M2.items():
        hit = loads.is_profile(name)
        area = np.where(no_floor, roof_area, floor)
        load[hit] = (area * params.value(f"economics.{key}"))[hit]
        basis[hit & no_floor] = LOAD_BASES.index("surface de toiture")
        basis[hit & ~no_floor] = LOAD_BASES.index("surface")
    given = ~np.isnan(measured)
    load[given] = measured[given]
    basis[given] = LOAD_BASES.index("mesure")
    return loads


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
    names, profile_code = np.unique(np.asarray(profile, dtype=object),
                                    return_inverse=True)
    loads = BuildingLoads(profile_code.ravel(), names,
                          np.asarray(building_load_kwh, dtype=float),
                          np.zeros(len(codes), dtype=np.int8))
    return facet_self_consumption(np.asarray(monthly_yield_kwh, dtype=float).T, codes,
                                  loads, pv_shape, profiles, per_building=False)


def facet_self_consumption(yield_by_month_kwh: np.ndarray, codes: np.ndarray,
                           loads: BuildingLoads, pv_shape: np.ndarray,
                           profiles: LoadProfiles, per_building: bool = True,
                           ) -> np.ndarray:
    """Self-consumed PV energy of each facet [kWh/yr], months in rows.

    The closed form is evaluated once per building and profile, then shared among
    the building's facets in proportion to their annual yield.

    Parameters
    ----------
    yield_by_month_kwh : numpy.ndarray
        (12, N) monthly yields, or (1, N) annual yields [kWh].
    codes : numpy.ndarray
        Building code of each row (:func:`building_codes`).
    loads : BuildingLoads
        Profile and building load of each row.
    pv_shape : numpy.ndarray
        (8760,) PV production per kWp of the territory [kWh/kWp].
    profiles : LoadProfiles
        Load shapes.
    per_building : bool
        True when the building load is the same for every facet of a building with
        the same profile (as :func:`annual_loads` gives it): the closed form is then
        evaluated once per building and profile instead of once per facet.
    """
    n_buildings = codes.max() + 1 if len(codes) else 0
    building_yield = np.stack([np.bincount(codes, weights=np.nan_to_num(month),
                                           minlength=n_buildings)
                               for month in yield_by_month_kwh])
    if per_building:
        group, _ = pd.factorize(codes * len(loads.profile_names) + loads.profile_code)
    else:
        group = np.arange(len(codes))
    representative = np.empty(group.max() + 1 if len(group) else 0, dtype=np.intp)
    representative[group] = np.arange(len(group))  # rows of a group are alike
    load = loads.building_load_kwh[representative]
    # x = yield / load; 0 where there is no load (nothing is then self-consumed)
    ratio = np.divide(building_yield[:, codes[representative]], load,
                      out=np.zeros((len(building_yield), len(load))), where=load > 0)
    fraction = _fractions(ratio, loads.profile_code[representative],
                          loads.profile_names, pv_shape, profiles)
    group_sc = np.nan_to_num(load) * fraction
    facet_yield = yield_by_month_kwh.sum(axis=0)
    total = building_yield.sum(axis=0)[codes]
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(total > 0, facet_yield / total, 0.0)
    return group_sc[group] * share


def _fractions(ratio: np.ndarray, profile_code: np.ndarray, names: np.ndarray,
               pv_shape: np.ndarray, profiles: LoadProfiles) -> np.ndarray:
    """f(x) summed over the months of each column of ``ratio`` (months in rows,
    finite and non-negative)."""
    fraction = np.zeros(ratio.shape[1])
    monthly = ratio.shape[0] == 12
    for code in np.unique(profile_code):
        rows = np.flatnonzero(profile_code == code)
        curves = shape_curves(pv_shape, profiles.shapes[names[code]], monthly)
        fraction[rows] = sum(curve(ratio[m, rows]) for m, curve in enumerate(curves))
    return fraction
