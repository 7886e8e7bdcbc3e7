"""Readers and writers of network studies: rejects, CRS handling, output layers."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
from shapely.geometry import LineString, Point

from artois_energy_desk import InputError
from artois_energy_desk.core.network import (
    ExtensionProblem,
    SupplyPoint,
    size_extension,
)
from artois_energy_desk.core.progress import run
from artois_energy_desk.io.network import (
    SEGMENT_COLUMNS,
    network_parameters,
    read_buildings,
    read_streets,
    write_extension_gpkg,
    write_summary_xlsx,
)


def test_buildings_csv_rejects_and_keeps_every_row(tmp_path):
    path = tmp_path / "batiments.csv"
    path.write_text(
        "identifiant;x;y;besoin_mwh;classe_dpe\n"
        "a;700000;7000000;50;C\n"
        "b;700010;7000000;-3;C\n"
        "c;700020;7000000;12;Z\n"
        "a;700030;7000000;5;D\n"
        "d;;;8;E\n"
        "e;700040;7000000;7,5;\n",
        encoding="utf-8",
    )
    buildings, rejects = read_buildings(path)
    assert buildings["building_id"].tolist() == ["a", "e"]
    assert buildings["annual_demand_mwh"].tolist() == [50.0, 7.5]
    assert buildings.crs.to_epsg() == 2154
    by_row = rejects.set_index("row")
    assert (
        by_row.loc[2, "column"] == "annual_demand_mwh"
        and by_row.loc[2, "value"] == "-3"
    )
    assert by_row.loc[3, "column"] == "dpe_class"
    assert by_row.loc[4, "column"] == "building_id"
    assert by_row.loc[5, "column"] == "geometry"
    # Nothing lost: kept rows + rejected rows = input rows.
    assert len(buildings) + rejects["row"].nunique() == 6


def test_buildings_csv_without_position_is_an_input_error(tmp_path):
    path = tmp_path / "b.csv"
    path.write_text("id,besoin_mwh\n1,3\n", encoding="utf-8")
    with pytest.raises(InputError, match="colonnes de position"):
        read_buildings(path)


@pytest.mark.external
def test_zone_prefixed_utm_keeps_metric_lengths(external_data):
    # DHNx pipes are in EPSG:4647 (UTM 32N with the zone prefixed to the easting); the
    # study keeps that projected CRS, so lengths equal the file's 'length' attribute.
    folder = external_data / "dhnx-network-aggregation"
    consumers, _ = read_buildings(folder / "consumers.geojson")
    streets, rejects = read_streets(folder / "pipes.geojson", consumers.crs)
    assert rejects.empty
    raw = gpd.read_file(folder / "pipes.geojson")
    assert streets.geometry.length.sum() == pytest.approx(raw["length"].sum(), rel=1e-6)


@pytest.mark.external
def test_bdtopo_polygons_reprojected_from_lambert93(external_data):
    folder = external_data / "bdtopo-olemps-12174" / "v3"
    buildings, _ = read_buildings(folder / "BATIMENT.shp")
    assert len(buildings) == 2273 and buildings.crs.to_epsg() == 2154
    assert not buildings.geometry.has_z.any()
    assert buildings["dwellings"].notna().sum() > 1000


def test_writers_produce_qgis_layers_and_workbook(tmp_path):
    params = network_parameters()
    streets = gpd.GeoDataFrame(
        {"street_class": ["residential"]},
        geometry=[LineString([(0, 0), (200, 0)])],
        crs=2154,
    )
    buildings = gpd.GeoDataFrame(
        {
            "building_id": ["x", "y"],
            "annual_demand_mwh": [300.0, 200.0],
            "note": ["garder", "cette colonne"],
        },
        geometry=[Point(50, 10), Point(150, -10)],
        crs=2154,
    )
    result = run(
        size_extension(
            ExtensionProblem(
                pd.DataFrame(buildings),
                pd.DataFrame(streets),
                source=SupplyPoint(Point(0, 0)),
            ),
            params,
        )
    )
    gpkg, xlsx = tmp_path / "extension.gpkg", tmp_path / "synthese.xlsx"
    write_extension_gpkg(result, gpkg, buildings.crs)
    write_summary_xlsx(result, xlsx)
    assert {"segments", "nodes", "buildings"} <= set(pyogrio.list_layers(gpkg)[:, 0])
    segments = gpd.read_file(gpkg, layer="segments")
    assert set(SEGMENT_COLUMNS) <= set(segments.columns)
    assert segments.crs.to_epsg() == 2154
    nodes = gpd.read_file(gpkg, layer="nodes")
    assert {"node_id", "kind"} <= set(nodes.columns)
    out = gpd.read_file(gpkg, layer="buildings")
    assert {
        "building_id",
        "annual_demand_mwh",
        "design_peak_kw",
        "connected",
        "reason",
        "note",
    } <= set(out.columns)
    sheets = pd.read_excel(xlsx, sheet_name=None)
    assert {"Synthèse", "Raisons", "Hypothèses", "Tronçons"} <= set(sheets)
    assert sheets["Synthèse"]["Valeur"].iloc[0] == result.verdict.level
    assert (
        list(tmp_path.iterdir()) == sorted([gpkg, xlsx])
        or len(list(tmp_path.iterdir())) == 2
    )
