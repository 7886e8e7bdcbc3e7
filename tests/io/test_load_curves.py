"""Readers of measured load curves (Enedis 30-minute export, plain hourly CSV)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from artois_energy_desk import InputError
from artois_energy_desk.io.load_curves import (
    default_load_profiles,
    read_enedis_load_curve,
    read_hourly_load_csv,
    to_year_shape,
)

TABLE_HEADER = ("Identifiant PRM;Date de début;Date de fin;Grandeur physique;"
                "Grandeur métier;Etape métier;Unité;Horodate;Valeur;Nature;Pas;"
                "Indice de vraisemblance;Etat complémentaire")


def _table_row(stamp: str, watts: str) -> str:
    return (f"19125759625988;2025-01-01 00:00:00;2025-01-02 00:00:00;PA;CONS;BRUT;W;"
            f"{stamp};{watts};B;PT30M;0;0")


def test_enedis_single_table_export(tmp_path):
    path = tmp_path / "enedis.csv"
    rows = [_table_row("2025-01-01 00:30:00", "1000"),   # 00:00-00:30, 0.5 kWh
            _table_row("2025-01-01 01:00:00", "3000"),   # 00:30-01:00, 1.5 kWh
            _table_row("2025-01-01 01:30:00", "500")]    # 01:00-01:30, 0.25 kWh
    path.write_text("\n".join([TABLE_HEADER, *rows]) + "\n", encoding="utf-8")
    hourly, meta = read_enedis_load_curve(path)
    assert meta["prm"] == "19125759625988" and meta["step_minutes"] == 30
    # mean power [W] x 0.5 h, stamped at the end of the interval, summed per hour
    assert hourly.tolist() == [2.0, 0.25]
    assert hourly.index[0] == pd.Timestamp("2025-01-01 00:00", tz="Europe/Paris")


def test_enedis_header_block_export_with_offsets(tmp_path):
    path = tmp_path / "mes_donnees.csv"
    path.write_text(
        "Identifiant PRM;Type de donnees;Date de debut;Date de fin;Grandeur physique;"
        "Grandeur metier;Etape metier;Unite\n"
        "01234567890123;Courbe de charge;01/07/2025;02/07/2025;Energie active;"
        "Consommation;Comptage Brut;W\n"
        "Horodate;Valeur\n"
        "2025-07-01T00:30:00+02:00;800\n"
        "2025-07-01T01:00:00+02:00;1200\n", encoding="utf-8")
    hourly, meta = read_enedis_load_curve(path)
    assert meta["unit"] == "W"
    assert hourly.tolist() == [pytest.approx(1.0)]
    assert hourly.index[0] == pd.Timestamp("2025-07-01 00:00", tz="Europe/Paris")


def test_enedis_bad_value_names_line_column_and_value(tmp_path):
    path = tmp_path / "bad.csv"
    rows = [_table_row("2025-01-01 00:30:00", "1000"),
            _table_row("2025-01-01 01:00:00", "abc")]
    path.write_text("\n".join([TABLE_HEADER, *rows]), encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.csv, ligne 3, colonne 'Valeur'.*'abc'"):
        read_enedis_load_curve(path)


def test_enedis_file_without_horodate_is_rejected(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(InputError, match="Horodate"):
        read_enedis_load_curve(path)


def test_plain_hourly_csv_with_decimal_comma(tmp_path):
    path = tmp_path / "courbe.csv"
    path.write_text("horodate;consommation_kwh\n2025-03-01 00:00;0,5\n"
                    "2025-03-01 01:00;1,25\n", encoding="utf-8")
    hourly, meta = read_hourly_load_csv(path)
    assert hourly.tolist() == [0.5, 1.25] and meta["records"] == 2


def test_plain_hourly_csv_errors(tmp_path):
    path = tmp_path / "courbe.csv"
    path.write_text("timestamp,load_kwh\n2025-03-01 00:00,1\n2025-03-01 xx,2\n")
    with pytest.raises(InputError, match=r"ligne 3, colonne 'timestamp'.*xx"):
        read_hourly_load_csv(path)
    path.write_text("timestamp,load_kwh\n2025-03-01 00:00,1\n2025-03-01 01:00,-2\n")
    with pytest.raises(InputError, match=r"ligne 3, colonne 'load_kwh'.*-2"):
        read_hourly_load_csv(path)
    path.write_text("when,kwh\n2025-03-01 00:00,1\n")
    with pytest.raises(InputError, match="colonne de date introuvable"):
        read_hourly_load_csv(path)


def test_to_year_shape_fills_gaps_and_checks_coverage():
    index = pd.date_range("2025-01-01", periods=8760, freq="h", tz="Europe/Paris")
    series = pd.Series(np.where(index.hour == 12, 3.0, 1.0), index=index)
    gappy = series.drop(series.index[1000:1100])
    load, meta = to_year_shape(gappy)
    assert meta["filled_hours"] == 100
    # filled hours take the mean of the same month and hour: the year is restored
    assert load.sum() == pytest.approx(series.sum())
    with pytest.raises(InputError, match="heures mesurées"):
        to_year_shape(series.iloc[:4000])


def test_default_load_profiles_cover_the_five_uses():
    profiles = default_load_profiles(2026)
    assert {"house", "apartment", "office", "school", "shop"} <= set(profiles.shapes)
    assert set(profiles.use_map["profile"]) <= set(profiles.shapes)
