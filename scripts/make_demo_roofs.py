"""Generate the synthetic Artois demo roof list shipped in ``data/demo/``.

The demo study is SYNTHETIC: no real building is described. Buildings are drawn around
real commune centres of the Lens-Liévin, Hénin-Carvin and Béthune-Bruay agglomerations
(INSEE codes and EPCI SIREN from the INSEE COG via ``communes-62-artois``), with
footprint sizes, roof kinds, pitches and orientations typical of the mining-basin
housing stock (terraced "corons" and detached houses with 35-45 deg pitched roofs,
collective
blocks, schools, shops and warehouses with flat or low-pitched roofs). Pitched buildings
get two facets along the long side of a rectangular footprint, as the footprint-to-facet
rule of the application does.

Run ``python scripts/make_demo_roofs.py`` to rewrite ``data/demo/artois_demo_roofs.csv``
and ``data/demo/artois_demo_roofs.gpkg`` (facet polygons, Lambert-93). The seed is
fixed,
so the output is identical on every run.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
from pyproj import Transformer
from shapely.geometry import Polygon

SEED = 20261126
OUT = Path(__file__).resolve().parents[1] / "data" / "demo"

#: insee, name, EPCI SIREN (the ``epci`` column), EPCI name, centre x, y (Lambert-93
#: m), half-extent (m), buildings
COMMUNES = [
    ("62498", "Lens", "246200364", "CA de Lens - Liévin", 687089, 7038021, 1500, 650),
    ("62510", "Liévin", "246200364", "CA de Lens - Liévin", 683933, 7036173, 1500, 550),
    ("62065", "Avion", "246200364", "CA de Lens - Liévin", 687205, 7033944, 1300, 220),
    (
        "62528",
        "Loos-en-Gohelle",
        "246200364",
        "CA de Lens - Liévin",
        685024,
        7040145,
        1200,
        160,
    ),
    (
        "62427",
        "Hénin-Beaumont",
        "246200299",
        "CA d'Hénin-Carvin",
        696615,
        7035592,
        1600,
        260,
    ),
    (
        "62119",
        "Béthune",
        "200072460",
        "CA de Béthune-Bruay, Artois-Lys Romane",
        674555,
        7048104,
        1300,
        220,
    ),
]

#: kind, share, footprint length range (m), width range (m), roof, dwellings range
KINDS = [
    ("maison", 0.78, (8, 14), (6, 9), "pitched", (1, 1)),
    ("logement_collectif", 0.09, (25, 60), (10, 14), "flat", (8, 48)),
    ("ecole", 0.03, (30, 70), (12, 20), "flat", (0, 0)),
    ("commerce", 0.05, (20, 50), (15, 30), "flat", (0, 0)),
    ("entrepot", 0.05, (40, 120), (25, 60), "low_pitch", (0, 0)),
]

HEATING = ["gaz", "gaz", "gaz", "electricite", "fioul", "reseau_chaleur"]


def _rectangle(cx: float, cy: float, length: float, width: float, angle_rad: float):
    ux, uy = np.cos(angle_rad), np.sin(angle_rad)
    vx, vy = -uy, ux
    hl, hw = length / 2, width / 2
    return [
        (cx + sx * hl * ux + sy * hw * vx, cy + sx * hl * uy + sy * hw * vy)
        for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1))
    ]


def _facets(rng, building_id, kind, roof, cx, cy, length, width):
    """Return the facets of one building: (polygon, area_m2, tilt, azimuth)."""
    angle = rng.choice([0.0, np.pi / 2]) + rng.normal(0, 0.35)
    corners = _rectangle(cx, cy, length, width, angle)
    if roof == "flat":
        return [
            (
                Polygon(corners),
                length * width,
                float(rng.uniform(0, 3)),
                float(rng.uniform(0, 360)),
            )
        ]
    pitch = rng.normal(40, 5) if roof == "pitched" else rng.uniform(5, 12)
    pitch = float(np.clip(pitch, 20 if roof == "pitched" else 5, 55))
    # Long axis at `angle` (counter-clockwise from east); facets face its two normals.
    normal_math = angle + np.pi / 2
    azimuth = (90 - np.degrees(normal_math)) % 360  # compass bearing of the normal
    mid = [
        ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
        for a, b in ((corners[0], corners[3]), (corners[1], corners[2]))
    ]
    halves = [
        Polygon([mid[0], mid[1], corners[2], corners[3]]),
        Polygon([corners[0], corners[1], mid[1], mid[0]]),
    ]
    area = length * width / 2 / np.cos(np.radians(pitch))
    return [
        (halves[0], area, pitch, azimuth),
        (halves[1], area, pitch, (azimuth + 180) % 360),
    ]


def generate() -> gpd.GeoDataFrame:
    """Return the demo facets with the canonical roof columns and their polygons."""
    rng = np.random.default_rng(SEED)
    shares = np.array([k[1] for k in KINDS])
    rows, geometries = [], []
    for insee, name, epci_siren, epci, x0, y0, half, count in COMMUNES:
        for number in range(count):
            kind, _, lengths, widths, roof, dwellings = KINDS[
                rng.choice(len(KINDS), p=shares / shares.sum())
            ]
            building_id = f"B{insee}-{number:04d}"
            cx, cy = x0 + rng.uniform(-half, half), y0 + rng.uniform(-half, half)
            length, width = rng.uniform(*lengths), rng.uniform(*widths)
            n_dwell = int(rng.integers(dwellings[0], dwellings[1] + 1))
            floor = length * width * (1.6 if kind == "maison" else rng.integers(1, 5))
            use_kwh = (
                rng.uniform(3000, 6500)
                if kind == "maison"
                else floor * rng.uniform(25, 90)
            )
            for index, (poly, area, tilt, azimuth) in enumerate(
                _facets(rng, building_id, kind, roof, cx, cy, length, width)
            ):
                geometries.append(poly)
                rows.append(
                    {
                        "roof_id": f"{building_id}-{index + 1}",
                        "building_id": building_id,
                        "x_l93": poly.centroid.x,
                        "y_l93": poly.centroid.y,
                        "area_m2": round(area, 1),
                        "tilt_deg": round(tilt, 1),
                        "azimuth_deg": round(azimuth, 1),
                        "commune_insee": insee,
                        "commune_name": name,
                        "epci": epci_siren,
                        "epci_name": epci,
                        "building_use": kind,
                        "dwellings": n_dwell,
                        "floor_area_m2": round(floor),
                        "heating_energy": rng.choice(HEATING),
                        "annual_electricity_kwh": round(use_kwh, -1),
                    }
                )
    frame = pd.DataFrame(rows)
    to_wgs84 = Transformer.from_crs(2154, 4326, always_xy=True)
    lon, lat = to_wgs84.transform(
        frame.pop("x_l93").to_numpy(), frame.pop("y_l93").to_numpy()
    )
    frame.insert(2, "latitude", np.round(lat, 6))
    frame.insert(3, "longitude", np.round(lon, 6))
    return gpd.GeoDataFrame(frame, geometry=geometries, crs=2154)


def main() -> None:
    facets = generate()
    OUT.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(facets.drop(columns="geometry")).to_csv(
        OUT / "artois_demo_roofs.csv", index=False
    )
    gpkg = OUT / "artois_demo_roofs.gpkg"
    gpkg.unlink(missing_ok=True)
    facets.to_file(gpkg, layer="toitures", driver="GPKG")
    print(f"{len(facets)} pans de toiture, {facets.building_id.nunique()} bâtiments")


if __name__ == "__main__":
    main()
