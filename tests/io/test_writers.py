"""Table writers: plain and French CSV, XLSX, atomic replacement."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pytest

from artois_energy_desk import InputError
from artois_energy_desk.io import writers
from artois_energy_desk.io.roofs import read_roofs
from artois_energy_desk.io.writers import header_with_unit, write_table


@pytest.fixture()
def frame() -> pd.DataFrame:
    return pd.DataFrame({
        "roof_id": ["a;b", 'c"d', "e\nf", "g"],
        "latitude": [50.43, 50.431, 50.432, 50.433],
        "longitude": [2.83, 2.831, 2.832, 2.833],
        "area_m2": [12.5, 0.1 + 0.2, 1e20, np.nan],
        "tilt_deg": [30.0, 0.0, 45.0, 10.0],
        "azimuth_deg": [180.0, 90.0, 270.0, 0.0],
        "dwellings": pd.array([1, 2, None, 4], dtype="Int64"),
        "flag": [True, False, True, False],
    })


def test_plain_csv_round_trips_exactly(tmp_path, frame):
    path = write_table(frame, tmp_path / "out.csv")
    back = pd.read_csv(path, dtype={"dwellings": "Int64"}, keep_default_na=True)
    # Floats are written with their shortest round-trip text: exact equality.
    pd.testing.assert_frame_equal(back, frame, check_dtype=False)


def test_plain_csv_bytes_are_those_of_pyarrow_write_csv(tmp_path, monkeypatch):
    # The fast plain writer must produce exactly the bytes of pyarrow.csv.write_csv
    # (the reference): quoting of text, shortest float text, nulls, categoricals,
    # low-cardinality floats formatted once per value, several row chunks.
    monkeypatch.setattr(writers, "_CHUNK_ROWS", 4)
    rng = np.random.default_rng(5)
    frame = pd.DataFrame({
        'na"me': np.r_[1.5, np.nan, -0.0, 1e-7, 1e12, 0.1 + 0.2, rng.random(5)],
        "few": np.r_[[0.25] * 4, [np.nan, 0.5] * 3, 0.25],
        "text": pd.array(['x"y', None, "a,b", "l\nm", "", "é", *"abcde"],
                         dtype="string[pyarrow]"),
        "obj": ["1", None, *map(str, range(9))],
        "cat": pd.Categorical(["u", None, 'q"', *"uvuvuvuv"]),
        "count": pd.array([1, None, *range(9)], dtype="Int64"),
        "flag": [True, False] * 5 + [True],
    })
    path = write_table(frame, tmp_path / "out.csv")
    expected = pa.BufferOutputStream()
    pacsv.write_csv(writers.to_arrow(frame), expected)
    assert path.read_bytes() == expected.getvalue().to_pybytes()


@pytest.mark.parametrize("french", [False, True])
def test_rounding_is_applied_in_every_chunk(tmp_path, monkeypatch, french):
    # Floats are rounded chunk by chunk on the writing threads: every chunk, the
    # first one included, comes out rounded; whole numbers without a decimal part,
    # and a negative value rounded to zero as "0", not "-0" (to 0 or 1 decimal).
    monkeypatch.setattr(writers, "_CHUNK_ROWS", 2)
    frame = pd.DataFrame({
        "npv_eur": [1234.56, -0.3, np.nan, -2.5, 7.49, 1e17 + 0.0],
        "yield_kwh": [1.26, 2.34, 3.35, np.nan, -0.04, 1e-9],
        "latitude": [50.123456789] * 6,
    })
    decimals = {"npv_eur": 0, "yield_kwh": 1}
    path = write_table(frame, tmp_path / "r.csv", decimals=decimals, french=french)
    separator, point = (";", ",") if french else (",", ".")
    text = path.read_bytes().decode("utf-8-sig").splitlines()[1:]
    cells = [line.split(separator) for line in text]
    # numpy rounds x * 10^d half to even: -2.5 -> -2, 3.35 * 10 = 33.5 -> 3.4
    # (1e17 is beyond 2^53, where floats stop being exact integers: kept as float)
    assert [row[0] for row in cells] == ["1235", "0", "", "-2", "7", "1e+17"]
    assert [row[1] for row in cells] == [f"1{point}3", f"2{point}3", f"3{point}4",
                                         "", "0", "0"]
    assert {row[2] for row in cells} == {f"50{point}123456789"}


@pytest.mark.parametrize("chunk_rows", [1, 100_000])
def test_french_csv_convention_and_round_trip(tmp_path, frame, monkeypatch,
                                              chunk_rows):
    # One row per chunk sends every row through the threads: order must hold.
    monkeypatch.setattr(writers, "_CHUNK_ROWS", chunk_rows)
    path = write_table(frame, tmp_path / "fr.csv", french=True)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw[3:].decode("utf-8").split("\n")
    assert lines[0] == "roof_id;latitude;longitude;area_m2;tilt_deg;azimuth_deg;" \
        "dwellings;flag"
    assert lines[1] == '"a;b";50,43;2,83;12,5;30;180;1;VRAI'
    back = pd.read_csv(path, sep=";", decimal=",", encoding="utf-8-sig",
                       true_values=["VRAI"], false_values=["FAUX"])
    pd.testing.assert_frame_equal(back, frame, check_dtype=False)


def test_french_csv_reads_back_through_read_roofs(tmp_path, frame):
    roofs = frame.iloc[[0, 1, 3]].assign(area_m2=[12.5, 3.0, 7.25])
    path = write_table(roofs, tmp_path / "fr.csv", french=True)
    result = read_roofs(path)
    assert result.roofs["roof_id"].tolist() == ["a;b", 'c"d', "g"]
    assert result.roofs["area_m2"].tolist() == [12.5, 3.0, 7.25]
    assert result.rejected.empty


def test_csv_sidecars_for_assumptions_and_rejects(tmp_path, frame):
    rejected = pd.DataFrame({"file": ["x.csv"], "row": [3], "roof_id": ["z"],
                             "column": ["pente"], "value": ["95"],
                             "reason": ["pente hors de 0 à 90°"]})
    write_table(frame, tmp_path / "out.csv", assumptions=["Séparateur : virgule."],
                rejected=rejected)
    assert (tmp_path / "out_hypotheses.txt").read_text("utf-8").startswith("Séparateur")
    back = pd.read_csv(tmp_path / "out_rejets.csv")
    assert back.loc[0, "reason"] == "pente hors de 0 à 90°"


def test_xlsx_has_units_assumptions_and_rejects(tmp_path, frame):
    rejected = pd.DataFrame({"file": ["x.csv"], "row": [3], "roof_id": ["z"],
                             "column": ["pente"], "value": ["95"],
                             "reason": ["pente hors de 0 à 90°"]})
    path = write_table(frame, tmp_path / "out.xlsx", assumptions=["Hypothèse A"],
                       rejected=rejected)
    sheets = pd.read_excel(path, sheet_name=None)
    assert list(sheets) == ["Résultats", "Hypothèses", "Rejets"]
    results = sheets["Résultats"]
    assert "area_m2 [m²]" in results.columns
    assert "tilt_deg [°]" in results.columns
    assert results["area_m2 [m²]"].iloc[0] == 12.5
    assert sheets["Hypothèses"]["Hypothèse"].tolist() == ["Hypothèse A"]
    assert sheets["Rejets"].loc[0, "motif"] == "pente hors de 0 à 90°"
    assert sheets["Rejets"].loc[0, "ligne"] == 3


def test_xlsx_export_reads_back_through_read_roofs(tmp_path, frame):
    pytest.importorskip("openpyxl")
    roofs = frame.iloc[[0, 1, 3]].assign(area_m2=[12.5, 3.0, 7.25])
    path = write_table(roofs, tmp_path / "out.xlsx")
    result = read_roofs(path)
    assert result.roofs["area_m2"].tolist() == [12.5, 3.0, 7.25]


@pytest.mark.parametrize("name, expected", [
    ("area_m2", "area_m2 [m²]"), ("pv_peak_power_kwp", "pv_peak_power_kwp [kWc]"),
    ("pv_specific_yield_kwh_per_kwp", "pv_specific_yield_kwh_per_kwp [kWh/kWc]"),
    ("irradiation_kwh_m2", "irradiation_kwh_m2 [kWh/m²]"), ("roof_id", "roof_id"),
])
def test_header_units(name, expected):
    assert header_with_unit(name) == expected


def test_failed_write_leaves_previous_file_and_no_temporary(tmp_path, frame,
                                                            monkeypatch):
    path = tmp_path / "out.csv"
    path.write_text("ancien contenu", encoding="utf-8")

    def broken(*args, **kwargs):
        raise OSError("disque plein")

    monkeypatch.setattr(pacsv, "write_csv", broken)
    monkeypatch.setattr(writers, "_write_plain_csv", broken)
    with pytest.raises(OSError, match="disque plein"):
        write_table(frame, path)
    assert path.read_text(encoding="utf-8") == "ancien contenu"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_atomic_path_replaces_only_on_success(tmp_path):
    target = tmp_path / "a.txt"
    with writers.atomic_path(target) as temporary:
        temporary.write_text("nouveau", encoding="utf-8")
        assert not target.exists()
    assert target.read_text(encoding="utf-8") == "nouveau"


def test_unsupported_extension(tmp_path, frame):
    with pytest.raises(InputError, match="non pris en charge"):
        write_table(frame, tmp_path / "out.docx")
