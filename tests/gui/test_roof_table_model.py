"""Roof table model: Qt model contract, sorting, filtering, French numbers."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt

from artois_energy_desk.gui.formatting import format_number
from artois_energy_desk.gui.roof_table_model import RoofFilter, RoofTableModel


def _frame():
    return pd.DataFrame(
        {
            "roof_id": ["a-1", "b-2", "c-3", "d-4"],
            "commune_name": ["Lens", "Liévin", "Lens", None],
            "area_m2": [120.0, 1234.5, np.nan, 40.25],
            "pv_specific_yield_kwh_per_kwp": [900.4, 700.0, 1000.0, 850.0],
            "note": ["x", "y", "z", "w"],
        }
    )


def test_model_passes_the_qt_model_tester(qtmodeltester):
    model = RoofTableModel(_frame())
    qtmodeltester.check(model, force_py=True)


def test_cells_use_french_number_formatting():
    model = RoofTableModel(_frame())
    area = model.column_of("area_m2")
    assert model.data(model.index(1, area)) == "1\u00a0234,5"
    assert model.data(model.index(2, area)) == ""  # NaN shown empty
    assert model.headerData(area, Qt.Orientation.Horizontal) == "Surface (m²)"
    assert format_number(-0.04, 1) == "0,0"


def test_prices_rates_and_paybacks_keep_their_decimals():
    # a tariff per kWh is not an energy in kWh, and fractions are not rounded to 0
    frame = pd.DataFrame({
        "eco_pv_surplus_tariff_eur_per_kwh": [0.04],
        "eco_pv_irr": [0.0612],
        "pv_self_consumption_rate": [0.2952],
        "eco_pv_payback_years": [11.26],
        "pv_annual_yield_kwh": [4849.6],
    })
    model = RoofTableModel(frame)
    shown = {name: model.data(model.index(0, model.column_of(name)))
             for name in frame.columns}
    assert shown == {
        "eco_pv_surplus_tariff_eur_per_kwh": "0,040",
        "eco_pv_irr": "0,061",
        "pv_self_consumption_rate": "0,295",
        "eco_pv_payback_years": "11,3",
        "pv_annual_yield_kwh": "4\u00a0850",
    }


def test_sort_descending_puts_missing_values_last():
    model = RoofTableModel(_frame())
    model.sort(model.column_of("area_m2"), Qt.SortOrder.DescendingOrder)
    assert [model.position(r) for r in range(4)] == [1, 0, 3, 2]
    model.sort(model.column_of("roof_id"), Qt.SortOrder.DescendingOrder)
    assert [model.position(r) for r in range(4)] == [3, 2, 1, 0]


def test_filters_combine_and_keep_the_sort():
    model = RoofTableModel(_frame())
    model.set_classes(np.array([1, 3, 0, 2], dtype=np.int8))
    model.sort(
        model.column_of("pv_specific_yield_kwh_per_kwp"), Qt.SortOrder.AscendingOrder
    )
    model.set_filter(RoofFilter(commune="Lens"))
    assert [model.position(r) for r in range(model.rowCount())] == [0, 2]
    model.set_filter(RoofFilter(commune="Lens", colour_class=0))
    assert [model.position(r) for r in range(model.rowCount())] == [2]
    model.set_filter(RoofFilter(text="LIÉ"))  # case-insensitive, on commune too
    assert [model.position(r) for r in range(model.rowCount())] == [1]
    assert model.row_of(0) == -1 and model.row_of(1) == 0


def test_known_columns_come_first_and_unknown_ones_are_kept():
    model = RoofTableModel(_frame())
    names = [model.column_name(c) for c in range(model.columnCount())]
    assert names[:2] == ["roof_id", "commune_name"]
    assert "note" in names
