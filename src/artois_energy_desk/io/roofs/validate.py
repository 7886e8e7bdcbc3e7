"""Validate a raw roof table: canonical columns, coordinates, rejection rules.

Every rule is applied to whole columns at once (no loop over rows). A row that breaks
any rule is rejected with every reason it broke; the others form the roof table.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from pyproj import CRS, Transformer

from artois_energy_desk import InputError
from artois_energy_desk.io.roofs.columns import (
    CANONICAL_COLUMNS,
    NUMERIC_COLUMNS,
    REQUIRED_COLUMNS,
    TEXT_COLUMNS,
)
from artois_energy_desk.io.roofs.model import RoofImportOptions
from artois_energy_desk.io.roofs.values import (
    Problems,
    raw_text,
    to_numbers,
    to_text,
)

__all__ = ["FRANCE_BOUNDS", "ValidatedTable", "mapping_notes", "validate_table"]

#: Bounding box of metropolitan France with Corsica, degrees WGS84, widened by about
#: 0.2 deg: extreme points are Ouessant (-5.14 E), Lauterbourg (8.23 E), Corsica
#: (9.56 E, 41.33 N) and Bray-Dunes (51.09 N) (IGN, "Points extrêmes de la France").
FRANCE_BOUNDS = {"lat_min": 41.0, "lat_max": 51.3, "lon_min": -5.4, "lon_max": 9.8}
_RATIO_COLUMNS = ("shading_loss", "usable_ratio")
_NON_NEGATIVE = ("irradiation_kwh_m2", "dwellings", "floor_area_m2",
                 "annual_electricity_kwh")


@dataclass
class ValidatedTable:
    """Outcome of :func:`validate_table`."""

    roofs: pd.DataFrame
    rejected: pd.DataFrame
    crs: str
    accepted: np.ndarray


def validate_table(frame: pd.DataFrame, mapping: dict[str, str],
                   source_row: np.ndarray, *, file: str,
                   options: RoofImportOptions, notes: list[str],
                   parse_rejects: pd.DataFrame | None = None,
                   geometry_problem: np.ndarray | None = None) -> ValidatedTable:
    """Check a raw table and split it into accepted roofs and rejects.

    Parameters
    ----------
    frame : pandas.DataFrame
        Columns as read (headers of the file).
    mapping : dict
        ``{canonical name or "x"/"y": header}``.
    source_row : numpy.ndarray
        1-based data row of each frame row.
    file : str
        File name for messages.
    options : RoofImportOptions
        Azimuth convention and coordinate CRS.
    notes : list of str
        Assumptions, appended to in place.
    parse_rejects : pandas.DataFrame, optional
        Rows already rejected by the reader (``row``, ``value``, ``reason``).
    geometry_problem : numpy.ndarray of str, optional
        Per row, why its geometry is unusable ("" when it is fine).

    Raises
    ------
    InputError
        A required column is missing.
    """
    _check_required(frame, mapping, file)
    problems = Problems(file, np.asarray(source_row, dtype=np.int64))
    if geometry_problem is not None:
        bad = np.asarray(geometry_problem, dtype=object) != ""
        problems.add(bad, "geometry", "",
                     pd.Series(np.asarray(geometry_problem, dtype=object)[bad]))
    ids = _roof_ids(frame, mapping, problems, notes)
    out: dict[str, object] = {"roof_id": ids}
    lat, lon, crs = _coordinates(frame, mapping, options, problems, notes)
    out["latitude"], out["longitude"] = lat, lon
    numbers = {name: _number_column(frame, mapping, name, problems)
               for name in NUMERIC_COLUMNS if name in mapping
               and name not in ("latitude", "longitude")}
    _check_area(frame, mapping, numbers["area_m2"], problems)
    _check_tilt(frame, mapping, numbers["tilt_deg"], problems)
    numbers["azimuth_deg"] = _azimuth(frame, mapping, numbers, options, problems, notes)
    _check_ranges(frame, mapping, numbers, problems)
    out.update(numbers)
    for name in TEXT_COLUMNS:
        if name in mapping and name != "roof_id":
            out[name] = to_text(frame[mapping[name]])
    accepted = ~problems.rejected
    roofs = _assemble(frame, mapping, out, source_row, accepted)
    notes.extend(mapping_notes(mapping, frame.columns))
    rejected = problems.table(ids, parse_rejects if parse_rejects is not None
                              else pd.DataFrame(columns=["row", "value", "reason"]))
    return ValidatedTable(roofs, rejected, crs, accepted)


def _check_required(frame: pd.DataFrame, mapping: dict[str, str], file: str) -> None:
    missing = [name for name in REQUIRED_COLUMNS if name not in mapping]
    has_latlon = "latitude" in mapping and "longitude" in mapping
    if not has_latlon and not ("x" in mapping and "y" in mapping):
        missing.append("latitude/longitude")
    if not missing:
        return
    wanted = "; ".join(_expected(name) for name in missing)
    raise InputError(f"{file} : colonne(s) obligatoire(s) absente(s) : {wanted}. "
                     f"Colonnes trouvées : {', '.join(map(str, frame.columns))}.")


def _expected(name: str) -> str:
    if name == "latitude/longitude":
        return ("coordonnées (attendu : latitude et longitude en WGS84, ou x et y en "
                "Lambert-93)")
    spec = CANONICAL_COLUMNS[name]
    return f"{spec.label} (attendu : {', '.join(spec.aliases[:4])}…)"


def _roof_ids(frame, mapping, problems: Problems, notes: list[str]) -> pd.Series:
    if "roof_id" not in mapping:
        notes.append("Aucune colonne d'identifiant : les identifiants sont les numéros "
                     "de ligne du fichier (en-tête exclu).")
        return pd.Series(problems.source_row.astype(str), index=frame.index,
                         dtype="string[pyarrow]")
    header = mapping["roof_id"]
    ids = to_text(frame[header])
    missing = ids.isna().to_numpy()
    problems.add(missing, header, "",
                 "identifiant manquant (attendu : un texte unique)")
    duplicate = (ids.duplicated(keep="first") & ~ids.isna()).to_numpy()
    if duplicate.any():
        first = pd.Series(problems.source_row, index=ids.index)[~duplicate & ~missing]
        first_row = pd.Series(first.to_numpy(), index=ids[first.index].to_numpy())
        seen_at = first_row.reindex(ids[duplicate].to_numpy()).to_numpy()
        reasons = pd.Series([f"identifiant en double (déjà utilisé ligne {row})"
                             for row in seen_at])
        problems.add(duplicate, header, raw_text(ids, duplicate), reasons)
    return ids


def _coordinates(frame, mapping, options, problems: Problems, notes: list[str]):
    if "latitude" in mapping and "longitude" in mapping:
        lat, bad_lat = to_numbers(frame[mapping["latitude"]])
        lon, bad_lon = to_numbers(frame[mapping["longitude"]])
        crs, columns = "EPSG:4326", (mapping["latitude"], mapping["longitude"])
    else:
        x, bad_lat = to_numbers(frame[mapping["x"]])
        y, bad_lon = to_numbers(frame[mapping["y"]])
        columns = (mapping["x"], mapping["y"])
        crs, lat, lon = _project(x, y, options.coordinate_crs, columns, notes)
    bad = ~np.isfinite(lat) | ~np.isfinite(lon)
    label = f"{columns[0]}/{columns[1]}"
    problems.add(bad, label, _pair(frame, columns, bad),
                 "coordonnées manquantes ou non numériques (attendu : deux nombres)")
    b = FRANCE_BOUNDS
    with np.errstate(invalid="ignore"):
        outside = ~bad & ~((lat >= b["lat_min"]) & (lat <= b["lat_max"])
                           & (lon >= b["lon_min"]) & (lon <= b["lon_max"]))
    problems.add(outside, label, _pair(frame, columns, outside),
                 f"coordonnées hors de France métropolitaine (attendu : latitude "
                 f"{b['lat_min']} à {b['lat_max']}, longitude {b['lon_min']} à "
                 f"{b['lon_max']} en WGS84{_crs_hint(crs)})")
    return lat, lon, crs


def _crs_hint(crs: str) -> str:
    return "" if crs == "EPSG:4326" else f", après conversion depuis {crs}"


def _project(x, y, forced: str | None, columns, notes: list[str]):
    finite = np.isfinite(x) & np.isfinite(y)
    looks_degrees = finite.any() and bool(
        (np.abs(x[finite]) <= 180).all() and (np.abs(y[finite]) <= 90).all())
    if forced is None and looks_degrees:
        notes.append(f"Colonnes {columns[0]}/{columns[1]} lues comme "
                     "longitude/latitude WGS84 (valeurs en degrés).")
        return "EPSG:4326", y.copy(), x.copy()
    crs = CRS.from_user_input(forced or "EPSG:2154")
    code = crs.to_string()
    transformer = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    lon, lat = transformer.transform(x, y)
    notes.append(f"Colonnes {columns[0]}/{columns[1]} lues en {crs.name} ({code})"
                 f"{' (supposé)' if forced is None else ''} et converties en WGS84.")
    return code, np.asarray(lat, dtype=np.float64), np.asarray(lon, dtype=np.float64)


def _pair(frame, columns, mask) -> pd.Series:
    first = raw_text(frame[columns[0]], mask)
    second = raw_text(frame[columns[1]], mask)
    return first + " ; " + second


def _number_column(frame, mapping, name, problems: Problems) -> np.ndarray:
    header = mapping[name]
    values, invalid = to_numbers(frame[header])
    label = CANONICAL_COLUMNS[name].label
    problems.add(invalid, header, raw_text(frame[header], invalid),
                 f"{label} non numérique (attendu : un nombre)")
    return values


def _check_area(frame, mapping, area: np.ndarray, problems: Problems) -> None:
    header = mapping["area_m2"]
    column = frame[header]
    problems.add(np.isnan(area) & ~_present(column), header, "",
                 "surface manquante (attendu : un nombre > 0 m²)")
    with np.errstate(invalid="ignore"):
        not_positive = area <= 0
    problems.add(not_positive, header, raw_text(column, not_positive),
                 "surface nulle ou négative (attendu : > 0 m²)")


def _present(column: pd.Series) -> np.ndarray:
    if pd.api.types.is_numeric_dtype(column):
        return ~column.isna().to_numpy()
    text = column.astype("string[pyarrow]").str.strip()
    return (text.notna() & (text != "")).to_numpy(dtype=bool, na_value=False)


def _check_tilt(frame, mapping, tilt: np.ndarray, problems: Problems) -> None:
    header = mapping["tilt_deg"]
    column = frame[header]
    problems.add(np.isnan(tilt) & ~_present(column), header, "",
                 "pente manquante (attendu : un angle de 0 à 90°)")
    with np.errstate(invalid="ignore"):
        outside = (tilt < 0) | (tilt > 90)
    problems.add(outside, header, raw_text(column, outside),
                 "pente hors de 0 à 90° (attendu : 0 = toit plat, 90 = vertical)")


def _azimuth(frame, mapping, numbers, options, problems: Problems, notes) -> np.ndarray:
    header = mapping["azimuth_deg"]
    column = frame[header]
    azimuth = numbers["azimuth_deg"].copy()
    convention = options.azimuth_convention
    with np.errstate(invalid="ignore"):
        negative = bool((azimuth < 0).any())
    if convention == "auto":
        convention = "south" if negative else "north"
        notes.append(_convention_note(convention, header, detected=True))
    else:
        notes.append(_convention_note(convention, header, detected=False))
    low, high = (-180.0, 180.0) if convention == "south" else (0.0, 360.0)
    with np.errstate(invalid="ignore"):
        outside = (azimuth < low) | (azimuth > high)
    problems.add(outside, header, raw_text(column, outside),
                 f"azimut hors de {low:g} à {high:g}° (convention "
                 f"{_convention_words(convention)})")
    if convention == "south":
        azimuth = np.mod(azimuth + 180.0, 360.0)
    blank = np.isnan(azimuth) & ~_present(column)
    flat = blank & (numbers["tilt_deg"] == 0)
    if flat.any():
        azimuth[flat] = 180.0
        notes.append(f"{int(flat.sum())} toit(s) plat(s) sans azimut : orientés plein "
                     "sud (180°).")
    problems.add(blank & ~flat, header, "",
                 "azimut manquant (attendu : un angle, obligatoire si la pente > 0)")
    return azimuth


def _convention_words(convention: str) -> str:
    if convention == "south":
        return "0 = sud, -90 = est, 90 = ouest"
    return "0 = nord, 90 = est, 180 = sud, 270 = ouest"


def _convention_note(convention: str, header: str, *, detected: bool) -> str:
    how = "supposée" if detected else "imposée"
    why = ""
    if detected:
        why = (" (azimuts négatifs présents)" if convention == "south"
               else " (aucun azimut négatif)")
    converted = " ; convertie en 0 = nord" if convention == "south" else ""
    return (f"Convention d'azimut de la colonne {header} {how}{why} : "
            f"{_convention_words(convention)}{converted}.")


def _check_ranges(frame, mapping, numbers, problems: Problems) -> None:
    for name in _RATIO_COLUMNS:
        if name in numbers:
            header = mapping[name]
            with np.errstate(invalid="ignore"):
                outside = (numbers[name] < 0) | (numbers[name] > 1)
            problems.add(outside, header, raw_text(frame[header], outside),
                         f"{CANONICAL_COLUMNS[name].label} hors de 0 à 1 (attendu : "
                         "une fraction, 0,15 pour 15 %)")
    for name in _NON_NEGATIVE:
        if name in numbers:
            header = mapping[name]
            with np.errstate(invalid="ignore"):
                negative = numbers[name] < 0
            problems.add(negative, header, raw_text(frame[header], negative),
                         f"{CANONICAL_COLUMNS[name].label} négative (attendu : ≥ 0)")


def _assemble(frame, mapping, out, source_row, accepted) -> pd.DataFrame:
    columns = {}
    for name in CANONICAL_COLUMNS:
        if name in out:
            value = out[name]
            if isinstance(value, pd.Series):
                value = value.to_numpy() if value.dtype == object else value.array
            columns[name] = value
    roofs = pd.DataFrame(columns, index=frame.index)
    used = set(mapping.values()) - {mapping.get("x"), mapping.get("y")}
    carried = [c for c in frame.columns if c not in used and c not in roofs.columns]
    roofs = pd.concat([roofs, frame[carried]], axis=1)
    roofs["source_row"] = np.asarray(source_row, dtype=np.int64)
    return roofs.loc[accepted].reset_index(drop=True)


def mapping_notes(mapping: dict[str, str], headers) -> list[str]:
    """French sentences naming recognised and carried-through columns."""
    pairs = [f"« {header} » → {name}" for name, header in mapping.items()
             if name not in ("x", "y")]
    notes = [f"Colonnes reconnues : {', '.join(pairs)}."] if pairs else []
    used = {h for name, h in mapping.items() if name not in ("x", "y")}
    carried = [str(h) for h in headers if h not in used]
    if carried:
        notes.append(f"Colonnes conservées telles quelles : {', '.join(carried)}.")
    return notes
