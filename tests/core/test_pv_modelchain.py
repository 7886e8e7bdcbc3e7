"""Accuracy contract: the tabulated PV yield equals pvlib's ModelChain, facet by facet.

For 200 random facets plus edge cases (flat roofs, vertical, north, azimuth 0/360),
``evaluate_pv`` must give the annual AC energy of a ``pvlib.modelchain.ModelChain``
run for that facet alone, with the same weather year and the same settings, within
0.5 %, and each month within 1 %. The only approximation on our side is the
interpolation in the orientation table (measured at about 1e-4 annual and 2e-3
monthly in ``test_orientation_grid.py``); the chain itself is the same pvlib
functions.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pvlib
import pytest

from artois_energy_desk.core.climate.weather import WeatherYear
from artois_energy_desk.core.progress import run
from artois_energy_desk.core.solar.pv import (
    MONTHLY_YIELD_COLUMNS,
    build_pv_table,
    evaluate_pv,
)
from artois_energy_desk.core.solar.pv_settings import PVSettings
from artois_energy_desk.core.solar.sky import compute_sky
from artois_energy_desk.io.parameters import default_parameters

EPW = "uccle-tmyx/BEL_VLG_Uccle.064470_TMYx.2007-2021.epw"
WEATHER_COLUMNS = ["ghi", "dni", "dhi", "temp_air", "wind_speed"]
N_RANDOM = 200


@pytest.fixture(scope="module")
def weather(external_data) -> WeatherYear:
    # Uccle TMYx read with pvlib; this file's values close with the sun at the END of
    # each EPW hour, so the sun instants are pvlib's index + 60 min; the month is the
    # EPW record's own month.
    data, meta = pvlib.iotools.read_epw(external_data / EPW)
    frame = data[WEATHER_COLUMNS].astype(float)
    frame["month"] = data["month"].to_numpy()
    frame.index = frame.index + pd.Timedelta(minutes=60)
    return WeatherYear(frame, meta["latitude"], meta["longitude"], meta["altitude"],
                       source="Uccle TMYx 2007-2021", sun_offset_min=60.0)


@pytest.fixture(scope="module")
def facets() -> pd.DataFrame:
    rng = np.random.default_rng(2026)
    edge_tilt = [0.0, 2.0, 4.99, 5.0, 90.0, 90.0, 35.0, 35.0, 15.0]
    edge_azimuth = [0.0, 270.0, 45.0, 180.0, 0.0, 180.0, 0.0, 360.0, 359.9]
    tilt = np.concatenate([edge_tilt, rng.uniform(0, 90, N_RANDOM)])
    azimuth = np.concatenate([edge_azimuth, rng.uniform(0, 360, N_RANDOM)])
    n = tilt.size
    shading = np.where(rng.random(n) < 0.4, np.nan, rng.uniform(0, 0.4, n))
    return pd.DataFrame({
        "roof_id": [f"r{i}" for i in range(n)], "latitude": 50.43, "longitude": 2.83,
        "area_m2": rng.uniform(10, 200, n), "tilt_deg": tilt, "azimuth_deg": azimuth,
        "shading_loss": shading,
    })


def modelchain_monthly_kwh(weather: WeatherYear, settings: PVSettings, tilt: float,
                           azimuth: float, mounting: str, peak_kwp: float,
                           ) -> tuple[np.ndarray, float]:
    """Monthly AC energy [kWh] and annual plane irradiation [kWh/m2] of one facet."""
    pdc0 = peak_kwp * 1000.0
    array = pvlib.pvsystem.Array(
        pvlib.pvsystem.FixedMount(tilt, azimuth), albedo=settings.albedo,
        module_parameters={
            "pdc0": pdc0, "gamma_pdc": settings.gamma_pdc_per_k,
            "temp_ref": settings.temp_ref_c, "n": settings.iam_refractive_index,
            "K": settings.iam_extinction_per_m, "L": settings.iam_glazing_thickness_m,
        },
        temperature_model_parameters=settings.temperature_parameters(mounting))
    system = pvlib.pvsystem.PVSystem(
        arrays=[array],
        inverter_parameters={"pdc0": pdc0 / settings.dc_ac_ratio,
                             "eta_inv_nom": settings.eta_inv_nom,
                             "eta_inv_ref": settings.eta_inv_ref},
        losses_parameters={"shading": 0.0, **settings.losses_pct})
    location = pvlib.location.Location(weather.latitude, weather.longitude,
                                       altitude=weather.altitude_m)
    chain = pvlib.modelchain.ModelChain(
        system, location, transposition_model="perez", aoi_model="physical",
        spectral_model="no_loss", temperature_model="sapm", dc_model="pvwatts",
        ac_model="pvwatts", losses_model="pvwatts")
    chain.run_model(weather.data[WEATHER_COLUMNS])
    monthly = chain.results.ac.groupby(weather.data["month"]).sum() / 1000.0
    poa = chain.results.total_irrad["poa_global"].sum() / 1000.0
    return monthly.reindex(range(1, 13), fill_value=0.0).to_numpy(), poa


@pytest.mark.slow
def test_annual_and_monthly_yield_equal_modelchain(weather, facets):
    params = default_parameters()
    settings = PVSettings.from_parameters(params)
    table = run(build_pv_table(compute_sky(weather, params), params))
    result = evaluate_pv(facets, table, params)
    assert (result["pv_mounting"] == "flat").sum() >= 5
    annual_error, monthly_error, poa_error = [], [], []
    for index, row in result.iterrows():
        monthly, poa = modelchain_monthly_kwh(
            weather, settings, row["pv_tilt_deg"], row["pv_azimuth_deg"],
            row["pv_mounting"], row["pv_peak_power_kwp"])
        # the facet's shading scales its AC energy, as in evaluate_pv
        expected = monthly * (1.0 - row["pv_shading_loss"])
        ours = row[list(MONTHLY_YIELD_COLUMNS)].to_numpy(dtype=float)
        annual_error.append(row["pv_annual_yield_kwh"] / expected.sum() - 1.0)
        monthly_error.append(np.max(np.abs(ours / expected - 1.0)))
        poa_error.append(row["poa_annual_kwh_m2"] / poa - 1.0)
        assert row["pv_shading_loss"] == (
            settings.default_shading_loss if np.isnan(facets.loc[index, "shading_loss"])
            else facets.loc[index, "shading_loss"])
    assert np.max(np.abs(annual_error)) < 0.005
    assert np.max(monthly_error) < 0.01
    assert np.max(np.abs(poa_error)) < 0.005
