"""The embedded Artois typical year (the application's default climate)."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from artois_energy_desk.core.climate.synthetic import synthesize_typical_year
from artois_energy_desk.core.climate.weather import WeatherYear

__all__ = ["ARTOIS_SOURCE", "artois_typical_year"]

#: Text naming the embedded year on every result.
ARTOIS_SOURCE = ("Année type synthétique Artois (statistiques mensuelles, "
                 "proxy Bruxelles-Uccle TMYx 2007-2021)")


def artois_typical_year(monthly_stats: pd.DataFrame, site: Mapping[str, float],
                        source: str = ARTOIS_SOURCE, period: str = "2007-2021"
                        ) -> WeatherYear:
    """Synthesise the Artois typical year from its monthly statistics.

    Parameters
    ----------
    monthly_stats : pandas.DataFrame
        Monthly statistics (``data/climate/artois_monthly_statistics.csv`` as read by
        :func:`artois_energy_desk.io.weather.read_monthly_statistics`); columns of
        :data:`~artois_energy_desk.core.climate.synthetic.MONTHLY_STATISTICS_COLUMNS`.
    site : mapping
        ``latitude``, ``longitude`` [degrees] and ``altitude_m`` [m] of the site
        (Lens, ``data/climate/artois_site.csv``).
    source, period : str
        Texts shown with every result.

    Returns
    -------
    WeatherYear
        See :func:`~artois_energy_desk.core.climate.synthetic.synthesize_typical_year`
        for the method and its references.
    """
    return synthesize_typical_year(monthly_stats, site["latitude"], site["longitude"],
                                   site["altitude_m"], source=source, period=period)
