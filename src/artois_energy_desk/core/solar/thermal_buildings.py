"""Per-building DHW demand of a roof table and the facet carrying its collectors.

A roof table has one row per facet; the building attributes (``building_id``,
``dwellings``, ``floor_area_m2``, ``building_use``) repeat on the facets of a building.
This module groups facets into buildings, decides which buildings need hot water and
how many dwellings they hold (recording what was assumed), and picks the facet that
carries the building's collectors: the best-yielding facet that holds at least one
collector module.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from artois_energy_desk.core.parameters import ParameterSet
from artois_energy_desk.core.solar.dhw import (
    DhwConvention,
    adult_equivalents,
    max_occupants,
)

__all__ = ["BuildingDemand", "building_codes", "building_demand", "choose_facets"]

#: ``thermal_assumptions`` texts per dwellings source and living-area source (French).
_DWELLING_TEXT = (
    "logements : donnée d'entrée",
    "logements : 1 supposé (usage résidentiel)",
    "logements : {n:g} supposé(s) (usage et logements inconnus)",
    "pas de besoin d'eau chaude connu (bâtiment non résidentiel ou sans logement)",
)
_AREA_TEXT = (
    "surface habitable : floor_area_m2 / logements",
    "surface habitable par logement : valeur par défaut du paramètre thermal.{name}",
    "",
)


@dataclass(frozen=True)
class BuildingDemand:
    """DHW demand per facet row, from its building (same length as the roof table).

    Parameters
    ----------
    codes : numpy.ndarray of int
        Building number of each row (rows without ``building_id`` are their own
        building).
    dwellings : numpy.ndarray
        Dwellings of the row's building [-] (0 = no DHW need).
    nadeq : numpy.ndarray
        Adult-equivalents of the building [-].
    collective : numpy.ndarray of bool
        Building of several dwellings.
    assumptions : pandas.Categorical
        What was assumed for the row (French).
    """

    codes: np.ndarray
    dwellings: np.ndarray
    nadeq: np.ndarray
    collective: np.ndarray
    assumptions: pd.Categorical


def building_codes(roofs: pd.DataFrame) -> np.ndarray:
    """Integer building number of each facet (a row without building is its own)."""
    if "building_id" not in roofs:
        return np.arange(len(roofs))
    codes, uniques = pd.factorize(roofs["building_id"], use_na_sentinel=True)
    missing = codes < 0
    codes[missing] = len(uniques) + np.arange(missing.sum())
    return codes


def building_demand(roofs: pd.DataFrame, convention: DhwConvention,
                    params: ParameterSet, *,
                    codes: np.ndarray | None = None) -> BuildingDemand:
    """Dwellings, adult-equivalents and assumptions of each facet's building.

    A building's dwellings are its ``dwellings`` value where given and positive;
    otherwise 1 if its ``building_use`` names housing (``thermal.residential_uses``),
    otherwise ``thermal.unknown_use_dwellings`` when neither use nor dwellings is known,
    otherwise 0 (no DHW need). The living area per dwelling is ``floor_area_m2 /
    dwellings`` where given, else the default of a house or an apartment.

    Parameters
    ----------
    roofs : pandas.DataFrame
        Facets; optional ``building_id``, ``dwellings``, ``floor_area_m2``,
        ``building_use``.
    convention : DhwConvention
        The DPE convention (Nmax rule).
    params : ParameterSet
        ``thermal.*`` parameters.
    codes : numpy.ndarray of int, optional
        :func:`building_codes` of ``roofs`` when the caller already has them.

    Returns
    -------
    BuildingDemand
    """
    codes = building_codes(roofs) if codes is None else np.asarray(codes)
    given = _building_max(roofs, "dwellings", codes)
    use_known, residential = _use_flags(roofs, params)
    use_known = _building_max_bool(use_known, codes)
    residential = _building_max_bool(residential, codes)
    unknown_count = params.value("thermal.unknown_use_dwellings")
    has_count = given > 0
    source = np.select(
        [has_count, residential, ~use_known & (unknown_count > 0)], [0, 1, 2], 3)
    dwellings = np.select([source == 0, source == 1, source == 2],
                          [given, 1.0, unknown_count], 0.0)
    collective = dwellings > 1
    floor = _building_max(roofs, "floor_area_m2", codes)
    area_given = floor > 0
    default_area = np.where(collective,
                            params.value("thermal.apartment_floor_area_m2"),
                            params.value("thermal.house_floor_area_m2"))
    with np.errstate(invalid="ignore", divide="ignore"):
        living = np.where(area_given, floor / np.maximum(dwellings, 1.0), default_area)
    nmax = np.where(collective, max_occupants(living, "apartment", convention),
                    max_occupants(living, "house", convention))
    nadeq = np.where(dwellings > 0, adult_equivalents(nmax, dwellings, convention), 0.0)
    area_code = np.where(source == 3, 2, np.where(area_given, 0, 1))
    assumptions = _assumption_texts(source * 3 + area_code, collective, unknown_count)
    return BuildingDemand(codes, dwellings, nadeq, collective, assumptions)


def choose_facets(codes: np.ndarray, score: np.ndarray, fits: np.ndarray,
                  needed: np.ndarray) -> np.ndarray:
    """Row positions of the facet that carries each building's collectors.

    Per building with a need, the facet that holds at least one module (``fits``) with
    the highest ``score``; if none fits, the highest-scoring facet (it will get no
    collector, but carries the building's DHW need).

    Parameters
    ----------
    codes : numpy.ndarray of int, shape (n,)
        Building number of each row.
    score : numpy.ndarray, shape (n,)
        Collector yield of the facet (higher is better) [kWh/m²].
    fits : numpy.ndarray of bool, shape (n,)
        Facet holds at least one collector module.
    needed : numpy.ndarray of bool, shape (n,)
        The row's building needs hot water.

    Returns
    -------
    numpy.ndarray of int
        Row positions, one per building with a need.
    """
    score = np.nan_to_num(np.asarray(score, dtype=float), nan=-np.inf)
    codes = np.asarray(codes)
    order = np.argsort(codes, kind="stable")
    if order.size == 0:
        return order
    sorted_codes = codes[order]
    first = np.ones(order.size, dtype=bool)
    first[1:] = sorted_codes[1:] != sorted_codes[:-1]
    starts = np.flatnonzero(first)
    group = np.cumsum(first) - 1
    fit_sorted = np.asarray(fits, dtype=bool)[order]
    # Candidates: the fitting facets of a building, or all of them if none fits;
    # the first (lowest row) candidate with the building's best score wins.
    candidate = fit_sorted == np.logical_or.reduceat(fit_sorted, starts)[group]
    candidate_score = np.where(candidate, score[order], -np.inf)
    best = np.maximum.reduceat(candidate_score, starts)
    hit = np.flatnonzero(candidate & (candidate_score == best[group]))
    first_hit = np.ones(hit.size, dtype=bool)
    first_hit[1:] = group[hit[1:]] != group[hit[:-1]]
    chosen = order[hit[first_hit]]
    return chosen[np.asarray(needed, dtype=bool)[chosen]]


def _building_max(roofs: pd.DataFrame, column: str, codes: np.ndarray) -> np.ndarray:
    """Largest non-NaN value of ``column`` over each row's building (NaN if none)."""
    if column not in roofs:
        return np.full(len(roofs), np.nan)
    values = pd.to_numeric(roofs[column], errors="coerce").to_numpy(dtype=float)
    per_building = pd.Series(values).groupby(codes).max().to_numpy()
    return per_building[codes]


def _building_max_bool(values: np.ndarray, codes: np.ndarray) -> np.ndarray:
    counts = np.bincount(codes, weights=values.astype(float), minlength=codes.max() + 1)
    return counts[codes] > 0


def _use_flags(roofs: pd.DataFrame, params: ParameterSet,
               ) -> tuple[np.ndarray, np.ndarray]:
    """Per row: ``building_use`` is known, and it names housing (case-insensitive).

    The words are matched on the distinct values only (few), then mapped to rows.
    """
    if "building_use" not in roofs:
        return np.zeros(len(roofs), dtype=bool), np.zeros(len(roofs), dtype=bool)
    listed = params.text("thermal.residential_uses").split("|")
    words = [w.strip().lower() for w in listed if w.strip()]
    codes, uniques = pd.factorize(roofs["building_use"], use_na_sentinel=True)
    texts = [str(value).strip().lower() for value in uniques]
    known = np.array([text != "" for text in texts] + [False], dtype=bool)
    housing = np.array([any(word in text for word in words) for text in texts]
                       + [False], dtype=bool)
    return known[codes], housing[codes]


def _assumption_texts(code: np.ndarray, collective: np.ndarray, unknown_count: float,
                      ) -> pd.Categorical:
    """One French text per row from its (dwellings source, area source) code."""
    texts = []
    for index in range(2 * len(_DWELLING_TEXT) * len(_AREA_TEXT)):
        combined, is_collective = divmod(index, 2)
        dwelling, area = divmod(combined, len(_AREA_TEXT))
        name = "apartment_floor_area_m2" if is_collective else "house_floor_area_m2"
        parts = [_DWELLING_TEXT[dwelling].format(n=unknown_count),
                 _AREA_TEXT[area].format(name=name)]
        texts.append(" ; ".join(part for part in parts if part))
    categories = list(dict.fromkeys(texts))
    text_code = np.array([categories.index(text) for text in texts], dtype=np.int16)
    index = 2 * code + np.asarray(collective, dtype=np.int64)
    return pd.Categorical.from_codes(text_code[index], categories=categories)
