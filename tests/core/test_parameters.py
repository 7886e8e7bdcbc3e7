"""Parameter tables: provenance on every row, overrides by name, clear errors."""

from __future__ import annotations

import pandas as pd
import pytest

from artois_energy_desk import InputError
from artois_energy_desk.core.parameters import RECORD_COLUMNS
from artois_energy_desk.io.parameters import default_parameters, load_parameters


def test_every_default_has_unit_source_and_status():
    records = default_parameters().records()
    assert list(records.columns) == list(RECORD_COLUMNS)
    assert len(records) > 10
    for row in records.itertuples():
        assert row.unit, row.name
        assert row.source, row.name
        assert row.status in {"sourced", "derived", "unverified"}, row.name


def test_every_table_row_carries_its_source():
    for name, table in default_parameters().tables.items():
        assert table["source"].notna().all(), name
        assert table["status"].isin(["sourced", "derived", "unverified"]).all(), name


def test_override_file_replaces_value_and_marks_it_user(tmp_path):
    path = tmp_path / "mes_parametres.csv"
    path.write_text("name,value\npv.albedo,0.3\n", encoding="utf-8")
    params = load_parameters([path])
    assert params.value("pv.albedo") == 0.3
    assert params["pv.albedo"].status == "user"
    assert "mes_parametres.csv" in params["pv.albedo"].source
    # the installed defaults are untouched
    assert default_parameters().value("pv.albedo") == 0.2


def test_override_with_unknown_name_names_file_row_and_value(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("name,value\npv.albedo,0.3\npv.albdeo,0.4\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"p\.csv, ligne 3.*pv\.albdeo"):
        load_parameters([path])


def test_override_without_value_column_is_refused(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("nom;valeur\npv.albedo;0.3\n", encoding="utf-8")
    with pytest.raises(InputError, match="ni paramètres .colonnes .name. et .value.."):
        load_parameters([path])


def test_with_values_rejects_unknown_names():
    with pytest.raises(KeyError, match="unknown parameter"):
        default_parameters().with_values({"pv.nope": 1})


def test_whole_table_override_replaces_the_installed_table(tmp_path):
    """A newer tariff grid, in the installed format, replaces the installed one."""
    installed = default_parameters().table("pv_tariffs_s21")
    newer = installed.tail(3).copy()
    newer["period_start"] = "2026-10-01"
    newer["period_end"] = "2026-12-31"
    newer["source"] = "arrêté tarifaire du trimestre (saisie conseiller)"
    path = tmp_path / "pv_tariffs_s21.csv"
    pd.concat([installed, newer]).to_csv(path, index=False)
    params = load_parameters([path])
    assert len(params.table("pv_tariffs_s21")) == len(installed) + 3
    assert len(default_parameters().table("pv_tariffs_s21")) == len(installed)


def test_table_override_with_wrong_columns_is_refused(tmp_path):
    path = tmp_path / "pv_tariffs_s21.csv"
    path.write_text("period_start,tarif\n2026-10-01,0.04\n", encoding="utf-8")
    with pytest.raises(InputError, match="colonnes de la table 'pv_tariffs_s21'"):
        load_parameters([path])


def test_table_override_rows_need_a_source(tmp_path):
    installed = default_parameters().table("vat_rates")
    broken = installed.copy()
    broken.loc[broken.index[0], "source"] = ""
    path = tmp_path / "vat_rates.csv"
    broken.to_csv(path, index=False)
    with pytest.raises(InputError, match="ligne 2, colonne 'source'"):
        load_parameters([path])
