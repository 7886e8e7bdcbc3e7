"""Annual heat demand and design peak of candidate buildings, French conventions.

The annual heating need is taken from the input where given, otherwise estimated by the
France Chaleur Urbaine ratios (by DPE class, tertiary use, construction period or number
of dwellings) with a degree-day correction. The design peak follows FCU's
full-load-hours method: FLH = DJU·24 / (T_non-heating − T_base),
peak = Q / (FLH × intermittence) × (1 + oversizing),
DHW peak = Q_DHW / 3 000 h × (1 + oversizing).

References
----------
.. [1] ``betagouv/france-chaleur-urbaine-publicodes``
   ``src/ratios-techniques.publicodes``, ``src/calculs-techniques.publicodes``
   (``shared/reference/heat-networks.md`` §6-§8).
"""

from __future__ import annotations

import unicodedata

import numpy as np
import pandas as pd

from artois_energy_desk.core.parameters import ParameterSet

__all__ = ["RESIDENTIAL_USES", "estimate_demand", "full_load_hours"]

#: Normalised ``building_use`` values read as residential.
RESIDENTIAL_USES = frozenset(
    {
        "residentiel",
        "logement",
        "logements",
        "habitat",
        "residential",
        "maison",
        "appartement",
        "immeuble",
    }
)


def full_load_hours(params: ParameterSet) -> float:
    """Continuous full-load hours of heating, FLH = DJU·24 / (T_nh − T_base) [h]."""
    p = params.subset("network")
    return (
        float(p["degree_days_site_fcu"])
        * 24.0
        / (float(p["non_heating_temp_c"]) - float(p["base_outdoor_temp_c"]))
    )


def estimate_demand(
    buildings: pd.DataFrame,
    params: ParameterSet,
    degree_days_base18: float | None = None,
) -> pd.DataFrame:
    """Annual heating demand, DHW demand and design peak of each building.

    Parameters
    ----------
    buildings : pandas.DataFrame
        Optional columns: ``annual_demand_mwh`` (heating, or total when no DHW split),
        ``annual_dhw_mwh``, ``design_peak_kw``, ``floor_area_m2``, ``building_use``,
        ``dpe_class`` (A-G), ``construction_year``, ``dwellings``.
    params : ParameterSet
        Parameters ``network.*`` and tables ``network_demand_*``.
    degree_days_base18 : float, optional
        Base-18 °C degree-days of the site [K·day/yr] for the volumetric method; default
        parameter ``network.degree_days_base18_site`` (the climate module's seam).

    Returns
    -------
    pandas.DataFrame
        Same index; ``annual_demand_mwh`` (heating + DHW), ``annual_dhw_mwh``,
        ``design_peak_kw``, ``demand_method``, ``peak_method`` (French text). Rows with
        nothing to estimate from have NaN and ``demand_method`` empty.
    """
    frame = buildings
    heating, method = _heating_mwh(frame, params, degree_days_base18)
    dhw = _column(frame, "annual_dhw_mwh").fillna(0.0)
    peak, peak_method = _peak_kw(frame, heating, dhw, params)
    return pd.DataFrame(
        {
            "annual_demand_mwh": heating + dhw,
            "annual_dhw_mwh": dhw,
            "design_peak_kw": peak,
            "demand_method": method,
            "peak_method": peak_method,
        },
        index=frame.index,
    )


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    if name not in frame.columns:
        return pd.Series(np.nan, index=frame.index, dtype=float)
    return pd.to_numeric(frame[name], errors="coerce").astype(float)


def _text(frame: pd.DataFrame, name: str) -> pd.Series:
    if name not in frame.columns:
        return pd.Series("", index=frame.index, dtype=object)
    return frame[name].fillna("").astype(str).map(_normalise)


def _normalise(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return plain.strip().lower().replace(" ", "_").replace("-", "_")


def _heating_mwh(frame, params, degree_days_base18):
    p = params.subset("network")
    correction = float(p["degree_days_site_fcu"]) / float(
        p["degree_days_reference_fcu"]
    )
    dju18 = float(
        p["degree_days_base18_site"]
        if degree_days_base18 is None
        else degree_days_base18
    )
    area = _column(frame, "floor_area_m2")
    use = _text(frame, "building_use")
    residential = use.isin(RESIDENTIAL_USES) | (use == "")
    heating = pd.Series(np.nan, index=frame.index, dtype=float)
    method = pd.Series("", index=frame.index, dtype=object)

    def fill(values: pd.Series, label: str) -> None:
        usable = heating.isna() & values.notna()
        heating[usable] = values[usable]
        method[usable] = label

    given = _column(frame, "annual_demand_mwh") - _column(
        frame, "annual_dhw_mwh"
    ).fillna(0)
    fill(given, "donnée d'entrée")
    dpe = params.table("network_demand_dpe").set_index("dpe_class")
    dpe_ratio = _text(frame, "dpe_class").str.upper().map(dpe["heating_kwh_per_m2"])
    fill(
        (dpe_ratio * area * correction / 1000.0).where(residential),
        "ratio FCU par classe DPE × surface, correction DJU",
    )
    tertiary = params.table("network_demand_tertiary").set_index("use")
    fill(
        use.map(tertiary["heating_kwh_per_m2"]) * area * correction / 1000.0,
        "ratio FCU tertiaire par usage × surface, correction DJU",
    )
    g = _period_rows(frame, params)["g_w_per_m3_k"]
    volume = area * float(p["storey_height_m"])
    fill(
        g * volume * 24.0 * dju18 / 1e6,
        f"coefficient G par période × volume × DJU base 18 ({dju18:g})",
    )
    fill(
        _column(frame, "dwellings") * float(p["dwelling_heating_mwh"]),
        "nombre de logements × besoin moyen FCU",
    )
    return heating, method


def _period_rows(frame: pd.DataFrame, params: ParameterSet) -> pd.DataFrame:
    periods = params.table("network_demand_period")
    year = _column(frame, "construction_year")
    index = np.full(len(frame), -1)
    for row, (start, stop) in enumerate(
        zip(periods["year_from"], periods["year_to"], strict=True)
    ):
        index[((year >= start) & (year <= stop)).to_numpy()] = row
    result = pd.DataFrame(
        np.nan, index=frame.index, columns=["g_w_per_m3_k", "intermittence"]
    )
    found = index >= 0
    result.loc[found] = periods[["g_w_per_m3_k", "intermittence"]].to_numpy()[
        index[found]
    ]
    return result


def _peak_kw(frame, heating, dhw, params):
    p = params.subset("network")
    oversize = 1.0 + float(p["peak_oversizing"])
    dpe = params.table("network_demand_dpe").set_index("dpe_class")["intermittence"]
    intermittence = _text(frame, "dpe_class").str.upper().map(dpe)
    intermittence = intermittence.fillna(_period_rows(frame, params)["intermittence"])
    intermittence = intermittence.fillna(float(p["default_intermittence"])).astype(
        float
    )
    hours = full_load_hours(params)
    estimated = (
        heating * 1000.0 / (hours * intermittence)
        + dhw * 1000.0 / float(p["dhw_full_load_hours"])
    ) * oversize
    given = _column(frame, "design_peak_kw")
    peak = given.fillna(estimated)
    label = (
        f"heures pleines FCU ({hours:.0f} h × intermittence), "
        f"+{float(p['peak_oversizing']):.0%}"
    )
    method = pd.Series(
        np.where(given.notna(), "donnée d'entrée", label),
        index=frame.index,
        dtype=object,
    )
    return peak, method.where(peak.notna(), "")
