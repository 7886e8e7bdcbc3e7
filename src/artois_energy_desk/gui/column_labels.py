"""French headers (with units) of the roof-table columns, translatable."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

__all__ = ["clear_label_cache", "column_label"]

translate = QCoreApplication.translate


@cache
def _labels() -> dict[str, str]:
    return {
        "rank": translate("ColumnLabels", "Rang"),
        "facets": translate("ColumnLabels", "Pans"),
        "buildings": translate("ColumnLabels", "Bâtiments"),
        "pv_annual_yield_mwh": translate("ColumnLabels", "Production PV (MWh/an)"),
        "thermal_annual_mwh": translate(
            "ColumnLabels", "Production thermique (MWh/an)"
        ),
        "roof_id": translate("ColumnLabels", "Identifiant"),
        "building_id": translate("ColumnLabels", "Bâtiment"),
        "commune_name": translate("ColumnLabels", "Commune"),
        "commune_insee": translate("ColumnLabels", "Code INSEE"),
        "epci": translate("ColumnLabels", "EPCI"),
        "epci_siren": translate("ColumnLabels", "SIREN de l'EPCI"),
        "building_use": translate("ColumnLabels", "Usage"),
        "area_m2": translate("ColumnLabels", "Surface (m²)"),
        "tilt_deg": translate("ColumnLabels", "Pente (°)"),
        "azimuth_deg": translate("ColumnLabels", "Azimut (°, 180 = sud)"),
        "latitude": translate("ColumnLabels", "Latitude (°)"),
        "longitude": translate("ColumnLabels", "Longitude (°)"),
        "usable_ratio": translate("ColumnLabels", "Part utilisable (-)"),
        "shading_loss": translate("ColumnLabels", "Perte par ombrage (-)"),
        "irradiation_kwh_m2": translate(
            "ColumnLabels", "Irradiation cadastre (kWh/m²/an)"
        ),
        "dwellings": translate("ColumnLabels", "Logements"),
        "floor_area_m2": translate("ColumnLabels", "Surface de plancher (m²)"),
        "annual_electricity_kwh": translate(
            "ColumnLabels", "Consommation électrique (kWh/an)"
        ),
        "heating_energy": translate("ColumnLabels", "Énergie de chauffage"),
        "source_row": translate("ColumnLabels", "Ligne du fichier"),
        "pv_peak_power_kwp": translate("ColumnLabels", "Puissance PV (kWc)"),
        "pv_annual_yield_kwh": translate("ColumnLabels", "Production PV (kWh/an)"),
        "pv_specific_yield_kwh_per_kwp": translate(
            "ColumnLabels", "Productible (kWh/kWc)"
        ),
        "poa_annual_kwh_m2": translate(
            "ColumnLabels", "Irradiation du plan (kWh/m²/an)"
        ),
        "pv_module_area_m2": translate("ColumnLabels", "Surface de modules (m²)"),
        "pv_usable_area_m2": translate("ColumnLabels", "Surface utilisable (m²)"),
        "thermal_collector_area_m2": translate(
            "ColumnLabels", "Capteurs thermiques (m²)"
        ),
        "thermal_annual_kwh": translate(
            "ColumnLabels", "Production thermique (kWh/an)"
        ),
        "thermal_solar_fraction": translate("ColumnLabels", "Couverture solaire (-)"),
    }


def column_label(name: str) -> str:
    """Header of DataFrame column ``name``: French words and unit, else the name."""
    return _labels().get(name, name)


def clear_label_cache() -> None:
    """Forget the headers (call after the interface language changed)."""
    _labels.cache_clear()
