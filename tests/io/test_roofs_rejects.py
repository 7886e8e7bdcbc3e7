"""Every rejection rule of the roof reader, row accounting and robustness."""

from __future__ import annotations

import string

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from artois_energy_desk import InputError
from artois_energy_desk.io.roofs import REJECT_COLUMNS, read_roofs

HEADER = ("roof_id;latitude;longitude;area_m2;tilt_deg;azimuth_deg;shading_loss;"
          "usable_ratio")
GOOD = "G{n};50,43;2,83;20;30;180;0,1;0,7"


def table(tmp_path, *rows: str, header: str = HEADER):
    lines = [header, GOOD.format(n=0), *rows, GOOD.format(n=99)]
    path = tmp_path / "toits.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_roofs(path)


@pytest.mark.parametrize("row, column, reason", [
    (";50,43;2,83;20;30;180;0,1;0,7", "roof_id", "identifiant manquant"),
    ("B;;2,83;20;30;180;0,1;0,7", "latitude/longitude", "coordonnées manquantes"),
    ("B;nord;2,83;20;30;180;0,1;0,7", "latitude/longitude", "non numériques"),
    ("B;48,85;-12;20;30;180;0,1;0,7", "latitude/longitude", "hors de France"),
    ("B;40,0;2,83;20;30;180;0,1;0,7", "latitude/longitude", "hors de France"),
    ("B;50,43;2,83;0;30;180;0,1;0,7", "area_m2", "surface nulle ou négative"),
    ("B;50,43;2,83;-5;30;180;0,1;0,7", "area_m2", "surface nulle ou négative"),
    ("B;50,43;2,83;;30;180;0,1;0,7", "area_m2", "surface manquante"),
    ("B;50,43;2,83;grand;30;180;0,1;0,7", "area_m2", "surface non numérique"),
    ("B;50,43;2,83;20;95;180;0,1;0,7", "tilt_deg", "pente hors de 0 à 90"),
    ("B;50,43;2,83;20;-1;180;0,1;0,7", "tilt_deg", "pente hors de 0 à 90"),
    ("B;50,43;2,83;20;;180;0,1;0,7", "tilt_deg", "pente manquante"),
    ("B;50,43;2,83;20;30;sud;0,1;0,7", "azimuth_deg", "azimut non numérique"),
    ("B;50,43;2,83;20;30;;0,1;0,7", "azimuth_deg", "azimut manquant"),
    ("B;50,43;2,83;20;30;400;0,1;0,7", "azimuth_deg", "azimut hors de"),
    ("B;50,43;2,83;20;30;180;1,2;0,7", "shading_loss", "perte par ombrage hors"),
    ("B;50,43;2,83;20;30;180;-0,1;0,7", "shading_loss", "perte par ombrage hors"),
    ("B;50,43;2,83;20;30;180;0,1;1,5", "usable_ratio", "surface utilisable hors"),
    ("B;50,43;2,83;20;30;180;x;0,7", "shading_loss", "non numérique"),
])
def test_each_rule_rejects_the_row_with_a_french_reason(tmp_path, row, column,
                                                       reason):
    result = table(tmp_path, row)
    assert result.roofs["roof_id"].tolist() == ["G0", "G99"]
    rejected = result.rejected
    assert list(rejected.columns) == list(REJECT_COLUMNS)
    assert len(rejected) == 1
    assert rejected.loc[0, "row"] == 2  # header excluded, second data row
    assert rejected.loc[0, "file"] == "toits.csv"
    assert rejected.loc[0, "column"] == column
    assert reason in rejected.loc[0, "reason"]
    assert result.roofs["source_row"].tolist() == [1, 3]


def test_value_is_reported_as_written(tmp_path):
    rejected = table(tmp_path, "B;50,43;2,83;grand;30;180;0,1;0,7").rejected
    assert rejected.loc[0, "value"] == "grand"
    assert rejected.loc[0, "roof_id"] == "B"


