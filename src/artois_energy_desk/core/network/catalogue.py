"""EN 253 pipe catalogue: choose the smallest nominal diameter that meets the limits.

Rule (THERMOS, ``docs/network/technical-description.org``; critical-path sizing of
``DrTol/dh-pipe-dimensioning-tool``): the smallest catalogue row whose specific pressure
drop and velocity at the design mass flow stay within the limits. The check is made at
both the supply and the return temperature (the colder, more viscous return is the
binding one), so the chosen pipe is valid for the pair.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from artois_energy_desk import InputError
from artois_energy_desk.core.network.hydraulics import (
    WaterProperties,
    pressure_gradient_pa_per_m,
    velocity_m_s,
)

__all__ = ["CATALOGUE_COLUMNS", "PipeChoice", "catalogue_series", "choose_pipes"]

#: Columns a pipe catalogue must have.
CATALOGUE_COLUMNS = (
    "dn",
    "series",
    "inner_diameter_mm",
    "outer_diameter_mm",
    "u_w_per_m_k",
    "roughness_mm",
)


@dataclass(frozen=True)
class PipeChoice:
    """Chosen catalogue rows, one per segment (arrays aligned with the input flows).

    Attributes
    ----------
    dn : ndarray of int
        Nominal diameter [mm].
    inner_diameter_m, outer_diameter_m : ndarray
        Service-pipe diameters [m].
    roughness_m : ndarray
        Absolute roughness [m].
    u_w_per_m_k : ndarray
        Heat-loss coefficient of one pipe [W/(m·K)].
    within_catalogue : ndarray of bool
        False where even the largest size breaks a limit (that size is then returned).
    """

    dn: np.ndarray
    inner_diameter_m: np.ndarray
    outer_diameter_m: np.ndarray
    roughness_m: np.ndarray
    u_w_per_m_k: np.ndarray
    within_catalogue: np.ndarray


def catalogue_series(
    catalogue: pd.DataFrame,
    series: int,
    min_dn: float = 0.0,
) -> pd.DataFrame:
    """Return the rows of one insulation series from ``min_dn`` up, sorted by DN.

    Raises
    ------
    InputError
        If the series has no row or a required column is missing.
    """
    missing = set(CATALOGUE_COLUMNS) - set(catalogue.columns)
    if missing:
        raise InputError(f"catalogue de tubes : colonnes manquantes {sorted(missing)}.")
    rows = catalogue[(catalogue["series"] == series) & (catalogue["dn"] >= min_dn)]
    rows = rows.dropna(subset=["inner_diameter_mm", "u_w_per_m_k"])
    if rows.empty:
        raise InputError(
            f"catalogue de tubes : aucune ligne pour la série d'isolation {series} "
            f"à partir du DN{min_dn:g} (séries disponibles : "
            f"{sorted(catalogue['series'].unique().tolist())})."
        )
    return rows.sort_values("dn").reset_index(drop=True)


def choose_pipes(
    mass_flow_kg_s: np.ndarray,
    rows: pd.DataFrame,
    waters: tuple[WaterProperties, ...],
    max_gradient_pa_per_m: float,
    max_velocity_m_s: float,
) -> PipeChoice:
    """Smallest catalogue row meeting both limits for every segment.

    Parameters
    ----------
    mass_flow_kg_s : ndarray
        Design mass flow of each segment [kg/s].
    rows : pandas.DataFrame
        One insulation series, sorted by DN (see :func:`catalogue_series`).
    waters : tuple of WaterProperties
        Water at each temperature the pipe must satisfy (supply and return).
    max_gradient_pa_per_m : float
        Maximum specific pressure drop [Pa/m].
    max_velocity_m_s : float
        Maximum velocity [m/s].
    """
    flows = np.asarray(mass_flow_kg_s, dtype=float)[:, None]
    d = rows["inner_diameter_mm"].to_numpy(float)[None, :] / 1000.0
    k = rows["roughness_mm"].to_numpy(float)[None, :] / 1000.0
    ok = np.ones((flows.shape[0], d.shape[1]), dtype=bool)
    for water in waters:
        ok &= pressure_gradient_pa_per_m(flows, d, k, water) <= max_gradient_pa_per_m
        ok &= velocity_m_s(flows, d, water.density_kg_m3) <= max_velocity_m_s
    within = ok.any(axis=1)
    index = np.where(within, ok.argmax(axis=1), len(rows) - 1)
    chosen = rows.iloc[index]
    return PipeChoice(
        dn=chosen["dn"].to_numpy(int),
        inner_diameter_m=chosen["inner_diameter_mm"].to_numpy(float) / 1000.0,
        outer_diameter_m=chosen["outer_diameter_mm"].to_numpy(float) / 1000.0,
        roughness_m=chosen["roughness_mm"].to_numpy(float) / 1000.0,
        u_w_per_m_k=chosen["u_w_per_m_k"].to_numpy(float),
        within_catalogue=within,
    )
