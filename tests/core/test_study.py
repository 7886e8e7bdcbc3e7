"""The study value: edits, undo, parameters, version checks and migrations."""

from __future__ import annotations

import pandas as pd
import pytest

from artois_energy_desk import InputError
from artois_energy_desk.core.parameters import Parameter, ParameterSet
from artois_energy_desk.core.study import (
    ROOFS_LAYER,
    SCHEMA_VERSION,
    Study,
    check_version,
    migrate,
    set_building_excluded,
    set_parameter,
    set_roof_value,
    undo_edit,
)


@pytest.fixture
def study() -> Study:
    roofs = pd.DataFrame({"roof_id": ["A", "B", "C"], "building_id": ["b1", "b1", "b2"],
                          "tilt_deg": [30.0, 35.0, 0.0], "commune_name": ["Lens"] * 3})
    return Study(layers={ROOFS_LAYER: roofs}, results=roofs.assign(x_kwh=1.0))


def test_roof_edit_changes_one_cell_and_leaves_the_input_untouched(study):
    edited = set_roof_value(study, "B", "tilt_deg", 20.0)
    assert edited.roofs["tilt_deg"].tolist() == [30.0, 20.0, 0.0]
    assert study.roofs["tilt_deg"].tolist() == [30.0, 35.0, 0.0]
    assert edited.edits[-1].old_value == 35.0 and edited.edits[-1].new_value == 20.0
    assert edited.results_stale and not study.results_stale


def test_undo_restores_every_kind_of_edit_in_reverse_order(study):
    edited = set_parameter(study, "pv.albedo", 0.3)
    edited = set_roof_value(edited, "A", "commune_name", "Liévin")
    edited = set_building_excluded(edited, "b2", True)
    assert edited.parameters == {"pv.albedo": 0.3}
    assert edited.excluded_buildings == {"b2"}
    for edit in reversed(edited.edits):
        edited = undo_edit(edited, edit)
    assert edited.edits == ()
    assert edited.parameters == {}
    assert edited.excluded_buildings == frozenset()
    pd.testing.assert_frame_equal(edited.roofs, study.roofs)


def test_only_the_last_edit_can_be_undone(study):
    edited = set_parameter(set_parameter(study, "a.x", 1.0), "a.y", 2.0)
    with pytest.raises(ValueError, match="last edit"):
        undo_edit(edited, edited.edits[0])


def test_excluding_twice_logs_once(study):
    once = set_building_excluded(study, "b1", True)
    assert set_building_excluded(once, "b1", True) is once


def test_unknown_roof_or_column_is_refused(study):
    with pytest.raises(KeyError):
        set_roof_value(study, "Z", "tilt_deg", 1.0)
    with pytest.raises(KeyError):
        set_roof_value(study, "A", "roof_id", "Q")
    with pytest.raises(KeyError):
        set_roof_value(Study(), "A", "tilt_deg", 1.0)


def test_parameter_set_applies_known_values_and_reports_unknown_ones():
    defaults = ParameterSet({"pv.albedo": Parameter("pv.albedo", 0.2, "-")})
    study = Study(parameters={"pv.albedo": 0.25, "pv.removed": 3.0})
    params, unknown = study.parameter_set(defaults)
    assert params.value("pv.albedo") == 0.25
    assert params["pv.albedo"].status == "user"
    assert unknown == ["pv.removed"]


def test_newer_schema_is_refused_with_the_versions_named():
    with pytest.raises(InputError, match=r"etude\.gpkg.*format 99.*Mettez"):
        check_version(99, "etude.gpkg", "9.0")
    check_version(SCHEMA_VERSION, "etude.gpkg")


def test_migration_chain_runs_each_step_once_in_order():
    # Two synthetic steps: v1 renames a column, v2 adds a metadata row.
    def v1_to_v2(tables):
        tables["aed_parameters"] = tables["aed_parameters"].rename(
            columns={"val": "value"})
        return tables

    def v2_to_v3(tables):
        meta = tables["aed_metadata"]
        tables["aed_metadata"] = pd.concat(
            [meta, pd.DataFrame({"key": ["migrated"], "value": ["yes"]})],
            ignore_index=True)
        return tables

    original = {"aed_parameters": pd.DataFrame({"name": ["pv.albedo"], "val": ["0.3"]}),
                "aed_metadata": pd.DataFrame({"key": ["format"], "value": ["x"]})}
    migrated = migrate(original, 1, migrations={1: v1_to_v2, 2: v2_to_v3}, target=3)
    assert list(migrated["aed_parameters"].columns) == ["name", "value"]
    assert migrated["aed_metadata"]["key"].tolist() == ["format", "migrated"]
    assert "val" in original["aed_parameters"].columns  # input left as it was
    with pytest.raises(InputError, match="format 2 vers le format 3"):
        migrate(original, 1, migrations={1: v1_to_v2}, target=3)
