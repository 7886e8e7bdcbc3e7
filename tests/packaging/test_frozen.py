"""The frozen Linux bundle (PyInstaller one-folder) runs without the checkout.

Builds ``packaging/artois_energy_desk.spec`` into a temporary folder once per session
(several minutes: marked slow, CI runs it), then runs the frozen program from outside
the checkout with a clean environment: ``--help``; ``evaluate`` on the demo CSV and on
the demo GeoPackage (Lambert-93: GDAL and PROJ data must be in the bundle), compared
with the same commands run from the source tree; ``gui --screenshot`` on the offscreen
Qt platform.
"""

from __future__ import annotations

import importlib.util
import os
import re
import struct
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from artois_energy_desk.cli import main

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "artois_energy_desk.spec"
#: Generous ceilings: the build takes minutes on a loaded two-core machine.
BUILD_TIMEOUT_S = 3600
RUN_TIMEOUT_S = 300


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """Folder of the frozen application, built from the spec into a temporary folder.

    ``ARTOIS_FROZEN_BUNDLE=dist/artois-energy-desk`` tests an existing build instead.
    """
    existing = os.environ.get("ARTOIS_FROZEN_BUNDLE")
    if existing:
        return Path(existing).resolve()
    pytest.importorskip("PyInstaller", reason="PyInstaller absent (extra [packaging])")
    work = tmp_path_factory.mktemp("pyinstaller")
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--workpath", str(work / "build"), "--distpath", str(work / "dist"),
         str(SPEC)],
        capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, cwd=work,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    folder = work / "dist" / "artois-energy-desk"
    assert (folder / "artois-energy-desk").is_file()
    return folder


def run_frozen(bundle: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run the frozen CLI from ``cwd`` with no trace of the development environment."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_PLUGIN", "LD_LIBRARY"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    # A private user folder: no recovery copy left by another session can stop the
    # window on a question, and the user's logs and settings stay untouched.
    env["ARTOIS_DATA_HOME"] = str(cwd / "user_data")
    env["XDG_CONFIG_HOME"] = str(cwd / "user_config")
    return subprocess.run([str(bundle / "artois-energy-desk"), *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=RUN_TIMEOUT_S)


def test_frozen_help_lists_every_command(bundle, tmp_path):
    done = run_frozen(bundle, "--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    for command in ("evaluate", "climate", "params", "gui"):
        assert command in done.stdout
    gui_help = run_frozen(bundle, "evaluate", "--help", cwd=tmp_path)
    assert "--engine" in gui_help.stdout


@pytest.mark.parametrize("demo_file",
                         ["artois_demo_roofs.csv", "artois_demo_roofs.gpkg"])
def test_frozen_evaluate_matches_source_tree(bundle, tmp_path, demo_file):
    """Same results file as the source tree's, from data found inside the bundle."""
    packaged = bundle / "_internal" / "artois_energy_desk" / "data" / "demo" / demo_file
    assert packaged.is_file()
    frozen_csv = tmp_path / "frozen.csv"
    done = run_frozen(bundle, "evaluate", str(packaged), "-o", str(frozen_csv),
                      "--quiet", cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-4000:]
    # Numbers are grouped with narrow no-break spaces (French typography).
    assert "Pans évalués : 3 774" in re.sub(r"[\u00a0\u202f]", " ", done.stdout)
    source_csv = tmp_path / "source.csv"
    assert main(["evaluate", str(ROOT / "data" / "demo" / demo_file),
                 "-o", str(source_csv), "--quiet"]) == 0
    # Same code and data on the same machine: every value equal. The creation time
    # in the assumptions lines may differ by a minute, so compare the results only.
    frozen = pd.read_csv(frozen_csv, comment="#")
    source = pd.read_csv(source_csv, comment="#")
    pd.testing.assert_frame_equal(frozen, source)


def test_frozen_default_evaluate_uses_bundled_demo(bundle, tmp_path):
    done = run_frozen(bundle, "evaluate", "--quiet", cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-4000:]
    assert f"Fichier : {bundle}" in done.stdout, "la démo doit venir du paquet figé"


def test_frozen_gui_screenshot(bundle, tmp_path):
    if importlib.util.find_spec("artois_energy_desk.commands.gui") is None:
        pytest.skip("commande gui absente (artois_energy_desk.commands.gui)")
    png = tmp_path / "fenetre.png"
    try:
        done = run_frozen(bundle, "gui", "--screenshot", str(png), cwd=tmp_path)
    except subprocess.TimeoutExpired:
        pytest.fail(f"gui --screenshot n'a pas rendu la main en {RUN_TIMEOUT_S} s")
    assert done.returncode == 0, done.stderr[-4000:]
    header = png.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    # The window asks for 1400 x 900 px; the offscreen screen may clip it, never to
    # less than a usable 800 x 600 px.
    assert width >= 800 and height >= 600, (width, height)
    # A drawn window, not a blank frame: many distinct colours on a 20 px grid.
    gui = pytest.importorskip("PySide6.QtGui")
    image = gui.QImage(str(png))
    colours = {image.pixel(x, y)
               for x in range(0, width, 20) for y in range(0, height, 20)}
    assert len(colours) > 20, len(colours)


def test_frozen_bundle_leaves_out_unused_parts(bundle):
    internal = bundle / "_internal"
    assert not (internal / "tkinter").exists()
    assert not list(internal.glob("**/libQt6WebEngine*"))
    assert not (internal / "dask").exists()
    assert list(internal.glob("PySide6/Qt/plugins/platforms/libqoffscreen.so"))
    assert list(internal.glob("PySide6/Qt/plugins/platforms/libqxcb.so"))
