"""Climate: the hourly weather year the models run on, and its summaries."""

from artois_energy_desk.core.climate.artois import ARTOIS_SOURCE, artois_typical_year
from artois_energy_desk.core.climate.summary import (
    heating_degree_days,
    monthly_statistics,
    monthly_summary,
)
from artois_energy_desk.core.climate.synthetic import (
    MONTHLY_STATISTICS_COLUMNS,
    TYPICAL_YEAR,
    synthesize_typical_year,
)
from artois_energy_desk.core.climate.timing import (
    closure_error_w_m2,
    detect_sun_offset_min,
    monthly_sun_offsets_min,
    retime_months,
)
from artois_energy_desk.core.climate.weather import WEATHER_COLUMNS, WeatherYear

__all__ = [
    "ARTOIS_SOURCE",
    "MONTHLY_STATISTICS_COLUMNS",
    "TYPICAL_YEAR",
    "WEATHER_COLUMNS",
    "WeatherYear",
    "artois_typical_year",
    "closure_error_w_m2",
    "detect_sun_offset_min",
    "heating_degree_days",
    "monthly_statistics",
    "monthly_summary",
    "monthly_sun_offsets_min",
    "retime_months",
    "synthesize_typical_year",
]
