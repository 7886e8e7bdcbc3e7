"""Pipe hydraulics: water properties, Darcy-Weisbach friction with Colebrook-White.

Every function works on scalars and numpy arrays alike (element-wise). Pressure drops
are for one pipe (supply or return); the pair's contribution to a loop is their sum.

References
----------
.. [1] C. F. Colebrook, "Turbulent flow in pipes, with particular reference to the
   transition region between the smooth and rough pipe laws", J. Inst. Civ. Eng. 11
   (1939) 133-156.
.. [2] ``shared/reference/heat-networks.md`` §2 (Darcy-Weisbach, laminar 64/Re,
   Colebrook-White) and §11 (pump power, after
   ``oemof/DHNx docs/simulation_models.rst``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from artois_energy_desk import InputError

__all__ = [
    "WaterProperties",
    "friction_factor",
    "pressure_gradient_pa_per_m",
    "pump_electric_power_w",
    "velocity_m_s",
    "water_properties",
]

#: Reynolds number below which the flow is laminar (64/Re).
LAMINAR_REYNOLDS = 2300.0
_COLEBROOK_ITERATIONS = 30
_COLEBROOK_TOLERANCE = 1e-10


@dataclass(frozen=True)
class WaterProperties:
    """Liquid water at one temperature.

    Attributes
    ----------
    temp_c : float
        Temperature [°C].
    density_kg_m3 : float
        Density [kg/m³].
    viscosity_pa_s : float
        Dynamic viscosity [Pa·s].
    heat_capacity_j_per_kg_k : float
        Isobaric heat capacity [J/(kg·K)].
    """

    temp_c: float
    density_kg_m3: float
    viscosity_pa_s: float
    heat_capacity_j_per_kg_k: float


def water_properties(temp_c: float, table: pd.DataFrame) -> WaterProperties:
    """Interpolate water properties at ``temp_c`` in the parameter table.

    Parameters
    ----------
    temp_c : float
        Water temperature [°C].
    table : pandas.DataFrame
        Table ``network_water_properties`` (``temp_c``, ``density_kg_m3``,
        ``viscosity_pa_s``, ``heat_capacity_j_per_kg_k``).

    Raises
    ------
    InputError
        If ``temp_c`` lies outside the table (no extrapolation).
    """
    table = table.sort_values("temp_c")
    low, high = float(table["temp_c"].iloc[0]), float(table["temp_c"].iloc[-1])
    if not low <= temp_c <= high:
        raise InputError(
            f"température d'eau {temp_c:g} °C hors du domaine des propriétés de l'eau "
            f"({low:g} à {high:g} °C) ; réseaux à eau surchauffée non traités."
        )

    def at(column: str) -> float:
        return float(np.interp(temp_c, table["temp_c"], table[column]))

    return WaterProperties(
        temp_c,
        at("density_kg_m3"),
        at("viscosity_pa_s"),
        at("heat_capacity_j_per_kg_k"),
    )


def velocity_m_s(mass_flow_kg_s, inner_diameter_m, density_kg_m3):
    """Mean velocity v = ṁ / (ρ·π·d²/4) [m/s].

    Parameters
    ----------
    mass_flow_kg_s : numeric
        Mass flow [kg/s].
    inner_diameter_m : numeric
        Inner diameter [m].
    density_kg_m3 : numeric
        Water density [kg/m³].
    """
    area_m2 = np.pi * np.asarray(inner_diameter_m, dtype=float) ** 2 / 4.0
    return np.abs(np.asarray(mass_flow_kg_s, dtype=float)) / (density_kg_m3 * area_m2)


def friction_factor(reynolds, relative_roughness):
    """Darcy friction factor: 64/Re when laminar, Colebrook-White otherwise [-].

    Colebrook-White, 1/√λ = −2·log10(ε/(3.7·d) + 2.51/(Re·√λ)), is solved by fixed-point
    iteration on x = 1/√λ started from the Swamee-Jain explicit value; it converges to
    1e-10 in a few steps over the whole turbulent range.

    Parameters
    ----------
    reynolds : numeric
        Reynolds number [-]; zero gives a zero factor (no flow).
    relative_roughness : numeric
        ε/d [-].

    References
    ----------
    .. [1] Colebrook (1939), see module references; Swamee and Jain (1976), J. Hydraul.
       Div. 102(5), start value only.
    """
    re, rel = np.broadcast_arrays(
        np.asarray(reynolds, dtype=float), np.asarray(relative_roughness, dtype=float)
    )
    result = np.zeros(re.shape)
    laminar = (re > 0) & (re < LAMINAR_REYNOLDS)
    result[laminar] = 64.0 / re[laminar]
    turbulent = re >= LAMINAR_REYNOLDS
    if turbulent.any():
        result[turbulent] = _colebrook(re[turbulent], rel[turbulent])
    return result if result.ndim else float(result)


def _colebrook(re: np.ndarray, rel: np.ndarray) -> np.ndarray:
    x = -2.0 * np.log10(rel / 3.7 + 5.74 / re**0.9)
    for _ in range(_COLEBROOK_ITERATIONS):
        updated = -2.0 * np.log10(rel / 3.7 + 2.51 * x / re)
        if np.max(np.abs(updated - x)) < _COLEBROOK_TOLERANCE:
            x = updated
            break
        x = updated
    return 1.0 / x**2


def pressure_gradient_pa_per_m(
    mass_flow_kg_s, inner_diameter_m, roughness_m, water: WaterProperties
):
    """Specific pressure drop of one pipe, Δp/L = λ·ρ·v²/(2·d) [Pa/m].

    Parameters
    ----------
    mass_flow_kg_s : numeric
        Mass flow [kg/s].
    inner_diameter_m : numeric
        Inner diameter [m].
    roughness_m : numeric
        Absolute roughness [m].
    water : WaterProperties
        Water at the pipe's temperature.
    """
    d = np.asarray(inner_diameter_m, dtype=float)
    v = velocity_m_s(mass_flow_kg_s, d, water.density_kg_m3)
    reynolds = water.density_kg_m3 * v * d / water.viscosity_pa_s
    lam = friction_factor(reynolds, np.asarray(roughness_m, dtype=float) / d)
    return lam * water.density_kg_m3 * v**2 / (2.0 * d)


def pump_electric_power_w(
    head_pa: float,
    mass_flow_kg_s: float,
    density_kg_m3: float,
    efficiency_hydraulic: float,
    efficiency_electric: float,
) -> float:
    """Electrical power of the circulation pump, P = Δp·ṁ / (ρ·η_hyd·η_el) [W].

    Parameters
    ----------
    head_pa : float
        Pump head (differential pressure) [Pa].
    mass_flow_kg_s : float
        Mass flow through the pump [kg/s].
    density_kg_m3 : float
        Water density at the pump [kg/m³].
    efficiency_hydraulic, efficiency_electric : float
        Efficiencies [-].

    References
    ----------
    .. [1] ``oemof/DHNx docs/simulation_models.rst``
       (``shared/reference/heat-networks.md`` §11).
    """
    return (
        head_pa
        * mass_flow_kg_s
        / (density_kg_m3 * efficiency_hydraulic * efficiency_electric)
    )
