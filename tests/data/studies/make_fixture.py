"""Build the fixture study of the current schema version, ``v<N>.gpkg``.

``python tests/data/studies/make_fixture.py`` writes ``v<N>.gpkg`` beside this
script, N being :data:`~artois_energy_desk.core.study.SCHEMA_VERSION`; run it once
when a new version of the layout is released. Every fixture is committed and must
load, with the same content, in every later version of the application
(``tests/io/test_study_files.py``); never regenerate an older one.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from artois_energy_desk.core.study import (
    ROOFS_LAYER,
    SCHEMA_VERSION,
    ClimateSource,
    Edit,
    Study,
)

FIXTURE = Path(__file__).with_name(f"v{SCHEMA_VERSION}.gpkg")
CREATED = "2026-05-04T09:30:00+02:00"


def build_fixture_study() -> Study:
    """Return the study of every ``v<N>.gpkg``: three facets of two Lens buildings."""
    roofs = gpd.GeoDataFrame(
        {"roof_id": ["L-001-a", "L-001-b", "L-002-a"],
         "building_id": ["L-001", "L-001", "L-002"],
         "latitude": [50.4321, 50.4321, 50.4330],
         "longitude": [2.8312, 2.8312, 2.8325],
         "area_m2": [42.5, 42.5, 120.0],
         "tilt_deg": [35.0, 35.0, 0.0],
         "azimuth_deg": [180.0, 0.0, 180.0],
         "commune_name": ["Lens", "Lens", "Lens"],
         "dwellings": pd.array([4, 4, None], dtype="Int64")},
        geometry=[shapely.box(686000, 7036000, 686008, 7036005),
                  shapely.box(686000, 7036005, 686008, 7036010),
                  shapely.box(686100, 7036100, 686112, 7036110)],
        crs="EPSG:2154")
    results = pd.DataFrame(
        {"roof_id": roofs["roof_id"],
         "pv_peak_power_kwp": [7.2, 7.2, 21.0],
         "pv_annual_yield_kwh": [6912.0, 3960.0, 19110.0],
         "pv_suitability": pd.Categorical(["bonne", "faible", "bonne"],
                                          categories=["faible", "moyenne", "bonne"],
                                          ordered=True)})
    edits = (Edit("parameter", "pv.albedo", "", None, 0.25,
                  "2026-05-04T09:41:00+02:00"),
             Edit("exclude", "L-002", "", False, True, "2026-05-04T09:42:00+02:00"))
    return Study(layers={ROOFS_LAYER: roofs}, results=results,
                 parameters={"pv.albedo": 0.25},
                 climate=ClimateSource("Année type Artois (statistiques mensuelles)",
                                       None, "2005-2020"),
                 edits=edits, excluded_buildings=frozenset({"L-002"}),
                 results_stale=True, title="Lens, rue de la Gare", created=CREATED,
                 metadata={"auteur": "conseiller test"})


def main() -> None:
    from artois_energy_desk.io.study import save_study

    save_study(build_fixture_study(), FIXTURE)
    print(f"écrit : {FIXTURE}")


if __name__ == "__main__":
    main()
