"""Study files: round trip, the committed fixtures, versions, recovery copies."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from artois_energy_desk import InputError, paths
from artois_energy_desk.core.study import (
    ROOFS_LAYER,
    SCHEMA_VERSION,
    ClimateSource,
    Study,
    set_building_excluded,
    set_parameter,
    set_roof_value,
)
from artois_energy_desk.io.study import (
    discard_recovery,
    find_recoveries,
    open_study,
    read_study_header,
    recovery_path,
    save_study,
    save_study_task,
    write_recovery,
)
from artois_energy_desk.io.study import files as study_files

STUDIES = Path(__file__).resolve().parents[1] / "data" / "studies"


def _fixture_module():
    spec = importlib.util.spec_from_file_location("make_fixture",
                                                  STUDIES / "make_fixture.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_same_study(expected: Study, actual: Study) -> None:
    """Every part of two studies equal (frames exactly, geometry by coordinates)."""
    assert list(actual.layers) == list(expected.layers)
    for name, frame in expected.layers.items():
        assert_same_frame(frame, actual.layers[name])
    if expected.results is None:
        assert actual.results is None
    else:
        assert_same_frame(expected.results, actual.results)
    for field in ("parameters", "climate", "edits", "excluded_buildings",
                  "results_stale", "title", "created", "metadata"):
        assert getattr(actual, field) == getattr(expected, field), field


def assert_same_frame(expected: pd.DataFrame, actual: pd.DataFrame) -> None:
    assert type(actual) is type(expected)
    if isinstance(expected, gpd.GeoDataFrame):
        assert actual.crs == expected.crs
        assert actual.geometry.name == expected.geometry.name
        assert actual.geometry.geom_equals_exact(expected.geometry, 0).all()
        expected = pd.DataFrame(expected.drop(columns=expected.geometry.name))
        actual = pd.DataFrame(actual.drop(columns=actual.geometry.name))
    # Exact: SQLite stores IEEE doubles and 64-bit integers as they are.
    pd.testing.assert_frame_equal(actual, expected, check_exact=True)


@pytest.fixture(autouse=True)
def private_data_home(tmp_path, monkeypatch):
    """Recovery files go to a folder of the test, not the user's."""
    monkeypatch.setenv("ARTOIS_DATA_HOME", str(tmp_path / "data_home"))


@pytest.fixture
def rich_study() -> Study:
    """A study with every kind of content and awkward column names."""
    study = _fixture_module().build_fixture_study()
    awkward = pd.DataFrame({"fid": [7, 8], "A": [1.5, np.nan], "a": ["x", None],
                            "geom": [True, False], "col_1": ["é", ""],
                            'quote"d': [np.inf, -0.0]},
                           index=pd.Index(["r1", "r2"], name="roof_id"))
    layers = {**study.layers, "Rues à Liévin": awkward}
    study = Study(layers=layers, results=study.results, parameters=study.parameters,
                  climate=study.climate, title="Étude « riche »")
    study = set_roof_value(study, "L-001-a", "tilt_deg", 30.0)
    return set_building_excluded(set_parameter(study, "pv.losses_pct", "aucune"),
                                 "L-001", True)


def test_save_then_open_gives_the_same_study(tmp_path, rich_study):
    path = save_study(rich_study, tmp_path / "etude.gpkg")
    assert_same_study(rich_study, open_study(path))


def test_nul_characters_in_text_come_back_replaced_not_truncated(tmp_path, caplog):
    # GDAL would cut "a<NUL>b" to "a": every text representation is repaired.
    texts = ["a\x00b", "plain", None]
    layer = pd.DataFrame({
        "object": pd.Series(texts, dtype=object),
        "string": pd.Series(texts, dtype="string"),
        "arrow": pd.Series(texts, dtype="string[pyarrow]"),
        "category": pd.Categorical(texts),
        "clean": pd.Categorical(["x", "y", "x"]),
    })
    path = save_study(Study(layers={"notes": layer}), tmp_path / "etude.gpkg")
    back = open_study(path).layers["notes"]
    for column in ("object", "string", "arrow", "category"):
        assert back[column].tolist()[:2] == ["a\ufffdb", "plain"], column
        assert pd.isna(back[column].iloc[2]), column
    assert back["clean"].tolist() == ["x", "y", "x"]
    assert sum("NUL" in message for message in caplog.messages) == 4


