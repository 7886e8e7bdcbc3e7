"""Vector roof lists: real third-party files end to end and hand-made edge cases."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from artois_energy_desk import InputError
from artois_energy_desk.io.roofs import RoofImportOptions, list_layers, read_roofs
from artois_energy_desk.io.writers import write_table


def accounted(result) -> None:
    """Every feature is accepted (one or more facets) or rejected, exactly once."""
    accepted = np.unique(result.roofs["source_row"].to_numpy())
    refused = result.rejected["row"].to_numpy()
    every = np.sort(np.concatenate([accepted, refused]))
    assert every.tolist() == list(range(1, result.input_rows + 1))


def plausible(result) -> None:
    # Building roof facets: a median between 10 and 200 m2 and nothing beyond
    # 50 000 m2 (the largest French buildings are a few hectares).
    area = result.roofs["area_m2"]
    assert 10 < area.median() < 200
    assert area.max() < 50_000
    assert result.roofs["tilt_deg"].between(0, 90).all()
    assert result.roofs["azimuth_deg"].between(0, 360).all()
    assert result.geometry is not None and len(result.geometry) == len(result.roofs)
    assert result.geometry.crs.to_epsg() == 2154


@pytest.mark.external
def test_bdtopo_olemps_shapefile_without_cpg(external_data):
    result = read_roofs(external_data / "bdtopo-olemps-12174/v3/BATIMENT.shp")
    assert result.input_rows == 2273  # PROVENANCE.md
    accounted(result)
    plausible(result)
    # The .dbf text is UTF-8 without a .cpg: it must not come out as mojibake.
    assert "Indifférenciée" in set(result.roofs["NATURE"])
    assert any("UTF-8" in note for note in result.assumptions)
    assert set(result.roofs["commune_insee"]) == {"12174"}
    lat = result.roofs["latitude"]
    assert lat.between(44.30, 44.37).all()  # Olemps, Aveyron
    # Facets of one pitched footprint: two faces, opposite azimuths.
    pitched = result.roofs[result.roofs["facet_source"].str.startswith(
        "emprise_deux_pans")]
    pairs = pitched.groupby("building_id")["azimuth_deg"].agg(["min", "max"])
    assert np.allclose(pairs["max"] - pairs["min"], 180.0)


@pytest.mark.external
def test_bdtopo_aubers_geojson(external_data):
    result = read_roofs(external_data / "bdtopo-aubers-59025/batiments.geojson")
    assert result.input_rows == 1255
    accounted(result)
    plausible(result)
    # Sloped facet area of a footprint = plan area (flat) or plan / cos(35 deg).
    per_building = result.roofs.groupby("building_id").agg(
        area=("area_m2", "sum"), plan=("plan_area_m2", "first"),
        tilt=("tilt_deg", "first"))
    expected = per_building["plan"] / np.cos(np.radians(per_building["tilt"]))
    assert np.allclose(per_building["area"], expected)


@pytest.mark.external
def test_etalab_cadastre_buildings(external_data):
    result = read_roofs(external_data / "cadastre-etalab-27412/batiments.geojson")
    assert result.input_rows == 1597
    accounted(result)
    plausible(result)
    assert set(result.roofs["type"]) <= {"01", "02"}  # carried through untouched
    assert result.roofs["latitude"].between(49.21, 49.28).all()


@pytest.mark.external
def test_osm_redon_buildings(external_data):
    result = read_roofs(external_data / "osm-redon/redon.osm")
    # 1,066 building ways + 7 building relations (PROVENANCE.md).
    assert result.input_rows == 1073
    accounted(result)
    plausible(result)
    assert result.roofs["building_id"].str.match(r"^(way|relation)/\d+$").all()
    assert (result.rejected["column"] == "geometry").all()


@pytest.mark.external
def test_geneva_facets_in_lv95(external_data):
    folder = external_data / "geneva-roof-facets"
    result = read_roofs(folder / "CAD_BATIMENT_HORSOL_TOIT_subset.shp")
    assert result.input_rows == 154
    assert result.crs == "EPSG:2056"
    accounted(result)
    roofs = result.roofs
    assert roofs["latitude"].between(46.1, 46.3).all()  # Geneva
    # Plan area recomputed in Lambert-93 vs SHAPE_AREA in LV95: both conformal
    # projections with scale factors within 0.2 % here, so areas agree to 1 %.
    shape_area = pd.to_numeric(roofs["SHAPE_AREA"])
    assert np.allclose(roofs["plan_area_m2"], shape_area, rtol=0.01)
    assert (roofs["area_m2"] >= roofs["plan_area_m2"] - 1e-9).all()
    assert roofs["tilt_deg"].between(0, 90).all()
    rise = pd.to_numeric(roofs["ALTI_MAX"]) - pd.to_numeric(roofs["ALTI_MIN"])
    assert (roofs.loc[rise <= 0.2, "tilt_deg"] == 0).all()
    assert (roofs.loc[rise > 0.2, "tilt_deg"] > 0).all()


def _features(tmp_path, geometries, crs="EPSG:4326", **columns):
    frame = gpd.GeoDataFrame(columns, geometry=geometries, crs=crs)
    path = tmp_path / "toits.geojson"
    frame.to_file(path, driver="GeoJSON")
    return path


def test_invalid_geometry_repaired_and_unusable_ones_rejected(tmp_path):
    x, y = 2.83, 50.43
    d = 0.0002
    square = shapely.box(x, y, x + d, y + d)
    bow_tie = shapely.Polygon([(x, y), (x + d, y + d), (x + d, y), (x, y + d)])
    line = shapely.LineString([(x, y), (x + d, y)])
    path = _features(tmp_path, [square, bow_tie, line, None],
                     id=["s", "b", "l", "n"])
    result = read_roofs(path)
    accounted(result)
    assert set(result.roofs["building_id"]) == {"s", "b"}
    reasons = result.rejected.set_index("roof_id")["reason"]
    assert "linéaire" in reasons["l"]
    assert "absente" in reasons["n"]
    assert any("réparée" in note for note in result.assumptions)


def test_facet_layer_with_attributes_and_plan_area(tmp_path):
    # A 10 m x 10 m plan facet tilted 60 deg: sloped area 100 / cos(60) = 200 m2.
    facet = shapely.box(687000, 7032000, 687010, 7032010)
    path = _features(tmp_path, [facet], crs="EPSG:2154", pente=[60.0],
                     orientation=[-45.0], identifiant=["f1"])
    result = read_roofs(path)
    roof = result.roofs.iloc[0]
    assert roof["area_m2"] == pytest.approx(200.0)
    assert roof["azimuth_deg"] == pytest.approx(135.0)  # -45 south convention = SE
    assert roof["roof_id"] == "f1"


def test_geopackage_layers_and_named_layer(tmp_path):
    facet = shapely.box(687000, 7032000, 687010, 7032010)
    frame = gpd.GeoDataFrame({"roof_id": ["a"], "tilt_deg": [30.0],
                              "azimuth_deg": [180.0], "area_m2": [12.0]},
                             geometry=[facet], crs="EPSG:2154")
    path = tmp_path / "etude.gpkg"
    frame.to_file(path, layer="autre", driver="GPKG")
    frame.assign(area_m2=[34.0]).to_file(path, layer="toits", driver="GPKG")
    assert list_layers(path) == ["autre", "toits"]
    assert read_roofs(path, layer="toits").roofs.loc[0, "area_m2"] == 34.0
    assert read_roofs(path).roofs.loc[0, "area_m2"] == 12.0
    with pytest.raises(InputError, match="illisible"):
        read_roofs(path, layer="absente")


def test_latin1_shapefile_without_cpg(tmp_path):
    facet = shapely.box(687000, 7032000, 687030, 7032010)
    frame = gpd.GeoDataFrame({"NATURE": ["Indifférenciée"]}, geometry=[facet],
                             crs="EPSG:2154")
    path = tmp_path / "bati.shp"
    frame.to_file(path, encoding="ISO-8859-1")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    result = read_roofs(path)
    assert result.roofs["NATURE"].iloc[0] == "Indifférenciée"
    assert any("Latin-1" in note for note in result.assumptions)


def test_footprint_kind_can_be_forced(tmp_path):
    footprint = shapely.box(687000, 7032000, 687020, 7032010)
    path = _features(tmp_path, [footprint], crs="EPSG:2154", pente=[0.0],
                     orientation=[180.0])
    forced = read_roofs(path, options=RoofImportOptions(geometry_kind="footprints"))
    assert len(forced.roofs) == 2
    assert forced.roofs["area_m2"].sum() == pytest.approx(200 / np.cos(
        np.radians(35.0)))


def test_xlsx_named_sheet(tmp_path):
    roofs = pd.DataFrame({"identifiant": ["a", "b"], "latitude": [50.4, 50.5],
                          "longitude": [2.8, 2.9], "surface": [10.0, -1.0],
                          "pente": [30, 30], "azimut": [180, 180]})
    path = tmp_path / "toits.xlsx"
    with pd.ExcelWriter(path) as writer:
        roofs.head(0).to_excel(writer, sheet_name="vide", index=False)
        roofs.to_excel(writer, sheet_name="Toits", index=False)
    result = read_roofs(path, layer="Toits")
    assert result.roofs["roof_id"].tolist() == ["a"]
    assert result.rejected["row"].tolist() == [2]
    with pytest.raises(InputError, match="aucune ligne"):
        read_roofs(path)
    with pytest.raises(InputError, match="absente"):
        read_roofs(path, layer="Nope")


def test_geo_writers_round_trip(tmp_path):
    footprint = shapely.box(687000, 7032000, 687020, 7032010)
    path = _features(tmp_path, [footprint], crs="EPSG:2154", id=["B1"])
    result = read_roofs(path)
    frame = gpd.GeoDataFrame(result.roofs, geometry=result.geometry.values,
                             crs=result.geometry.crs)
    gpkg = write_table(frame, tmp_path / "sortie.gpkg",
                       assumptions=result.assumptions, rejected=result.rejected)
    assert list_layers(gpkg) == ["toitures", "hypotheses", "rejets"]
    back = gpd.read_file(gpkg, layer="toitures")
    assert back["roof_id"].tolist() == ["B1-1", "B1-2"]
    geojson = write_table(frame, tmp_path / "sortie.geojson")
    assert gpd.read_file(geojson).crs.to_epsg() == 4326
    with pytest.raises(InputError, match="géométrie"):
        write_table(result.roofs, tmp_path / "sans.gpkg")
