"""CSV roof lists: dialects, header recognition, conventions, coordinates."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from artois_energy_desk import InputError
from artois_energy_desk.io.roofs import RoofImportOptions, read_roofs

CANONICAL = (
    "roof_id,latitude,longitude,area_m2,tilt_deg,azimuth_deg,commune_insee,note\n"
    "T1,50.4300,2.8300,25.5,35,180,62498,007\n"
    "T2,50.4310,2.8310,10,0,90,62498,\n"
    "T3,50.4320,2.8320,42.25,45,270,62510,grand toit\n"
)


def write(tmp_path: Path, text: str, name: str = "toits.csv",
          encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_canonical_csv_is_read_with_types_and_row_numbers(tmp_path):
    result = read_roofs(write(tmp_path, CANONICAL))
    roofs = result.roofs
    assert list(roofs["roof_id"]) == ["T1", "T2", "T3"]
    assert roofs["area_m2"].dtype == np.float64
    assert roofs["area_m2"].tolist() == [25.5, 10.0, 42.25]
    assert roofs["source_row"].tolist() == [1, 2, 3]
    assert result.rejected.empty
    assert result.input_rows == 3
    assert result.crs == "EPSG:4326"


def test_unknown_columns_and_codes_are_carried_untouched(tmp_path):
    roofs = read_roofs(write(tmp_path, CANONICAL)).roofs
    # The leading zero of an unknown column and of an INSEE code must survive.
    assert roofs["note"].tolist()[0] == "007"
    assert roofs["note"].tolist()[2] == "grand toit"
    assert roofs["commune_insee"].tolist() == ["62498", "62498", "62510"]


def _french(text: str) -> str:
    """Same table with semicolons and decimal commas."""
    lines = []
    for line in text.splitlines():
        fields = [f.replace(".", ",") for f in line.split(",")]
        lines.append(";".join(fields))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("separator", [",", ";", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_separators_decimals_and_encodings(tmp_path, separator, encoding):
    text = CANONICAL.replace("grand toit", "toit d'église").replace("note", "remarqué")
    if separator != ",":
        text = _french(text).replace(";", separator)
    path = write(tmp_path, text, encoding=encoding)
    result = read_roofs(path)
    assert result.roofs["area_m2"].tolist() == [25.5, 10.0, 42.25]
    assert result.roofs["latitude"].tolist() == [50.43, 50.431, 50.432]
    assert result.roofs["remarqué"].tolist()[2] == "toit d'église"
    said = " ".join(result.assumptions)
    assert ("virgule" if separator != "," else "point") in said
    if encoding == "cp1252":
        assert "Windows-1252" in said
    if encoding == "utf-8-sig":
        assert "BOM" in said


def test_french_headers_are_recognised_case_and_accent_insensitive(tmp_path):
    text = ("IDENTIFIANT;Latitude;LONGITUDE;Surface (m²);Inclinaison (°);Azimut;"
            "Code INSEE;Commune;Ombrage;Taux utilisable\n"
            "a;50,43;2,83;20;30;180;62498;Lens;0,1;0,7\n")
    result = read_roofs(write(tmp_path, text))
    roofs = result.roofs
    assert roofs.loc[0, "area_m2"] == 20.0
    assert roofs.loc[0, "tilt_deg"] == 30.0
    assert roofs.loc[0, "commune_insee"] == "62498"
    assert roofs.loc[0, "commune_name"] == "Lens"
    assert roofs.loc[0, "shading_loss"] == pytest.approx(0.1)
    assert roofs.loc[0, "usable_ratio"] == pytest.approx(0.7)
    assert any("« Surface (m²) » → area_m2" in note for note in result.assumptions)


def test_user_column_map_wins(tmp_path):
    text = "ref,lat,lon,s,p,o\nA,50.4,2.8,10,30,180\n"
    options = RoofImportOptions(column_map={"s": "area_m2", "p": "tilt_deg",
                                            "o": "azimuth_deg", "ref": "roof_id"})
    roofs = read_roofs(write(tmp_path, text), options=options).roofs
    assert roofs.loc[0, "roof_id"] == "A"
    assert roofs.loc[0, "area_m2"] == 10.0


def test_negative_azimuths_mean_south_convention(tmp_path):
    text = ("id,lat,lon,surface,pente,orientation\n"
            "e,50.4,2.8,10,30,-90\ns,50.4,2.8,10,30,0\nw,50.4,2.8,10,30,90\n")
    result = read_roofs(write(tmp_path, text))
    # South convention (0 = S, -90 = E, 90 = W) to pvlib (0 = N, 90 = E): +180 deg.
    assert result.roofs["azimuth_deg"].tolist() == [90.0, 180.0, 270.0]
    assert any("0 = sud" in note and "supposée" in note for note in result.assumptions)


def test_without_negatives_pvlib_convention_is_assumed_and_said(tmp_path):
    result = read_roofs(write(tmp_path, CANONICAL))
    assert result.roofs["azimuth_deg"].tolist() == [180.0, 90.0, 270.0]
    assert any("0 = nord" in note and "aucun azimut négatif" in note
               for note in result.assumptions)


def test_forced_north_convention_rejects_negative_azimuths(tmp_path):
    text = "id,lat,lon,surface,pente,orientation\na,50.4,2.8,10,30,-90\n"
    options = RoofImportOptions(azimuth_convention="north")
    result = read_roofs(write(tmp_path, text), options=options)
    assert result.roofs.empty
    assert "azimut hors de 0 à 360" in result.rejected.loc[0, "reason"]


def test_flat_roof_without_azimuth_faces_south(tmp_path):
    text = "id,lat,lon,surface,pente,orientation\na,50.4,2.8,10,0,\n"
    result = read_roofs(write(tmp_path, text))
    assert result.roofs.loc[0, "azimuth_deg"] == 180.0
    assert any("plein sud" in note for note in result.assumptions)


def test_lambert93_coordinates_are_converted(tmp_path):
    # Lambert-93 is defined with false easting 700 000 m and false northing
    # 6 600 000 m at lon 3 deg E, lat 46.5 deg N (IGN, RGF93 / Lambert-93 definition):
    # that point must come back exactly (1e-9 deg, float rounding of pyproj).
    text = ("id;x;y;surface;pente;azimut\nO;700000;6600000;10;30;180\n"
            "L;687000;7032000;10;30;180\n")
    result = read_roofs(write(tmp_path, text))
    first = result.roofs.iloc[0]
    assert first["latitude"] == pytest.approx(46.5, abs=1e-9)
    assert first["longitude"] == pytest.approx(3.0, abs=1e-9)
    # Second point lies near Lens (50.43 N, 2.83 E) within 0.1 deg.
    assert result.roofs.iloc[1]["latitude"] == pytest.approx(50.43, abs=0.1)
    assert result.crs == "EPSG:2154"
    assert result.roofs.columns.tolist().count("x") == 1  # source columns carried


def test_projected_columns_in_degrees_are_taken_as_wgs84(tmp_path):
    text = "id,x,y,surface,pente,azimut\na,2.83,50.43,10,30,180\n"
    result = read_roofs(write(tmp_path, text))
    assert result.roofs.loc[0, "latitude"] == 50.43
    assert result.crs == "EPSG:4326"


def test_other_crs_for_xy(tmp_path):
    text = "id,x,y,surface,pente,azimut\na,2600000,1200000,10,30,180\n"
    result = read_roofs(write(tmp_path, text),
                        options=RoofImportOptions(coordinate_crs="EPSG:2056"))
    # LV95 (2 600 000, 1 200 000) is the Bern origin, 46.95 N 7.44 E (swisstopo):
    # inside the loose France box used for validation, so accepted. 0.01 deg covers
    # the rounding of the published coordinates.
    assert result.roofs.loc[0, "latitude"] == pytest.approx(46.95, abs=0.01)
    assert result.roofs.loc[0, "longitude"] == pytest.approx(7.44, abs=0.01)


def test_excel_sep_line_and_blank_lines(tmp_path):
    text = "sep=;\n" + _french(CANONICAL).replace("\nT2", "\n\nT2")
    result = read_roofs(write(tmp_path, text))
    assert len(result.roofs) == 3


def test_thousands_spaces_and_mixed_decimals_in_text_columns(tmp_path):
    text = ("id;lat;lon;surface;pente;azimut\n"
            "a;50,4;2,8;1 234,5;30;180\nb;50,4;2,8;12.5;30;180\n")
    roofs = read_roofs(write(tmp_path, text)).roofs
    assert roofs["area_m2"].tolist() == [1234.5, 12.5]


@pytest.mark.parametrize("content, expected", [
    (b"", "vide"),
    (b"\n\n", "vide"),
    (b"roof_id,latitude,longitude,area_m2,tilt_deg,azimuth_deg\n", "aucune ligne"),
    (b"\x00\x01\x02binary\x00", "binaire"),
    (b"id,lat,lon,pente,azimut\na,50,2,30,180\n", "surface"),
    (b"id,surface,pente,azimut\na,10,30,180\n", "coordonnées"),
])
def test_unusable_files_raise_input_error_naming_file(tmp_path, content, expected):
    path = tmp_path / "mauvais.csv"
    path.write_bytes(content)
    with pytest.raises(InputError, match=expected) as caught:
        read_roofs(path)
    assert "mauvais.csv" in str(caught.value)


def test_missing_file_and_unknown_format(tmp_path):
    with pytest.raises(InputError, match="introuvable"):
        read_roofs(tmp_path / "absent.csv")
    other = tmp_path / "toits.dat"
    other.write_text("x")
    with pytest.raises(InputError, match="non pris en charge"):
        read_roofs(other)


def test_forced_encoding_that_does_not_fit(tmp_path):
    path = write(tmp_path, CANONICAL.replace("note", "é"), encoding="utf-8")
    with pytest.raises(InputError, match="ascii"):
        read_roofs(path, options=RoofImportOptions(encoding="ascii"))


def test_rows_with_wrong_field_count_are_rejected_not_fatal(tmp_path):
    text = CANONICAL + "T4,50.4,2.8,10\nT5,50.4,2.8,10,30,180,62498,x\n"
    result = read_roofs(write(tmp_path, text))
    assert result.roofs["roof_id"].tolist() == ["T1", "T2", "T3", "T5"]
    assert result.roofs["source_row"].tolist() == [1, 2, 3, 5]
    rejected = result.rejected
    assert rejected["row"].tolist() == [4]
    assert "4 champs au lieu de 8" in rejected.loc[0, "reason"]
    assert pd.api.types.is_integer_dtype(rejected["row"])
