"""Heat losses of buried pipe pairs, linear heat density, distance classes.

Losses use the catalogue U value of each single pipe (per metre, EN 253 isoplus data):
q = U·(T_fluid − T_ground) for the supply and the return pipe; at design conditions with
the design temperatures, over the year with the annual-mean temperatures.

References
----------
.. [1] ``shared/reference/heat-networks.md`` §4 (model 2, catalogue U; annual means),
   §9 (linear heat density per trench metre; Fonds Chaleur 1.5 MWh/(m·yr); France
   Chaleur Urbaine distance classes).
"""

from __future__ import annotations

import numpy as np

from artois_energy_desk.core.parameters import ParameterSet

__all__ = [
    "HOURS_PER_YEAR",
    "annual_heat_loss_mwh",
    "design_heat_loss_w",
    "fcu_distance_class",
    "linear_heat_density_mwh_per_m",
]

HOURS_PER_YEAR = 8760.0


def design_heat_loss_w(
    length_m,
    u_w_per_m_k,
    supply_temp_c: float,
    return_temp_c: float,
    ground_temp_c: float,
):
    """Heat loss of a supply/return pipe pair at given temperatures [W].

    q = L·U·[(T_supply − T_ground) + (T_return − T_ground)].

    Parameters
    ----------
    length_m : numeric
        Trench length [m].
    u_w_per_m_k : numeric
        Heat-loss coefficient of one pipe [W/(m·K)].
    supply_temp_c, return_temp_c, ground_temp_c : float
        Temperatures [°C].
    """
    delta_k = (supply_temp_c - ground_temp_c) + (return_temp_c - ground_temp_c)
    return (
        np.asarray(length_m, dtype=float)
        * np.asarray(u_w_per_m_k, dtype=float)
        * delta_k
    )


def annual_heat_loss_mwh(length_m, u_w_per_m_k, params: ParameterSet):
    """Annual heat loss of a pipe pair at annual-mean temperatures [MWh/yr].

    Parameters
    ----------
    length_m : numeric
        Trench length [m].
    u_w_per_m_k : numeric
        Heat-loss coefficient of one pipe [W/(m·K)].
    params : ParameterSet
        ``network.annual_supply_temp_c``, ``network.annual_return_temp_c``,
        ``network.ground_temp_annual_c``.
    """
    watts = design_heat_loss_w(
        length_m,
        u_w_per_m_k,
        params.value("network.annual_supply_temp_c"),
        params.value("network.annual_return_temp_c"),
        params.value("network.ground_temp_annual_c"),
    )
    return watts * HOURS_PER_YEAR / 1e6


def linear_heat_density_mwh_per_m(delivered_mwh, trench_length_m):
    """Heat delivered per metre of trench per year [MWh/(m·yr)]; NaN for zero length.

    References
    ----------
    .. [1] ADEME Fonds Chaleur threshold 1.5 MWh/(m·yr)
       (``betagouv/france-chaleur-urbaine src/pages/collectivites-et-exploitants.tsx``).
    """
    length = np.asarray(trench_length_m, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        density = np.where(
            length > 0, np.asarray(delivered_mwh, dtype=float) / length, np.nan
        )
    return density if density.ndim else float(density)


def fcu_distance_class(distance_m, params: ParameterSet) -> np.ndarray:
    """France Chaleur Urbaine class of a building's distance to an existing network.

    ≤ 100 m "très proche", ≤ 200 m "éligible", ≤ 1 000 m "éloigné", beyond "très
    éloigné"; NaN distance (no existing network) gives "sans réseau existant".

    Parameters
    ----------
    distance_m : array-like
        Straight-line distance to the nearest existing pipe [m].
    params : ParameterSet
        ``network.fcu_very_close_m``, ``network.fcu_eligible_m``, ``network.fcu_far_m``.
    """
    d = np.asarray(distance_m, dtype=float)
    bounds = [
        params.value("network.fcu_very_close_m"),
        params.value("network.fcu_eligible_m"),
        params.value("network.fcu_far_m"),
    ]
    labels = np.array(
        ["très proche", "éligible", "éloigné", "très éloigné"], dtype=object
    )
    result = labels[np.searchsorted(bounds, np.nan_to_num(d, nan=0.0), side="left")]
    return np.where(np.isnan(d), "sans réseau existant", result)