def test_study_file_opens_as_geopackage_layers(tmp_path, rich_study):
    path = save_study(rich_study, tmp_path / "etude.gpkg")
    layers = dict(pyogrio.list_layers(path))
    assert layers["toitures"] == "Polygon"
    assert {"resultats", "aed_metadata", "rues_a_lievin"} <= set(layers)
    roofs = pyogrio.read_dataframe(path, layer="toitures")
    assert roofs.crs.to_epsg() == 2154 and len(roofs) == 3


def test_results_are_arrow_chunks_with_a_qgis_table_beside(tmp_path, rich_study,
                                                          monkeypatch):
    # Two rows per chunk: the three result rows span two chunks, read back in order.
    monkeypatch.setattr(study_files, "_COLUMNAR_CHUNK_ROWS", 2)
    path = save_study(rich_study, tmp_path / "etude.gpkg")
    with sqlite3.connect(path) as connection:
        chunks = connection.execute("SELECT table_name, chunk FROM aed_columnar "
                                    "ORDER BY chunk").fetchall()
        storage = dict(connection.execute("SELECT table_name, storage FROM aed_tables"))
    assert chunks == [("resultats", 0), ("resultats", 1)]
    assert storage == {"toitures": "table", "rues_a_lievin": "table",
                       "resultats": "arrow"}
    shown = pyogrio.read_dataframe(path, layer="resultats")
    assert list(shown.columns) == ["roof_id", "pv_suitability", "pv_peak_power_kwp",
                                   "pv_annual_yield_kwh"]
    assert shown["pv_annual_yield_kwh"].tolist() == \
        rich_study.results["pv_annual_yield_kwh"].tolist()
    assert_same_study(rich_study, open_study(path))


def test_large_studies_get_large_pages_small_ones_stay_small(tmp_path, rich_study):
    def page_size(path):
        raw = int.from_bytes(path.read_bytes()[16:18], "big")
        return 65536 if raw == 1 else raw

    small = save_study(rich_study, tmp_path / "petite.gpkg")
    rows = study_files._LARGE_STUDY_ROWS
    large_results = pd.DataFrame({"roof_id": np.arange(rows).astype(str),
                                  "pv_annual_yield_kwh": np.arange(rows, dtype=float)})
    large = save_study(Study(results=large_results), tmp_path / "grande.gpkg")
    assert page_size(small) == 4096 and small.stat().st_size < 300_000
    assert page_size(large) == 65536
    pd.testing.assert_frame_equal(open_study(large).results, large_results)


def test_damaged_result_chunk_is_refused_naming_the_file(tmp_path, rich_study):
    path = save_study(rich_study, tmp_path / "etude.gpkg")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE aed_columnar SET data = substr(data, 1, 40)")
    with pytest.raises(InputError, match=r"etude\.gpkg.*endommagé.*resultats"):
        open_study(path)


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_committed_fixture_of_every_version_still_loads(version):
    path = STUDIES / f"v{version}.gpkg"
    assert read_study_header(path).schema_version == version
    assert_same_study(_fixture_module().build_fixture_study(), open_study(path))


def test_study_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.gpkg"
    shutil.copy(STUDIES / "v1.gpkg", path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE aed_metadata SET value = ? "
                           "WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
        connection.execute("UPDATE aed_metadata SET value = '9.1' "
                           "WHERE key = 'app_version'")
    before = path.read_bytes()
    with pytest.raises(InputError, match=rf"future\.gpkg.*9\.1 au format "
                                         rf"{SCHEMA_VERSION + 1}.*à jour"):
        open_study(path)
    assert path.read_bytes() == before


def test_geopackage_that_is_not_a_study_is_refused_with_a_hint():
    demo = paths.data_file("demo", "artois_demo_roofs.gpkg")
    with pytest.raises(InputError, match="n'est pas une étude.*import"):
        open_study(demo)


@pytest.mark.parametrize("content, reason", [
    (b"", "vide"),
    (b"roof_id;surface\nA;12\n", "pas une étude"),
    (b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 82, "endommagé"),
])
def test_unusable_files_are_refused_naming_the_file(tmp_path, content, reason):
    path = tmp_path / "mauvais.gpkg"
    path.write_bytes(content)
    with pytest.raises(InputError, match=rf"mauvais\.gpkg.*{reason}"):
        open_study(path)


def test_missing_file_is_named(tmp_path):
    with pytest.raises(InputError, match="absent.gpkg.*introuvable"):
        open_study(tmp_path / "absent.gpkg")


def test_truncated_study_is_refused_as_damaged(tmp_path):
    path = tmp_path / "coupe.gpkg"
    data = (STUDIES / "v1.gpkg").read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match=r"coupe\.gpkg.*tronqué"):
        open_study(path)


