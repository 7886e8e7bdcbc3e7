"""Shared test fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

_DEFAULT_EXTERNAL = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "third_party"
)


@pytest.fixture(scope="session")
def external_data() -> Path:
    """Folder of real third-party data files (``ARTOIS_EXTERNAL_DATA``).

    Skips the test with a clear reason where the folder is absent; ``.ci/run`` sets the
    variable and requires the folder, so CI always runs these tests.
    """
    folder = Path(os.environ.get("ARTOIS_EXTERNAL_DATA", _DEFAULT_EXTERNAL))
    if not folder.is_dir():
        pytest.skip(
            f"données tierces absentes ({folder}); définir ARTOIS_EXTERNAL_DATA"
        )
    return folder


@pytest.fixture(autouse=True)
def _private_user_data(tmp_path_factory, monkeypatch):
    """Keep log files and recovery copies of the tests out of the user's folders."""
    monkeypatch.setenv("ARTOIS_DATA_HOME", str(tmp_path_factory.getbasetemp() / "data"))
