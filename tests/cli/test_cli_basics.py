"""CLI entry point: help without heavy imports, parameters listing, clean errors."""

from __future__ import annotations

import json
import subprocess
import sys

from artois_energy_desk.cli import main


def test_help_imports_no_heavy_library():
    """``--help`` must answer at once: no pandas, pvlib, Qt or matplotlib imported."""
    code = (
        "import sys\n"
        "from artois_energy_desk.cli import build_parser\n"
        "build_parser().format_help()\n"
        "heavy = [m for m in ('pandas', 'pvlib', 'PySide6', 'matplotlib', 'geopandas')"
        " if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "[]"


def test_params_json_lists_every_default_with_provenance(capsys):
    assert main(["params", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    by_name = {p["name"]: p for p in payload["parameters"]}
    gamma = by_name["pv.gamma_pdc_per_k"]
    assert gamma["value"] == -0.0035
    assert gamma["unit"] == "1/K"
    assert "PVWatts" in gamma["source"]
    assert gamma["valid_from"].startswith("2014-09-01")


def test_user_error_is_one_clear_line_without_traceback(tmp_path, capsys):
    bad = tmp_path / "p.csv"
    bad.write_text("name,value\nnot.a.param,1\n", encoding="utf-8")
    assert main(["params", "--params", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Erreur : ")
    assert "Traceback" not in err
    assert "not.a.param" in err
