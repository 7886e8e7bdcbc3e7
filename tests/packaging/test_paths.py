"""data/ and resources/ are found both from the checkout and from an installed wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from artois_energy_desk import paths

ROOT = Path(__file__).resolve().parents[2]


def test_checkout_paths_find_parameter_table_and_resources():
    assert paths.data_file("parameters", "pv.csv").is_file()
    assert paths.resource_dir().is_dir()
    with pytest.raises(FileNotFoundError, match="introuvable"):
        paths.data_file("parameters", "no-such-table.csv")


@pytest.mark.slow
def test_installed_wheel_carries_data_and_resources(tmp_path):
    """Build the wheel, install it alone into a folder and locate data from there."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        check=True,
    )
    wheel = next((tmp_path / "dist").glob("artois_energy_desk-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "artois_energy_desk/data/parameters/pv.csv" in names
    assert any(n.startswith("artois_energy_desk/resources/") for n in names)
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    probe = (
        "import artois_energy_desk, artois_energy_desk.paths as p;"
        "print(artois_energy_desk.__file__);"
        "print(p.data_file('parameters', 'pv.csv'));"
        "print(p.resource_dir())"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        check=True,
        text=True,
        capture_output=True,
        env={"PYTHONPATH": str(target)},
        cwd=tmp_path,
    ).stdout.split()
    assert all(line.startswith(str(target)) for line in out), out
