"""French headers (with units) of the roof-table columns, translatable."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

__all__ = ["clear_label_cache", "column_label"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ColumnLabels", text)


@cache
def _labels() -> dict[str, str]:
    return {
        "roof_id": _tr("Identifiant"),
        "building_id": _tr("Bâtiment"),
        "commune_name": _tr("Commune"),
        "commune_insee": _tr("Code INSEE"),
        "epci": _tr("EPCI"),
        "epci_siren": _tr("SIREN de l'EPCI"),
        "building_use": _tr("Usage"),
        "area_m2": _tr("Surface (m²)"),
        "tilt_deg": _tr("Pente (°)"),
        "azimuth_deg": _tr("Azimut (°, 180 = sud)"),
        "latitude": _tr("Latitude (°)"),
        "longitude": _tr("Longitude (°)"),
        "usable_ratio": _tr("Part utilisable (-)"),
        "shading_loss": _tr("Perte par ombrage (-)"),
        "irradiation_kwh_m2": _tr("Irradiation cadastre (kWh/m²/an)"),
        "dwellings": _tr("Logements"),
        "floor_area_m2": _tr("Surface de plancher (m²)"),
        "annual_electricity_kwh": _tr("Consommation électrique (kWh/an)"),
        "heating_energy": _tr("Énergie de chauffage"),
        "source_row": _tr("Ligne du fichier"),
        "pv_peak_power_kwp": _tr("Puissance PV (kWc)"),
        "pv_annual_yield_kwh": _tr("Production PV (kWh/an)"),
        "pv_specific_yield_kwh_per_kwp": _tr("Productible (kWh/kWc)"),
        "poa_annual_kwh_m2": _tr("Irradiation du plan (kWh/m²/an)"),
        "pv_module_area_m2": _tr("Surface de modules (m²)"),
        "pv_usable_area_m2": _tr("Surface utilisable (m²)"),
        "thermal_collector_area_m2": _tr("Capteurs thermiques (m²)"),
        "thermal_annual_kwh": _tr("Production thermique (kWh/an)"),
        "thermal_solar_fraction": _tr("Couverture solaire (-)"),
    }


def column_label(name: str) -> str:
    """Header of DataFrame column ``name``: French words and unit, else the name."""
    return _labels().get(name, name)


def clear_label_cache() -> None:
    """Forget the headers (call after the interface language changed)."""
    _labels.cache_clear()
