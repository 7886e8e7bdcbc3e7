"""Footprints to facets: hand-computed rectangles and the classification rules."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely

from artois_energy_desk.core.footprints import (
    RoofRules,
    classify_footprints,
    facets_from_footprints,
    main_axis,
    slope_from_altitudes,
)

RULES = RoofRules(default_pitch_deg=35.0, flat_min_footprint_m2=500.0,
                  flat_natures=("Serre",), pitched_material_digits="12",
                  flat_material_digits="4", flat_osm_roof_shapes=("flat",))


def rectangle(x0, y0, width_east, height_north):
    return shapely.box(x0, y0, x0 + width_east, y0 + height_north)


def test_main_axis_of_an_east_west_rectangle():
    corners, direction, length, width = main_axis(
        np.array([rectangle(0, 0, 20, 10)]))
    assert direction[0] == pytest.approx(90.0)  # long axis runs east-west
    assert (length[0], width[0]) == pytest.approx((20.0, 10.0))
    assert corners.shape == (1, 4, 2)


def test_pitched_east_west_footprint_gives_north_and_south_faces():
    footprint = rectangle(700000, 6600000, 20, 10)
    facets = facets_from_footprints(np.array([footprint]), np.array([False]), 35.0)
    # Hand calculation: each face covers half of 200 m2 in plan; sloped area is
    # 100 / cos(35 deg) = 122.077 m2. Faces look north (0) and south (180).
    assert facets.area_m2 == pytest.approx([100 / np.cos(np.radians(35))] * 2)
    assert sorted(facets.azimuth_deg) == pytest.approx([0.0, 180.0])
    assert facets.tilt_deg.tolist() == [35.0, 35.0]
    assert shapely.area(facets.geometry).tolist() == pytest.approx([100.0, 100.0])
    union = shapely.union_all(facets.geometry)
    assert union.symmetric_difference(footprint).area == pytest.approx(0.0, abs=1e-6)


def test_north_south_footprint_faces_east_and_west_with_convergence():
    footprint = rectangle(0, 0, 8, 30)
    facets = facets_from_footprints(np.array([footprint]), np.array([False]), 30.0,
                                    north_grid_bearing_deg=2.0)
    # Grid azimuths 90 and 270, minus the 2 deg grid bearing of true north.
    assert sorted(facets.azimuth_deg) == pytest.approx([88.0, 268.0])


def test_flat_footprint_is_one_south_facet_of_full_area():
    facets = facets_from_footprints(np.array([rectangle(0, 0, 30, 30)]),
                                    np.array([True]), 35.0)
    assert facets.area_m2.tolist() == [900.0]
    assert facets.tilt_deg.tolist() == [0.0]
    assert facets.azimuth_deg.tolist() == [180.0]


def test_facets_are_grouped_by_footprint_in_order():
    shapes = np.array([rectangle(0, 0, 20, 10), rectangle(100, 0, 30, 30),
                       rectangle(200, 0, 10, 20)])
    facets = facets_from_footprints(shapes, np.array([False, True, False]), 35.0)
    assert facets.footprint.tolist() == [0, 0, 1, 2, 2]
    assert facets.facet.tolist() == [1, 2, 1, 1, 2]


def test_classification_rules_in_order():
    area = np.array([100.0, 100.0, 100.0, 100.0, 600.0, 600.0, 100.0, 100.0])
    material = pd.Series(["10", "40", "00", None, None, "21", None, None])
    nature = pd.Series(["Indifférenciée", "Indifférenciée", "Serre", None, None,
                        None, None, None])
    shape = pd.Series([None, None, None, None, None, None, "flat", "gabled"])
    flat, source = classify_footprints(area, RULES, nature=nature,
                                       roof_material=material, osm_roof_shape=shape)
    assert flat.tolist() == [False, True, True, False, True, False, True, False]
    assert source.tolist() == ["mat_toits", "mat_toits", "nature", "defaut",
                               "surface", "mat_toits", "osm_roof_shape",
                               "osm_roof_shape"]


def test_rules_from_parameter_values():
    rules = RoofRules.from_parameters({
        "default_pitch_deg": 35.0, "flat_min_footprint_m2": 500.0,
        "flat_natures": "Serre|Silo", "pitched_material_digits": "1|2",
        "flat_material_digits": "4|4", "flat_osm_roof_shapes": "flat"})
    assert rules.flat_natures == ("Serre", "Silo")
    assert rules.pitched_material_digits == "12"


def test_slope_from_altitudes_on_a_gable():
    # A 20 m x 10 m gable cut along its east-west ridge: each face is 5 m wide in
    # plan and rises 5 m, so tilt = atan(5 / 5) = 45 deg; the north face looks
    # north (away from the building centre), the south face south.
    north = rectangle(0, 5, 20, 5)
    south = rectangle(0, 0, 20, 5)
    tilt, azimuth, rule = slope_from_altitudes(
        np.array([north, south]), np.array([5.0, 5.0]), np.array([1, 1]), 0.2)
    assert tilt == pytest.approx([45.0, 45.0])
    assert azimuth == pytest.approx([0.0, 180.0])
    assert rule.tolist() == ["altitudes", "altitudes"]


def test_slope_from_altitudes_flat_and_lonely_facets():
    lonely = rectangle(100, 0, 20, 4)
    flat = rectangle(200, 0, 10, 10)
    tilt, azimuth, rule = slope_from_altitudes(
        np.array([lonely, flat]), np.array([2.0, 0.1]), np.array([1, 2]), 0.2)
    assert tilt[0] == pytest.approx(np.degrees(np.arctan(2.0 / 4.0)))
    assert azimuth.tolist() == pytest.approx([180.0, 180.0])
    assert rule.tolist() == ["altitudes_sud", "plat"]


def test_two_facets_cover_an_l_shaped_footprint_exactly():
    """The ridge split must lose no sliver, even where the minimum rotated rectangle
    (GEOS oriented_envelope) misses the footprint by a few centimetres."""
    import shapely
    import shapely.affinity

    from artois_energy_desk.core.footprints import main_axis, split_along_ridge

    footprint = shapely.Polygon([(0, 0), (12, 0), (12, 5), (5, 5), (5, 9), (0, 9)])
    rotated = np.array([shapely.affinity.rotate(footprint, 23.0, origin=(0, 0))])
    corners = main_axis(rotated)[0]
    halves = split_along_ridge(rotated, corners)
    union = shapely.union_all(list(halves[0]))
    # 1e-6 m2: round-off of the rotation to the ridge frame and back (~1e-10 m).
    assert shapely.symmetric_difference(union, rotated[0]).area < 1e-6
    assert shapely.intersection(halves[0][0], halves[0][1]).area < 1e-6
