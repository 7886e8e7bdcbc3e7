"""Climate: the hourly weather year the models run on, and its summaries."""

from artois_energy_desk.core.climate.weather import WEATHER_COLUMNS, WeatherYear

__all__ = ["WEATHER_COLUMNS", "WeatherYear"]
