"""Canonical roof-table columns and recognition of the headers found in real files.

Headers are compared after normalisation (:func:`normalise_header`): case, accents,
punctuation and bracketed units are ignored, so ``"Surface (m²)"``, ``"SURFACE"`` and
``"surface_m2"`` all name the facet area.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "CANONICAL_COLUMNS",
    "NUMERIC_COLUMNS",
    "REQUIRED_COLUMNS",
    "TEXT_COLUMNS",
    "ColumnSpec",
    "match_columns",
    "normalise_header",
]


@dataclass(frozen=True)
class ColumnSpec:
    """One canonical column of the roof table.

    Parameters
    ----------
    name : str
        Canonical name (unit in the name).
    kind : {"text", "number"}
        Value type after import.
    label : str
        French words for messages ("surface", "pente", ...).
    aliases : tuple of str
        Normalised headers recognised for this column, in order of preference.
    """

    name: str
    kind: str
    label: str
    aliases: tuple[str, ...] = ()


_SPECS = (
    ColumnSpec("roof_id", "text", "identifiant", (
        "roof_id", "identifiant", "id", "id_toit", "id_pan", "identifiant_pan",
        "id_facette", "facet_id", "id_toiture", "identifiant_toiture", "objectid")),
    ColumnSpec("latitude", "number", "latitude", ("latitude", "lat", "y_wgs84")),
    ColumnSpec("longitude", "number", "longitude", (
        "longitude", "lon", "lng", "long", "x_wgs84")),
    ColumnSpec("area_m2", "number", "surface", (
        "area_m2", "area", "surface", "surface_m2", "superficie", "aire",
        "surface_pan", "surface_toit", "surface_toiture", "surf")),
    ColumnSpec("tilt_deg", "number", "pente", (
        "tilt_deg", "tilt", "pente", "inclinaison", "slope", "surface_tilt",
        "pente_toit", "inclinaison_toit")),
    ColumnSpec("azimuth_deg", "number", "azimut", (
        "azimuth_deg", "azimuth", "azimut", "orientation", "aspect", "surface_azimuth",
        "orientation_toit", "exposition")),
    ColumnSpec("building_id", "text", "identifiant du bâtiment", (
        "building_id", "id_batiment", "batiment_id", "id_bati", "id_bat",
        "identifiant_batiment", "egid")),
    ColumnSpec("commune_insee", "text", "code INSEE", (
        "commune_insee", "code_insee", "insee", "insee_com", "code_commune",
        "codgeo", "depcom", "com_insee", "code_insee_commune")),
    ColumnSpec("commune_name", "text", "commune", (
        "commune_name", "commune", "nom_commune", "libelle_commune", "nom_com",
        "libgeo")),
    ColumnSpec("epci", "text", "EPCI", (
        "epci", "siren_epci", "code_epci", "epci_siren")),
    ColumnSpec("usable_ratio", "number", "taux de surface utilisable", (
        "usable_ratio", "taux_utilisable", "ratio_utilisable", "part_utilisable",
        "taux_surface_utile")),
    ColumnSpec("shading_loss", "number", "perte par ombrage", (
        "shading_loss", "ombrage", "perte_ombrage", "taux_ombrage", "masque",
        "pertes_ombrage")),
    ColumnSpec("irradiation_kwh_m2", "number", "irradiation annuelle", (
        "irradiation_kwh_m2", "irradiation", "irradiation_annuelle", "gisement",
        "gisement_solaire", "ensoleillement", "rayonnement", "irradiation_kwh_m2_an")),
    ColumnSpec("building_use", "text", "usage du bâtiment", (
        "building_use", "usage", "usage1", "usage_batiment", "destination")),
    ColumnSpec("dwellings", "number", "nombre de logements", (
        "dwellings", "logements", "nb_logements", "nb_logts", "nombre_logements")),
    ColumnSpec("floor_area_m2", "number", "surface de plancher", (
        "floor_area_m2", "floor_area", "surface_plancher", "surface_de_plancher",
        "shon", "surface_habitable")),
    ColumnSpec("annual_electricity_kwh", "number", "consommation électrique annuelle", (
        "annual_electricity_kwh", "consommation_electrique", "conso_elec",
        "conso_elec_kwh", "consommation_electricite", "consommation_electricite_kwh")),
    ColumnSpec("heating_energy", "text", "énergie de chauffage", (
        "heating_energy", "energie_chauffage", "energie_de_chauffage", "chauffage",
        "mode_chauffage")),
)

#: Every canonical column, in output order.
CANONICAL_COLUMNS: dict[str, ColumnSpec] = {spec.name: spec for spec in _SPECS}
#: Columns that a roof table must provide (coordinates may come from x/y or geometry).
REQUIRED_COLUMNS = ("area_m2", "tilt_deg", "azimuth_deg")
NUMERIC_COLUMNS = tuple(s.name for s in _SPECS if s.kind == "number")
TEXT_COLUMNS = tuple(s.name for s in _SPECS if s.kind == "text")

#: Projected coordinate columns (Lambert-93 unless the user says otherwise).
PROJECTED_ALIASES = {
    "x": ("x", "x_l93", "xl93", "x_lambert93", "x_lambert_93", "lambert93_x",
          "coord_x", "x_2154", "easting"),
    "y": ("y", "y_l93", "yl93", "y_lambert93", "y_lambert_93", "lambert93_y",
          "coord_y", "y_2154", "northing"),
}

_BRACKETS = re.compile(r"[\(\[\{][^\)\]\}]*[\)\]\}]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_UNIT_SUFFIX = re.compile(r"_(m2|deg|degres|degre|kwh_m2_an|kwh_m2|kwh_an|kwh|pct)$")


def normalise_header(header: object) -> str:
    """Return a header reduced to lower-case ASCII words joined by ``_``.

    Bracketed parts (units such as ``(m²)`` or ``[°]``) and accents are removed.
    """
    text = _BRACKETS.sub(" ", str(header))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NON_WORD.sub("_", text.lower()).strip("_")


def _alias_index() -> dict[str, tuple[str, int]]:
    index: dict[str, tuple[str, int]] = {}
    for spec in _SPECS:
        for rank, alias in enumerate(spec.aliases):
            index.setdefault(alias, (spec.name, rank))
    for name, aliases in PROJECTED_ALIASES.items():
        for rank, alias in enumerate(aliases):
            index.setdefault(alias, (name, rank))
    return index


_ALIASES = _alias_index()


def _lookup(header: str) -> tuple[str, int] | None:
    key = normalise_header(header)
    if key in _ALIASES:
        return _ALIASES[key]
    stripped = _UNIT_SUFFIX.sub("", key)
    return _ALIASES.get(stripped)


def match_columns(headers: list[str],
                  user_map: dict[str, str] | None = None) -> dict[str, str]:
    """Map canonical names (and ``x``, ``y``) to the input headers that provide them.

    Parameters
    ----------
    headers : list of str
        Input headers, as written in the file.
    user_map : dict, optional
        ``{input header: canonical name}`` chosen by the user; it wins over recognition.

    Returns
    -------
    dict
        ``{canonical name: input header}``. Where several headers fit one canonical
        column, the best-ranked alias wins and the others stay ordinary columns.
    """
    user_map = dict(user_map or {})
    unknown = set(user_map) - set(headers)
    if unknown:
        raise KeyError(sorted(unknown))
    chosen: dict[str, tuple[int, str]] = {}
    for header in headers:
        if header in user_map:
            chosen[user_map[header]] = (-1, header)
            continue
        found = _lookup(header)
        if found is None:
            continue
        name, rank = found
        if name not in chosen or rank < chosen[name][0]:
            chosen[name] = (rank, header)
    return {name: header for name, (_, header) in chosen.items()}
