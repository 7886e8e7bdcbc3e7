"""Far shading by a site horizon profile (hills, distant buildings).

When the sun is below the horizon profile seen from the site, its direct beam does not
reach the site: the direct normal irradiance of that hour is set to zero before the
transposition, the recipe of pvlib's gallery example "simple irradiance adjustment for
horizon shading". The diffuse and ground-reflected parts are kept. One profile applies
to the whole territory evaluated with the same sky (one climate, one horizon).
"""

from __future__ import annotations

import dataclasses

import numpy as np

from artois_energy_desk.core.solar.sky import Sky

__all__ = ["apply_horizon", "horizon_elevation"]


def horizon_elevation(profile_azimuth_deg, profile_elevation_deg,
                      solar_azimuth_deg) -> np.ndarray:
    """Horizon elevation seen in the direction of the sun [degrees].

    Parameters
    ----------
    profile_azimuth_deg : array_like
        Azimuths of the profile [degrees, 0 = north, 90 = east], any order, 0..360.
    profile_elevation_deg : array_like
        Horizon elevation at those azimuths [degrees above the horizontal].
    solar_azimuth_deg : array_like
        Solar azimuths [degrees, same convention].

    Returns
    -------
    numpy.ndarray
        Elevation interpolated linearly, wrapping around north.
    """
    azimuth = np.mod(np.asarray(profile_azimuth_deg, dtype=float), 360.0)
    order = np.argsort(azimuth)
    azimuth = azimuth[order]
    elevation = np.asarray(profile_elevation_deg, dtype=float)[order]
    return np.interp(np.mod(solar_azimuth_deg, 360.0), azimuth, elevation,
                     period=360.0)


def apply_horizon(sky: Sky, profile_azimuth_deg, profile_elevation_deg) -> Sky:
    """Return ``sky`` with no direct beam while the sun is below the horizon profile.

    Parameters
    ----------
    sky : Sky
        The unshaded sky.
    profile_azimuth_deg, profile_elevation_deg : array_like
        The horizon profile (see :func:`horizon_elevation`).

    Returns
    -------
    Sky
        Same hours; ``dni`` is 0 where the apparent solar elevation is below the
        profile; the source names the far shading.

    References
    ----------
    pvlib-python, gallery example ``plot_simple_irradiance_adjustment_for_horizon_
    shading.py`` (shared/reference/pv.md §1, "Far horizon").
    """
    horizon = horizon_elevation(profile_azimuth_deg, profile_elevation_deg,
                                sky.solar_azimuth)
    hidden = (90.0 - sky.apparent_zenith) < horizon
    dni = np.where(hidden, 0.0, sky.dni)
    return dataclasses.replace(sky, dni=dni,
                               source=f"{sky.source} ; masque d'horizon lointain")
