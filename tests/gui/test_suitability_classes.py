"""Map colours and table filter show the pipeline's ``pv_suitability`` classes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from artois_energy_desk.core.solar.suitability import SUITABILITY_CLASSES, suitability
from artois_energy_desk.gui.class_legend import class_entries, legend_title
from artois_energy_desk.gui.suitability_classes import (
    CLASS_NAMES,
    NOT_EVALUATED,
    class_bounds_kwh_m2,
    classify,
)
from artois_energy_desk.io.parameters import default_parameters

_NBSP = "\u00a0"


def test_classes_are_the_pipeline_classes_best_first():
    assert CLASS_NAMES == SUITABILITY_CLASSES[::-1]


def test_classify_numbers_the_pipeline_categories_and_keeps_missing_apart():
    frame = pd.DataFrame(
        {
            "pv_suitability": pd.Categorical(
                ["bon", None, "excellent", "defavorable", "moyen"],
                categories=SUITABILITY_CLASSES,
            )
        }
    )
    assert classify(frame).tolist() == [1, NOT_EVALUATED, 0, 3, 2]
    assert classify(pd.DataFrame({"x": [1, 2]})).tolist() == [NOT_EVALUATED] * 2


@pytest.mark.parametrize(
    "overrides",
    [{}, {"pv.suitability_min_poa_kwh_m2": 750, "pv.suitability_good_poa_kwh_m2": 950}],
)
def test_legend_bounds_are_the_ones_the_pipeline_classifies_with(overrides):
    params = default_parameters().with_values(overrides)
    for name, (lower, upper) in zip(
        CLASS_NAMES, class_bounds_kwh_m2(params), strict=True
    ):
        inside = []
        if lower is not None:
            inside.append(lower)  # a class includes its lower bound
        if upper is not None:
            inside.append(upper - 0.01)  # and stops just below its upper bound
        got = suitability(np.array(inside), params)
        assert list(got) == [name] * len(inside)


def test_default_bounds_come_from_pv_csv():
    # data/parameters/pv.csv: 800, 1000 (Geneva cadastre), 1200 (Artois optimum)
    # kWh/m2/yr
    assert class_bounds_kwh_m2(default_parameters()) == [
        (1200.0, None),
        (1000.0, 1200.0),
        (800.0, 1000.0),
        (None, 800.0),
    ]


def test_legend_states_the_classes_with_their_bounds(window):
    entries = [label.replace(_NBSP, " ") for _, label in class_entries(window.study)]
    assert entries == [
        "Excellent (≥ 1 200 kWh/m²/an)",
        "Bon (1 000 – 1 200 kWh/m²/an)",
        "Moyen (800 – 1 000 kWh/m²/an)",
        "Défavorable (< 800 kWh/m²/an)",
    ]
    assert "irradiation" in legend_title(window.study)


def test_class_filter_shows_exactly_the_roofs_of_that_class(window):
    table = window.table_panel
    results = window.study.frame
    for number, name in enumerate(CLASS_NAMES):
        table.class_box.setCurrentIndex(table.class_box.findData(number))
        shown = table.visible_positions()
        expected = np.flatnonzero((results["pv_suitability"] == name).to_numpy())
        assert len(expected) > 0  # the demo has roofs of every class
        assert sorted(shown.tolist()) == expected.tolist()
    table.class_box.setCurrentIndex(0)  # "Toutes"
    assert table.model.rowCount() == len(results)
