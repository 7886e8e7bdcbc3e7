"""The one place that locates the application's ``data/`` and ``resources/`` folders.

In an installed wheel both folders live inside the package (``artois_energy_desk/data``,
``artois_energy_desk/resources``, copied there by hatchling's ``force-include``). In an
editable install (``pip install -e .``) the package is imported from ``src/`` where they
do not exist, so the locator falls back to the checkout's top-level folders. A frozen
build places them at the same package-relative spot.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

__all__ = ["data_dir", "data_file", "resource_dir", "resource_file"]


@cache
def _locate(name: str) -> Path:
    packaged = Path(str(resources.files("artois_energy_desk"))) / name
    checkout = Path(__file__).resolve().parents[2] / name
    for candidate in (packaged, checkout):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"Dossier '{name}' introuvable : cherché dans {packaged} puis {checkout}. "
        "L'installation de l'application est incomplète."
    )


def data_dir() -> Path:
    """Return the folder holding parameter tables, climate statistics and demo data."""
    return _locate("data")


def resource_dir() -> Path:
    """Return the folder holding icons, translations and report templates."""
    return _locate("resources")


def data_file(*parts: str) -> Path:
    """Return the path of a file under ``data/``, raising if it does not exist."""
    return _existing(data_dir().joinpath(*parts))


def resource_file(*parts: str) -> Path:
    """Return the path of a file under ``resources/``, raising if it does not exist."""
    return _existing(resource_dir().joinpath(*parts))


def _existing(path: Path) -> Path:
    if not path.exists():
        raise FileNotFoundError(f"Fichier de l'application introuvable : {path}")
    return path
