"""The EN 253 pipe catalogue of ``data/pipes/`` and the network parameter set."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from artois_energy_desk import InputError, paths
from artois_energy_desk.core.network.catalogue import CATALOGUE_COLUMNS
from artois_energy_desk.core.parameters import ParameterSet

__all__ = ["CATALOGUE_TABLE", "network_parameters", "read_pipe_catalogue"]

#: Name of the catalogue table in the parameter set.
CATALOGUE_TABLE = "network_pipe_catalogue"


def read_pipe_catalogue(path: str | Path | None = None) -> pd.DataFrame:
    """Read a pipe catalogue (default ``data/pipes/en253_isoplus.csv``).

    Raises
    ------
    InputError
        If a required column, or the ``source`` / ``status`` provenance, is missing.
    """
    path = paths.data_file("pipes", "en253_isoplus.csv") if path is None else Path(path)
    try:
        frame = pd.read_csv(path, comment="#", encoding="utf-8-sig")
    except (OSError, pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        raise InputError(f"{path} : catalogue de tubes illisible ({err}).") from None
    missing = {*CATALOGUE_COLUMNS, "source", "status"} - set(frame.columns)
    if missing:
        raise InputError(f"{path} : colonnes manquantes {sorted(missing)}.")
    return frame


def network_parameters(
    params: ParameterSet | None = None, catalogue: str | Path | None = None
) -> ParameterSet:
    """Parameter set with the pipe catalogue added as table ``network_pipe_catalogue``.

    Parameters
    ----------
    params : ParameterSet, optional
        Base set; default :func:`~artois_energy_desk.io.parameters.load_parameters`.
    catalogue : path, optional
        Another catalogue file.
    """
    if params is None:
        from artois_energy_desk.io.parameters import load_parameters

        params = load_parameters()
    return params.with_table(CATALOGUE_TABLE, read_pipe_catalogue(catalogue))
