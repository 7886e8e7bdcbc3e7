"""ISO 9806 solar-thermal collector model on plane-of-array irradiance.

The collector is described by its steady-state / quasi-dynamic ISO 9806 parameters
(:class:`CollectorParameters`, read from the parameter table ``thermal_collectors``)
and evaluated hour by hour on the same plane-of-array components as PV (beam, sky
diffuse and ground-reflected irradiance with their angle of incidence). Everything here
is a pure function on arrays, so that one call evaluates many orientations at once.

References
----------
.. [1] ISO 9806:2017, Solar energy - Solar thermal collectors - Test methods.
.. [2] Solar Keymark data sheet DS 3663 (Chappée SOL 200 LH), CENER 2022.
.. [3] ASHRAE 93 incidence-angle modifier, as in ``pvlib.iam.ashrae``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from pvlib import iam

from artois_energy_desk.core.parameters import ParameterSet

__all__ = [
    "CollectorParameters",
    "collector_heat_flux",
    "collector_parameters",
    "effective_irradiance",
]

#: Name of the collector parameter table in ``data/parameters/tables``.
COLLECTOR_TABLE = "thermal_collectors"


@dataclass(frozen=True)
class CollectorParameters:
    """ISO 9806 parameters of one collector, with their area basis and provenance.

    Parameters
    ----------
    name : str
        Row name in the collector table.
    collector_type : str
        ``flat_plate`` or ``evacuated_tube``.
    area_basis : str
        ``gross`` or ``aperture``: the area the coefficients refer to. Every area and
        every kWh/m² computed with this set is per m² of that area.
    module_area_m2 : float
        Area of one collector module on that basis [m²].
    eta0 : float
        Peak (zero-loss) efficiency, beam reference [-].
    a1_w_per_m2k : float
        Linear heat-loss coefficient [W/(m²·K)].
    a2_w_per_m2k2 : float
        Quadratic heat-loss coefficient [W/(m²·K²)].
    iam_b0 : float
        ASHRAE incidence-angle-modifier coefficient for beam irradiance [-].
    kd : float
        Incidence-angle modifier for diffuse (sky and ground) irradiance [-].
    source, status : str
        Provenance of the set (``sourced``, ``derived``, ``unverified``).
    """

    name: str
    collector_type: str
    area_basis: str
    module_area_m2: float
    eta0: float
    a1_w_per_m2k: float
    a2_w_per_m2k2: float
    iam_b0: float
    kd: float
    source: str = ""
    status: str = "unverified"


def collector_parameters(params: ParameterSet, name: str | None = None,
                         ) -> CollectorParameters:
    """Return a collector parameter set from the collector table.

    Parameters
    ----------
    params : ParameterSet
        Parameters holding table ``thermal_collectors``.
    name : str, optional
        Row name; default parameter ``thermal.collector``.

    Raises
    ------
    KeyError
        If no row has that name.
    """
    name = params.text("thermal.collector") if name is None else name
    table = params.table(COLLECTOR_TABLE)
    rows = table[table["name"] == name]
    if rows.empty:
        raise KeyError(f"unknown collector parameter set {name!r}")
    row = rows.iloc[0]
    return CollectorParameters(
        name=name, collector_type=str(row["collector_type"]),
        area_basis=str(row["area_basis"]), module_area_m2=float(row["module_area_m2"]),
        eta0=float(row["eta0"]), a1_w_per_m2k=float(row["a1_w_per_m2k"]),
        a2_w_per_m2k2=float(row["a2_w_per_m2k2"]), iam_b0=float(row["iam_b0"]),
        kd=float(row["kd"]), source=str(row["source"]), status=str(row["status"]),
    )


def effective_irradiance(aoi, poa_direct, poa_diffuse, collector: CollectorParameters):
    r"""Irradiance weighted by the incidence-angle modifiers, Kb·Gb + Kd·Gd [W/m²].

    .. math:: G_{eff} = K_b(\theta)\,G_b + K_d\,G_d,\quad
              K_b = \max(0, 1 - b_0 (1/\cos\theta - 1))

    Parameters
    ----------
    aoi : array-like
        Angle of incidence of the beam on the collector [degrees].
    poa_direct : array-like
        Beam irradiance on the collector plane [W/m²].
    poa_diffuse : array-like
        Sky-diffuse plus ground-reflected irradiance on the plane [W/m²].
    collector : CollectorParameters
        Supplies ``iam_b0`` and ``kd``.

    Returns
    -------
    numpy.ndarray
        Effective irradiance [W/m²], broadcast shape of the inputs.

    References
    ----------
    .. [1] ISO 9806:2017, quasi-dynamic model, beam and diffuse terms.
    """
    beam_modifier = iam.ashrae(np.asarray(aoi, dtype=float), b=collector.iam_b0)
    diffuse = collector.kd * np.asarray(poa_diffuse)
    return beam_modifier * np.asarray(poa_direct) + diffuse


def collector_heat_flux(g_effective, temp_air, mean_fluid_temp,
                        collector: CollectorParameters):
    r"""Useful heat flux of the collector per m² of its reference area [W/m²].

    .. math:: q = \max(0,\ \eta_0 G_{eff} - a_1 \Delta T - a_2 \Delta T^2),
              \quad \Delta T = \vartheta_m - \vartheta_a

    The collector is assumed to run only when its gain is positive (an ideal
    differential controller), hence the clip at zero.

    Parameters
    ----------
    g_effective : array-like
        Effective irradiance from :func:`effective_irradiance` [W/m²].
    temp_air : array-like
        Ambient temperature [°C], broadcastable to ``g_effective``.
    mean_fluid_temp : float or array-like
        Mean fluid temperature [°C], broadcastable to ``g_effective``.
    collector : CollectorParameters
        Supplies ``eta0``, ``a1_w_per_m2k``, ``a2_w_per_m2k2``.

    Returns
    -------
    numpy.ndarray
        Heat flux [W/m²] (``numpy.ndarray``; a ``pandas.Series`` input keeps its index).

    References
    ----------
    .. [1] ISO 9806:2017, steady-state and quasi-dynamic efficiency equations.
    """
    delta_t = (np.asarray(mean_fluid_temp, dtype=float)
               - np.asarray(temp_air, dtype=float))
    flux = (collector.eta0 * np.asarray(g_effective, dtype=float)
            - collector.a1_w_per_m2k * delta_t - collector.a2_w_per_m2k2 * delta_t ** 2)
    flux = np.maximum(flux, 0.0)
    if isinstance(g_effective, pd.Series):
        return pd.Series(flux, index=g_effective.index, name="collector_heat_flux")
    return flux
