"""Solar-thermal potential of roof facets and solar DHW systems of their buildings.

Two levels, on the same hourly plane-of-array irradiance as PV (:mod:`.sky`):

- per facet, the collector yield per m² at three fixed mean fluid temperatures
  (25 / 50 / 75 °C, as Solar Keymark reports), tabulated once over orientations
  (:func:`build_thermal_table`) and interpolated for each facet;
- per building that needs hot water, a solar DHW system on its best facet: DPE load
  (:mod:`.dhw`), sizing and monthly solar fraction (:mod:`.thermal_system`). The hourly
  store model (:func:`thermal_detail`) gives the detailed view of one building.

The facet layout (mounting, module plane, usable and module area) is the PV one
(:func:`~artois_energy_desk.core.solar.pv_sizing.size_pv`), so that PV and collectors
compete for the same area (:func:`~.thermal_allocation.allocate_roof_use`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import numpy as np
import pandas as pd

from artois_energy_desk.core.parameters import ParameterSet
from artois_energy_desk.core.progress import Progress, Task, scaled
from artois_energy_desk.core.solar.dhw import dhw_convention, monthly_dhw_need_kwh
from artois_energy_desk.core.solar.orientation_grid import (
    OrientationGrid,
    build_orientation_grid,
)
from artois_energy_desk.core.solar.pv_sizing import size_pv
from artois_energy_desk.core.solar.sky import Sky, poa_components
from artois_energy_desk.core.solar.thermal_buildings import (
    building_demand,
    choose_facets,
)
from artois_energy_desk.core.solar.thermal_collector import (
    CollectorParameters,
    collector_heat_flux,
    collector_parameters,
    effective_irradiance,
)
from artois_energy_desk.core.solar.thermal_store import (
    HourlyResult,
    hourly_draw_kwh,
    simulate_store,
    store_parameters,
)
from artois_energy_desk.core.solar.thermal_system import (
    daily_hot_water_l,
    fchart_coefficients,
    loop_parameters,
    monthly_solar_heat,
    size_system,
)

__all__ = [
    "EFFECTIVE_QUANTITY", "MODES", "SYSTEM_KINDS", "ThermalTable",
    "build_thermal_table", "evaluate_thermal", "thermal_columns", "thermal_detail",
    "yield_column",
]

#: Hourly effective irradiation Kb·Gb + Kd·Gd on the collector plane [kWh/m²].
EFFECTIVE_QUANTITY = "effective_irradiation_kwh_m2"
#: Roof-use modes: PV only, thermal only, or thermal first then PV.
MODES = ("pv", "thermal", "both")
#: Values of ``thermal_system``.
SYSTEM_KINDS = ("none", "single_house", "collective")
_WH_PER_KWH = 1000.0


@dataclass(frozen=True, eq=False)
class ThermalTable:
    """Collector yield and effective irradiation by orientation.

    Parameters
    ----------
    grid : OrientationGrid
        Quantities :data:`EFFECTIVE_QUANTITY` and ``yield_<T>c_kwh_m2`` for each fixed
        mean fluid temperature ``T`` [kWh/m² of collector reference area], computed
        hourly at each node.
    lookup : OrientationGrid
        ``grid`` resampled every ``thermal.table_lookup_step_deg`` by bicubic
        interpolation, read bilinearly for each facet (as the PV table).
    collector : CollectorParameters
        The collector the table was built with.
    fluid_temps_c : tuple of float
        Low, reference and high fixed mean fluid temperatures [°C].
    temp_air_c, hours : numpy.ndarray, shape (12,)
        Monthly mean air temperature [°C] and hours per month [h] of the weather year.
    source : str
        Source of the weather year.
    """

    grid: OrientationGrid
    lookup: OrientationGrid
    collector: CollectorParameters
    fluid_temps_c: tuple[float, float, float]
    temp_air_c: np.ndarray
    hours: np.ndarray
    source: str


def yield_column(temp_c: float, reference: bool = False) -> str:
    """Result column of the collector yield at ``temp_c`` (short for the reference)."""
    return "thermal_yield_kwh_m2" if reference else f"thermal_yield_{temp_c:g}c_kwh_m2"


def thermal_columns(params: ParameterSet) -> tuple[str, ...]:
    """Columns returned by :func:`evaluate_thermal` with these parameters."""
    low, mid, high = _fluid_temps(params)
    return (
        yield_column(mid, True), yield_column(low), yield_column(high),
        "thermal_system", "thermal_dwellings", "thermal_nadeq", "thermal_dhw_need_kwh",
        "thermal_collector_area_m2", "thermal_store_volume_l", "thermal_annual_kwh",
        "thermal_solar_fraction", "thermal_system_yield_kwh_m2", "thermal_assumptions",
    )


def build_thermal_table(sky: Sky, params: ParameterSet) -> Task[ThermalTable]:
    """Tabulate collector yield and effective irradiation over orientations (a task).

    Parameters
    ----------
    sky : Sky
        Hourly sky of the territory's weather year.
    params : ParameterSet
        ``thermal.*`` parameters, the collector table and ``pv.albedo``.

    Yields
    ------
    Progress
        After each chunk of orientations.

    Returns
    -------
    ThermalTable
    """
    collector = collector_parameters(params)
    temps = _fluid_temps(params)
    lit = sky.irradiated()
    model = partial(_hourly_model, lit, collector, temps, params.value("pv.albedo"))
    grid = yield from scaled(build_orientation_grid(
        model, lit.month, message="Table des capteurs solaires thermiques"), 0.0, 0.99)
    one_hot = sky.month[:, None] == np.arange(1, 13)[None, :]
    hours = one_hot.sum(axis=0).astype(float)
    temp_air = (sky.temp_air @ one_hot) / np.maximum(hours, 1.0)
    step = params.value("thermal.table_lookup_step_deg")
    lookup = grid.resampled(step, step)
    yield Progress(1.0, "Table des capteurs solaires thermiques prête")
    return ThermalTable(grid, lookup, collector, temps, temp_air, hours, sky.source)


def evaluate_thermal(roofs: pd.DataFrame, table: ThermalTable, params: ParameterSet,
                     *, mode: str = "both", pv_results: pd.DataFrame | None = None,
                     building_codes: np.ndarray | None = None) -> pd.DataFrame:
    """Collector potential of every facet and the solar DHW system of each building.

    Every facet gets its collector yield at the three fixed fluid temperatures (in its
    PV module plane, without its shading loss, comparable with a Keymark sheet). With
    ``mode`` ``"thermal"`` or ``"both"``, each building that needs hot water gets one
    system, on its best facet that holds a collector module: DPE load, area and store
    by the sizing rules capped by the facet's module area, useful solar heat and
    solar fraction by the monthly method with the facet's shading loss applied to the
    irradiation. The system columns are filled on that facet only (0 / NaN on the
    others). With ``mode="pv"`` no system is computed.

    Parameters
    ----------
    roofs : pandas.DataFrame
        Validated facets: ``area_m2``, ``tilt_deg``, ``azimuth_deg``; optional
        ``usable_ratio``, ``shading_loss``, ``building_id``, ``dwellings``,
        ``floor_area_m2`` (living area of the building) [m²], ``building_use``.
    table : ThermalTable
        From :func:`build_thermal_table`.
    params : ParameterSet
        Model parameters (``thermal.*``, ``pv.*`` layout and default shading).
    mode : {"pv", "thermal", "both"}
        Roof use (see :func:`~.thermal_allocation.allocate_roof_use`).
    pv_results : pandas.DataFrame, optional
        Results of :func:`~artois_energy_desk.core.solar.pv.evaluate_pv` for the same
        rows: its layout columns (``pv_tilt_deg``, ``pv_azimuth_deg``,
        ``pv_module_area_m2``) are reused instead of laying the facets out again.
    building_codes : numpy.ndarray of int, optional
        Building number of each row as
        :func:`~artois_energy_desk.core.solar.thermal_buildings.building_codes` gives
        it, when the caller already has it (saves grouping the facets again).

    Returns
    -------
    pandas.DataFrame
        Indexed like ``roofs``, columns :func:`thermal_columns`. ``roofs`` is not
        modified.

    Raises
    ------
    ValueError
        If ``mode`` is unknown or the table was built with another collector.
    """
    if mode not in MODES:
        raise ValueError(f"mode {mode!r} inconnu ; attendu l'un de {MODES}")
    if table.collector != collector_parameters(params):
        raise ValueError("la table thermique a été calculée avec un autre capteur")
    layout = size_pv(roofs, params) if pv_results is None else pv_results
    tilt = layout["pv_tilt_deg"].to_numpy()
    azimuth = layout["pv_azimuth_deg"].to_numpy()
    names = [f"yield_{t:g}c_kwh_m2" for t in table.fluid_temps_c]
    annual = table.lookup.interpolate(names, tilt, azimuth, method="linear",
                                      columns=[0])[:, :, 0]
    low, mid, high = table.fluid_temps_c
    columns = {
        yield_column(mid, True): annual[:, 1], yield_column(low): annual[:, 0],
        yield_column(high): annual[:, 2],
    }
    systems = _empty_systems(len(roofs))
    if mode != "pv":
        _fill_systems(systems, roofs, layout, annual[:, 1], table, params,
                      building_codes)
    columns.update(systems)
    return pd.DataFrame(columns, index=roofs.index, copy=False)


def thermal_detail(sky: Sky, surface_tilt: float, surface_azimuth: float,
                   area_m2: float, store_volume_l: float, nadeq: float,
                   params: ParameterSet, *, shading_loss: float = 0.0) -> HourlyResult:
    """Hourly store simulation of one building's solar DHW system (detailed view).

    Parameters
    ----------
    sky : Sky
        Hourly sky (all hours).
    surface_tilt, surface_azimuth : float
        Collector plane [degrees].
    area_m2, store_volume_l : float
        Collector area [m²] and store volume [L].
    nadeq : float
        Adult-equivalents of the building [-].
    params : ParameterSet
        Model parameters.
    shading_loss : float
        Share of the irradiance lost to shading [-].

    Returns
    -------
    HourlyResult
        Monthly load, solar heat, collector heat, store losses [kWh] and the hourly
        store temperature [°C].
    """
    collector = collector_parameters(params)
    convention = dhw_convention(params)
    poa = poa_components(sky, [surface_tilt], [surface_azimuth],
                         params.value("pv.albedo"))
    g_eff = np.nan_to_num(effective_irradiance(
        poa.aoi, poa.poa_direct, poa.poa_diffuse, collector)[0]) * (1.0 - shading_loss)
    need = monthly_dhw_need_kwh(np.atleast_1d(float(nadeq)), convention)
    profile = params.table("dhw_hourly_profile")
    profile = profile[profile["profile"] == params.text("thermal.dhw_hourly_profile")]
    share = profile.sort_values("hour")["share"].to_numpy(dtype=float)
    draw = hourly_draw_kwh(need, sky.month, sky.times.hour.to_numpy(), share)
    return simulate_store([area_m2], [store_volume_l], g_eff, sky.temp_air, sky.month,
                          draw, convention, collector, loop_parameters(params),
                          store_parameters(params))


def _fluid_temps(params: ParameterSet) -> tuple[float, float, float]:
    return tuple(params.value(f"thermal.fluid_temp_{level}_c")
                 for level in ("low", "mid", "high"))


def _hourly_model(sky: Sky, collector: CollectorParameters,
                  temps: tuple[float, ...], albedo: float, tilt: np.ndarray,
                  azimuth: np.ndarray) -> dict[str, np.ndarray]:
    """Hourly effective irradiation and collector yield per m² [kWh/m² per hour]."""
    poa = poa_components(sky, tilt, azimuth, albedo, chunk_size=max(tilt.size, 1))
    g_eff = effective_irradiance(poa.aoi, poa.poa_direct, poa.poa_diffuse, collector)
    out = {EFFECTIVE_QUANTITY: g_eff / _WH_PER_KWH}
    for temp in temps:
        flux = collector_heat_flux(g_eff, sky.temp_air, temp, collector)
        out[f"yield_{temp:g}c_kwh_m2"] = flux / _WH_PER_KWH
    return out


def _empty_systems(n: int) -> dict[str, np.ndarray | pd.Categorical]:
    nan = np.full(n, np.nan)
    return {
        "thermal_system": pd.Categorical.from_codes(np.zeros(n, dtype=np.int8),
                                                    categories=SYSTEM_KINDS),
        "thermal_dwellings": nan.copy(), "thermal_nadeq": nan.copy(),
        "thermal_dhw_need_kwh": nan.copy(), "thermal_collector_area_m2": np.zeros(n),
        "thermal_store_volume_l": np.zeros(n), "thermal_annual_kwh": np.zeros(n),
        "thermal_solar_fraction": nan.copy(), "thermal_system_yield_kwh_m2": nan.copy(),
        "thermal_assumptions": pd.Categorical.from_codes(np.zeros(n, dtype=np.int8),
                                                         categories=[""]),
    }


def _fill_systems(systems: dict, roofs: pd.DataFrame, layout: pd.DataFrame,
                  yield_ref: np.ndarray, table: ThermalTable,
                  params: ParameterSet, codes: np.ndarray | None = None) -> None:
    """Size and evaluate one system per building with a need (fills ``systems``)."""
    convention = dhw_convention(params)
    demand = building_demand(roofs, convention, params, codes=codes)
    shading = _shading(roofs, params)
    room = layout["pv_module_area_m2"].to_numpy()
    chosen = choose_facets(demand.codes, yield_ref * (1.0 - shading),
                           room >= table.collector.module_area_m2, demand.dwellings > 0)
    need = monthly_dhw_need_kwh(demand.nadeq[chosen], convention)
    area, store = size_system(
        daily_hot_water_l(need.sum(axis=1), convention,
                          params.value("thermal.hot_water_temp_c")),
        demand.collective[chosen], room[chosen], table.collector, params)
    irradiation = table.lookup.interpolate(
        EFFECTIVE_QUANTITY, layout["pv_tilt_deg"].to_numpy()[chosen],
        layout["pv_azimuth_deg"].to_numpy()[chosen], method="linear",
        columns=list(range(1, 13)))
    irradiation *= (1.0 - shading[chosen])[:, None]
    monthly = monthly_solar_heat(
        area, store, irradiation, need,
        table.temp_air_c, table.hours, convention.cold_water_temp_c, table.collector,
        loop_parameters(params), fchart_coefficients(params, "dhw"))
    solar = monthly.annual_solar_kwh
    kind = np.where(area > 0, np.where(demand.collective[chosen], 2, 1), 0)
    kinds = np.zeros(len(roofs), dtype=np.int8)
    kinds[chosen] = kind
    systems["thermal_system"] = pd.Categorical.from_codes(kinds,
                                                          categories=SYSTEM_KINDS)
    systems["thermal_dwellings"][chosen] = demand.dwellings[chosen]
    systems["thermal_nadeq"][chosen] = demand.nadeq[chosen]
    systems["thermal_dhw_need_kwh"][chosen] = monthly.annual_load_kwh
    systems["thermal_collector_area_m2"][chosen] = area
    systems["thermal_store_volume_l"][chosen] = store
    systems["thermal_annual_kwh"][chosen] = solar
    systems["thermal_solar_fraction"][chosen] = monthly.solar_fraction
    with np.errstate(invalid="ignore", divide="ignore"):
        systems["thermal_system_yield_kwh_m2"][chosen] = np.where(
            area > 0, solar / area, np.nan)
    systems["thermal_assumptions"] = demand.assumptions


def _shading(roofs: pd.DataFrame, params: ParameterSet) -> np.ndarray:
    """Shading loss of each facet [-]: its ``shading_loss`` or the PV default."""
    default = params.value("pv.default_shading_loss")
    if "shading_loss" not in roofs:
        return np.full(len(roofs), default)
    given = roofs["shading_loss"].to_numpy(dtype=float)
    return np.where(np.isnan(given), default, given)