def test_all_duplicates_after_the_first_are_rejected(tmp_path):
    row = "D;50,43;2,83;20;30;180;0,1;0,7"
    result = table(tmp_path, row, row, row)
    assert result.roofs["roof_id"].tolist() == ["G0", "D", "G99"]
    rejected = result.rejected
    assert rejected["row"].tolist() == [3, 4]
    assert all("déjà utilisé ligne 2" in reason for reason in rejected["reason"])


def test_several_problems_of_one_row_are_all_listed(tmp_path):
    rejected = table(tmp_path, "B;50,43;2,83;0;95;sud;0,1;0,7").rejected
    reason = rejected.loc[0, "reason"]
    assert len(rejected) == 1
    for part in ("surface nulle", "pente hors", "azimut non numérique"):
        assert part in reason


def test_ids_are_generated_only_when_there_is_no_id_column(tmp_path):
    header = HEADER.replace("roof_id;", "")
    path = tmp_path / "sans_id.csv"
    path.write_text(f"{header}\n50,43;2,83;20;30;180;0,1;0,7\n"
                    "50,43;2,83;21;30;180;0,1;0,7\n", encoding="utf-8")
    result = read_roofs(path)
    assert result.roofs["roof_id"].tolist() == ["1", "2"]
    assert any("numéros de ligne" in note for note in result.assumptions)


def _cells():
    alphabet = string.ascii_letters + string.digits + " ,.;-\"'\t\néà°²"
    return st.one_of(st.text(alphabet, max_size=6),
                     st.floats(-1e3, 1e3).map(lambda v: f"{v:g}"),
                     st.sampled_from(["50.43", "2.83", "0", "-90", "NaN", ""]))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=st.lists(st.sampled_from(
           ["roof_id", "latitude", "longitude", "area_m2", "tilt_deg", "azimuth_deg",
            "pente", "x", "y", "note", "shading_loss", ""]), min_size=1, max_size=8),
       rows=st.lists(st.lists(_cells(), min_size=0, max_size=9), max_size=8),
       separator=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf-8", "cp1252", "utf-8-sig"]))
def test_reader_never_crashes_and_accounts_for_every_row(tmp_path, header, rows,
                                                         separator, encoding):
    text = "\n".join([separator.join(header)]
                     + [separator.join(row) for row in rows])
    path = tmp_path / "aleatoire.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    try:
        result = read_roofs(path)
    except InputError as error:
        assert "aleatoire.csv" in str(error)
        return
    accepted = result.roofs["source_row"].to_numpy()
    refused = result.rejected["row"].to_numpy()
    every = np.sort(np.concatenate([accepted, refused]))
    assert every.tolist() == list(range(1, result.input_rows + 1))
    assert result.roofs["area_m2"].gt(0).all()
    assert result.roofs["tilt_deg"].between(0, 90).all()
    assert result.roofs["azimuth_deg"].between(0, 360).all()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(_cells(), min_size=5, max_size=7), min_size=1,
                     max_size=10),
       separator=st.sampled_from([",", ";"]))
def test_valid_header_random_cells_every_row_accounted(tmp_path, rows, separator):
    header = ["roof_id", "latitude", "longitude", "area_m2", "tilt_deg", "azimuth_deg"]
    text = "\n".join([separator.join(header)] + [separator.join(r) for r in rows])
    path = tmp_path / "cellules.csv"
    path.write_text(text + "\n", encoding="utf-8")
    try:
        result = read_roofs(path)
    except InputError as error:
        # Only a file without any data row may be refused as a whole.
        assert "aucune ligne" in str(error)
        return
    every = np.sort(np.concatenate([result.roofs["source_row"].to_numpy(),
                                    result.rejected["row"].to_numpy()]))
    assert every.tolist() == list(range(1, result.input_rows + 1))
    assert result.rejected["reason"].str.len().gt(0).all()