def test_cancelled_save_leaves_previous_file_and_no_temporary(tmp_path, rich_study):
    path = save_study(rich_study, tmp_path / "etude.gpkg")
    before = path.read_bytes()
    task = save_study_task(replace(rich_study, title="autre"), path)
    next(task)
    next(task)  # inside the temporary file
    task.close()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["etude.gpkg"]


def test_recovery_copy_is_found_only_once_its_process_is_gone(tmp_path):
    study = Study(title="récupérable")
    own = write_recovery(study, tmp_path / "etude.gpkg")
    assert own == recovery_path()
    assert find_recoveries() == []  # this process still runs
    dead = recovery_path(pid=_dead_pid())
    own.rename(dead)
    [recovery] = find_recoveries()
    assert recovery.path == dead and recovery.title == "récupérable"
    assert recovery.original == tmp_path / "etude.gpkg"
    assert open_study(recovery.path).title == "récupérable"
    discard_recovery(dead)
    assert find_recoveries() == []


def test_unreadable_recovery_copy_is_skipped_not_deleted():
    broken = recovery_path(pid=_dead_pid())
    broken.write_bytes(b"not a database")
    assert find_recoveries() == []
    assert broken.exists()


def _dead_pid() -> int:
    """A process id no process uses (beyond the Linux default pid_max)."""
    return 4_194_304 + 17


# -- property-based round trip ---------------------------------------------------------
_TEXT = st.text(st.characters(blacklist_categories=("Cs",),
                              blacklist_characters="\x00"), max_size=12)
_COLUMN_KINDS = {
    "float": lambda n: st.lists(st.floats(allow_nan=True, allow_infinity=True,
                                          width=64), min_size=n, max_size=n),
    "int": lambda n: st.lists(st.integers(-(2**63), 2**63 - 1), min_size=n, max_size=n),
    "nullable_int": lambda n: st.lists(st.none() | st.integers(-(2**40), 2**40),
                                       min_size=n, max_size=n),
    "bool": lambda n: st.lists(st.booleans(), min_size=n, max_size=n),
    "text": lambda n: st.lists(st.none() | _TEXT, min_size=n, max_size=n),
}
_DTYPES = {"float": "float64", "int": "int64", "nullable_int": "Int64", "bool": "bool",
           "text": object}


@st.composite
def frames(draw) -> pd.DataFrame:
    rows = draw(st.integers(0, 8))
    names = draw(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")),
                                  min_size=1, max_size=10),
                          min_size=1, max_size=5, unique=True))
    data = {}
    for name in names:
        kind = draw(st.sampled_from(sorted(_COLUMN_KINDS)))
        data[name] = pd.Series(draw(_COLUMN_KINDS[kind](rows)), dtype=_DTYPES[kind])
    frame = pd.DataFrame(data, index=pd.RangeIndex(rows))
    if draw(st.booleans()):
        frame.index = pd.Index(draw(st.lists(_TEXT, min_size=rows, max_size=rows,
                                             unique=True)), dtype=object)
    return frame


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(layer=frames(), results=frames(), title=_TEXT,
       parameters=st.dictionaries(st.from_regex(r"[a-z]{1,8}\.[a-z_]{1,10}",
                                                fullmatch=True),
                                  st.floats(allow_nan=False) | _TEXT, max_size=3))
def test_any_study_round_trips(tmp_path, layer, results, title, parameters):
    study = Study(layers={"couche": layer}, results=results, parameters=parameters,
                  climate=ClimateSource(title or "climat"), title=title)
    path = save_study(study, tmp_path / "hypothese.gpkg")
    assert_same_study(study, open_study(path))


def test_empty_study_round_trips(tmp_path):
    study = Study()
    assert_same_study(study, open_study(save_study(study, tmp_path / "vide.gpkg")))


def test_roof_layer_constant_is_the_table_name(tmp_path):
    roofs = pd.DataFrame({"roof_id": ["a"]})
    path = save_study(Study(layers={ROOFS_LAYER: roofs}), tmp_path / "t.gpkg")
    assert ROOFS_LAYER in dict(pyogrio.list_layers(path))
