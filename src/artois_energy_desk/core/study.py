"""A study: everything an adviser works on, as one immutable value.

A :class:`Study` holds the input layers (roof facets, buildings, streets...), the
evaluation results, the parameter values the user chose, the climate source, the log
of user edits and a few descriptive fields. It is saved as one GeoPackage by
:mod:`artois_energy_desk.io.study`.

Edits are pure functions returning a new study and appending an :class:`Edit` to the
log; :func:`undo_edit` reverts the last one. Frames are never modified in place (an
edit copies the one column it changes), so a study can be written in a background
thread while the user keeps editing.

The file format has a schema version (:data:`SCHEMA_VERSION`). Opening a file of an
older version runs one pure migration function per version step on the raw tables
read (:func:`migrate`); a file of a newer version is refused (:func:`check_version`).

References
----------
.. [1] OGC GeoPackage Encoding Standard 1.3, http://www.geopackage.org/spec/
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

import pandas as pd

from artois_energy_desk import InputError, __version__
from artois_energy_desk.core.parameters import ParameterSet

__all__ = [
    "EDIT_KINDS",
    "MIGRATIONS",
    "ROOFS_LAYER",
    "SCHEMA_VERSION",
    "STUDY_FORMAT",
    "ClimateSource",
    "Edit",
    "Migration",
    "Study",
    "Tables",
    "check_version",
    "migrate",
    "set_building_excluded",
    "set_parameter",
    "set_roof_value",
    "undo_edit",
]

#: Version of the study file layout written by this application.
SCHEMA_VERSION = 2
#: Value of the ``format`` key of the metadata table of every study file.
STUDY_FORMAT = "artois-energy-desk-study"
#: Name of the layer holding the roof facets (one row per facet, ``roof_id`` unique).
ROOFS_LAYER = "toitures"
#: Kinds of user edits: a parameter value, a roof attribute, a building excluded from
#: or included again in the evaluation.
EDIT_KINDS = ("parameter", "roof", "exclude", "include")

#: Raw tables of a study file by table name (metadata, catalogue, data tables).
Tables = dict[str, pd.DataFrame]
#: One migration step: the tables of version ``n`` to the tables of version ``n + 1``.
Migration = Callable[[Tables], Tables]
def _v1_to_v2(tables: Tables) -> Tables:
    """Version 2 adds the ``storage`` of each data table (``table``: a GeoPackage
    table; ``arrow``: Arrow chunks in ``aed_columnar``); version 1 had tables only."""
    catalogue = tables["aed_tables"].copy()
    catalogue["storage"] = "table"
    return {**tables, "aed_tables": catalogue}


#: Migration steps by the version they start from; every released layout has its
#: committed fixture in the tests, which must still load.
MIGRATIONS: Mapping[int, Migration] = {1: _v1_to_v2}

Scalar = float | int | str | bool | None


@dataclass(frozen=True)
class ClimateSource:
    """The climate a study is evaluated with.

    Parameters
    ----------
    description : str
        The weather year's source text, shown on every result
        (:attr:`~artois_energy_desk.core.climate.WeatherYear.source`).
    weather_file : str, optional
        The weather file read, as the user chose it; ``None`` for the embedded Artois
        typical year.
    period : str
        Period the weather year represents (e.g. ``"2005-2020"``).
    """

    description: str
    weather_file: str | None = None
    period: str = ""


@dataclass(frozen=True)
class Edit:
    """One user edit, as logged in the study.

    Parameters
    ----------
    kind : str
        One of :data:`EDIT_KINDS`.
    target : str
        Parameter name (``"pv.albedo"``), ``roof_id`` or ``building_id``.
    column : str
        Roof column edited (``"tilt_deg"``); empty for the other kinds.
    old_value, new_value : float, int, str, bool or None
        Value before and after; ``None`` for a parameter means "the default".
    time : str
        When the edit was made (ISO 8601 with offset).
    """

    kind: str
    target: str
    column: str = ""
    old_value: Scalar = None
    new_value: Scalar = None
    time: str = field(default_factory=lambda: _now())


@dataclass(frozen=True)
class Study:
    """Everything an adviser works on.

    Parameters
    ----------
    layers : mapping of str to pandas.DataFrame
        Input layers by name (:data:`ROOFS_LAYER` for roof facets); a layer with
        geometry is a ``geopandas.GeoDataFrame`` with a CRS.
    results : pandas.DataFrame, optional
        Evaluation results (the pipeline's ``Evaluation.results``), ``None`` when the
        study was never evaluated.
    parameters : mapping of str to float or str
        Parameter values chosen by the user, by dotted name; every other parameter
        takes its installed default.
    climate : ClimateSource, optional
        Climate used; ``None`` before one is chosen.
    edits : tuple of Edit
        User edits in the order made (undone edits are removed).
    excluded_buildings : frozenset of str
        ``building_id`` values the user left out of the evaluation.
    results_stale : bool
        The results predate an edit of the roofs, the parameters or the climate.
    title : str
        Name of the study shown to the user.
    created : str
        Creation time (ISO 8601).
    metadata : mapping of str to str
        Other descriptive key/values kept with the study (free text).
    """

    layers: Mapping[str, pd.DataFrame] = field(default_factory=dict)
    results: pd.DataFrame | None = None
    parameters: Mapping[str, float | str] = field(default_factory=dict)
    climate: ClimateSource | None = None
    edits: tuple[Edit, ...] = ()
    excluded_buildings: frozenset[str] = frozenset()
    results_stale: bool = False
    title: str = ""
    created: str = field(default_factory=lambda: _now())
    metadata: Mapping[str, str] = field(default_factory=dict)

    @property
    def roofs(self) -> pd.DataFrame | None:
        """The roof-facet layer, ``None`` when the study has none."""
        return self.layers.get(ROOFS_LAYER)

    def parameter_set(self, defaults: ParameterSet) -> tuple[ParameterSet, list[str]]:
        """Return ``defaults`` with the user's values applied.

        Parameters
        ----------
        defaults : ParameterSet
            The installed parameters.

        Returns
        -------
        tuple of ParameterSet and list of str
            The parameters, and the user values ignored because ``defaults`` no
            longer has a parameter of that name (a study made with another version).
        """
        known = {k: v for k, v in self.parameters.items() if k in defaults}
        unknown = sorted(set(self.parameters) - set(known))
        return defaults.with_values(known, source="valeur de l'étude"), unknown


def set_parameter(study: Study, name: str, value: float | str | None) -> Study:
    """Return ``study`` with parameter ``name`` set to ``value`` (``None``: default).

    Results become stale; the edit is logged.
    """
    old = study.parameters.get(name)
    edit = Edit("parameter", name, "", old, value)
    return _logged(_apply(study, edit, value), edit)


def set_roof_value(study: Study, roof_id: str, column: str, value: Scalar) -> Study:
    """Return ``study`` with ``column`` of roof ``roof_id`` set to ``value``.

    Raises
    ------
    KeyError
        No roof layer, no such roof, or no such column.
    """
    roofs = _roofs(study)
    row = _roof_row(roofs, roof_id)
    if column not in roofs.columns or column == "roof_id":
        raise KeyError(f"column {column!r} cannot be edited")
    old = _python_scalar(roofs[column].iloc[row])
    edit = Edit("roof", str(roof_id), column, old, value)
    return _logged(_apply(study, edit, value), edit)


def set_building_excluded(study: Study, building_id: str, excluded: bool) -> Study:
    """Return ``study`` with building ``building_id`` left out of (or back in) the
    evaluation; a no-op (nothing logged) when it already is.
    """
    building_id = str(building_id)
    if (building_id in study.excluded_buildings) == excluded:
        return study
    edit = Edit("exclude" if excluded else "include", building_id, "", not excluded,
                excluded)
    return _logged(_apply(study, edit, excluded), edit)


def undo_edit(study: Study, edit: Edit) -> Study:
    """Return ``study`` as it was before ``edit``, which must be its last edit.

    Raises
    ------
    ValueError
        ``edit`` is not the last edit of ``study``.
    """
    if not study.edits or study.edits[-1] != edit:
        raise ValueError("only the last edit of a study can be undone")
    reverted = _apply(study, edit, edit.old_value)
    return replace(reverted, edits=study.edits[:-1])


def check_version(version: int, source: str, app_version: str = "") -> None:
    """Refuse a study file whose schema is newer than this application reads.

    Parameters
    ----------
    version : int
        Schema version written in the file.
    source : str
        File name, for the message.
    app_version : str
        Version of the application that wrote the file, for the message.

    Raises
    ------
    InputError
        ``version`` is newer than :data:`SCHEMA_VERSION` or not positive.
    """
    if version > SCHEMA_VERSION:
        writer = f" par Artois Energy Desk {app_version}" if app_version else ""
        raise InputError(
            f"{source} : étude enregistrée{writer} au format {version}, plus récent "
            f"que le format {SCHEMA_VERSION} que lit cette version ({__version__}). "
            "Mettez l'application à jour pour l'ouvrir ; le fichier n'a pas été "
            "modifié.")
    if version < 1:
        raise InputError(f"{source} : version de format {version} invalide "
                         "(attendu un entier positif).")


def migrate(tables: Tables, version: int, *,
            migrations: Mapping[int, Migration] = MIGRATIONS,
            target: int = SCHEMA_VERSION) -> Tables:
    """Bring the raw tables of a study file from ``version`` to ``target``.

    Parameters
    ----------
    tables : dict of str to pandas.DataFrame
        Tables read from the file, by table name; not modified.
    version : int
        Schema version of the file.
    migrations : mapping of int to callable
        Step functions by starting version (default :data:`MIGRATIONS`).
    target : int
        Version wanted (default :data:`SCHEMA_VERSION`).

    Raises
    ------
    InputError
        A step between ``version`` and ``target`` is missing.
    """
    for step in range(version, target):
        if step not in migrations:
            raise InputError(f"aucune conversion connue du format {step} vers le "
                             f"format {step + 1}.")
        tables = migrations[step](dict(tables))
    return tables


# -- internals -------------------------------------------------------------------------
def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _logged(study: Study, edit: Edit) -> Study:
    return replace(study, edits=(*study.edits, edit))


def _apply(study: Study, edit: Edit, value: Scalar) -> Study:
    """Set the target of ``edit`` to ``value`` (no logging)."""
    if edit.kind == "parameter":
        parameters = dict(study.parameters)
        if value is None:
            parameters.pop(edit.target, None)
        else:
            parameters[edit.target] = value
        return replace(study, parameters=parameters, results_stale=_stale(study))
    if edit.kind == "roof":
        roofs = _roofs(study)
        column = roofs[edit.column].copy()
        column.iloc[_roof_row(roofs, edit.target)] = value
        layers = {**study.layers, ROOFS_LAYER: roofs.assign(**{edit.column: column})}
        return replace(study, layers=layers, results_stale=_stale(study))
    if edit.kind in ("exclude", "include"):
        excluded = set(study.excluded_buildings)
        (excluded.add if value else excluded.discard)(edit.target)
        return replace(study, excluded_buildings=frozenset(excluded),
                       results_stale=_stale(study))
    raise ValueError(f"unknown edit kind {edit.kind!r}")


def _stale(study: Study) -> bool:
    return study.results is not None


def _roofs(study: Study) -> pd.DataFrame:
    roofs = study.roofs
    if roofs is None:
        raise KeyError(f"the study has no {ROOFS_LAYER!r} layer")
    return roofs


def _roof_row(roofs: pd.DataFrame, roof_id: str) -> int:
    matches = (roofs["roof_id"].astype(str) == str(roof_id)).to_numpy().nonzero()[0]
    if matches.size != 1:
        raise KeyError(f"roof {roof_id!r} not found once in the roof layer")
    return int(matches[0])


def _python_scalar(value: object) -> Scalar:
    """A cell value as a plain Python scalar (``None`` for missing)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if not isinstance(value, str) and bool(pd.isna(value)):
        return None
    item = getattr(value, "item", None)
    return item() if callable(item) else value
