"""Chunk results put back in input order, whatever their dtypes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from artois_energy_desk.batch.chunks import Gatherer, assemble


def _roofs() -> pd.DataFrame:
    return pd.DataFrame({"roof_id": [f"r{i}" for i in range(6)],
                         "area_m2": np.arange(6, dtype=float) * 10.0},
                        index=pd.RangeIndex(100, 106))


def _part(rows: np.ndarray, as_int: bool) -> pd.DataFrame:
    """Computed columns of the chunk ``rows`` (values derived from the row number)."""
    return pd.DataFrame({
        "yield_kwh": rows * 1.5,
        # a column whose dtype differs between chunks (int in one, float in other)
        "count": rows if as_int else rows.astype(float),
        # categories listing only the labels present in the chunk
        "use": pd.Categorical([f"u{r % 3}" for r in rows]),
        "area_m2": rows * 100.0,  # a computed column replacing an input column
    })


def test_chunks_come_back_in_input_order():
    # Buildings of one chunk are not consecutive rows: positions are scattered.
    groups = [np.array([4, 0, 2]), np.array([1, 5, 3])]
    roofs = _roofs()
    gatherer = Gatherer(roofs, groups)
    gatherer.add(1, _part(groups[1], as_int=False))  # the second chunk first
    gatherer.add(0, _part(groups[0], as_int=True))
    frame = gatherer.frame()
    # the computed "area_m2" replaces the input one, among the computed columns
    assert list(frame.columns) == ["roof_id", "yield_kwh", "count", "use", "area_m2"]
    assert frame.index.equals(roofs.index)
    rows = np.arange(6)
    np.testing.assert_array_equal(frame["yield_kwh"], rows * 1.5)
    np.testing.assert_array_equal(frame["area_m2"], rows * 100.0)
    assert frame["count"].tolist() == rows.tolist()
    assert frame["use"].tolist() == [f"u{r % 3}" for r in rows]
    assert list(frame["use"].cat.categories) == ["u0", "u1", "u2"]
    pd.testing.assert_frame_equal(
        assemble(roofs, [_part(g, as_int=i == 0) for i, g in enumerate(groups)],
                 groups), frame)


def test_frame_refuses_a_missing_chunk():
    groups = [np.array([0, 1, 2]), np.array([3, 4, 5])]
    gatherer = Gatherer(_roofs(), groups)
    gatherer.add(0, _part(groups[0], as_int=True))
    with pytest.raises(ValueError, match="every chunk"):
        gatherer.frame()
