"""French source texts, English translation: complete, compiled, and applied."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from artois_energy_desk import paths
from artois_energy_desk.gui.app import install_translator

_TS = "artois_energy_desk_en.ts"
_GUI = Path(paths.__file__).parent / "gui"


def _tool(name: str) -> str:
    tool = Path(sys.executable).parent / name
    if not tool.exists():
        pytest.skip(f"{name} absent de l'environnement")
    return str(tool)


def test_every_interface_string_has_an_english_translation(tmp_path):
    ts = tmp_path / _TS
    shutil.copy(paths.resource_file("translations", _TS), ts)
    sources = sorted(str(p) for p in _GUI.rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete",
                    "-source-language", "fr", "-target-language", "en", "-ts", str(ts)],
                   check=True, capture_output=True)
    unfinished = [m.findtext("source") for m in ET.parse(ts).iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_committed_qm_matches_its_ts(tmp_path):
    compiled = tmp_path / "en.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(paths.resource_file(
        "translations", _TS)), "-qm", str(compiled)], check=True, capture_output=True)
    committed = paths.resource_file("translations", "artois_energy_desk_en.qm")
    assert compiled.read_bytes() == committed.read_bytes()


def test_english_translator_changes_the_menus(qapp):
    translator = install_translator(qapp, "en")
    try:
        assert translator is not None
        assert QCoreApplication.translate("Menus", "&Fichier") == "&File"
        assert QCoreApplication.translate(
            "StudyController", "Modifications non enregistrées") == "Unsaved changes"
    finally:
        qapp.removeTranslator(translator)
        install_translator(qapp, "fr")
    assert QCoreApplication.translate("Menus", "&Fichier") == "&Fichier"
