"""Annual and monthly aggregates of an hourly model over a tilt x azimuth grid.

A roof model that depends on the plane orientation only (specific PV yield, collector
yield per m², plane-of-array irradiation) is evaluated hourly at the nodes of a regular
tilt x azimuth grid, in chunks of orientations; only its annual and twelve monthly
sums are kept. Any orientation is then obtained by bicubic (Keys cubic convolution)
interpolation, periodic in azimuth. The tilt axis carries one extra node beyond each
end, evaluated by the model itself, so that the cubic stencil never leaves the grid.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from artois_energy_desk.core.progress import Progress, Task

__all__ = [
    "AGGREGATE_COLUMNS", "HourlyModel", "OrientationGrid", "aggregate_hourly",
    "build_orientation_grid",
]

#: Meaning of the 13 aggregate columns: annual sum, then January..December.
AGGREGATE_COLUMNS = ("annual", *(f"m{month:02d}" for month in range(1, 13)))

#: An hourly model: (tilts [deg], azimuths [deg]) of shape (k,) -> quantity name ->
#: hourly values of shape (k, n_hours).
HourlyModel = Callable[[np.ndarray, np.ndarray], Mapping[str, np.ndarray]]

_FULL_TURN_DEG = 360.0
_MONTHS = np.arange(1, 13)
#: Keys (1981) cubic convolution parameter giving third-order accuracy.
_KEYS_A = -0.5


@dataclass(frozen=True, eq=False)
class OrientationGrid:
    """Aggregates of hourly quantities at the nodes of a tilt x azimuth grid.

    Parameters
    ----------
    tilts : numpy.ndarray, shape (n_tilt,)
        Equally spaced node tilts [degrees], including one padding node beyond each
        end of the requested range.
    azimuths : numpy.ndarray, shape (n_azimuth,)
        Equally spaced node azimuths covering one turn, ``0 .. 360 - step`` [degrees].
    aggregates : mapping of str to numpy.ndarray, shape (n_tilt * n_azimuth, 13)
        Per quantity, annual sum then monthly sums (:data:`AGGREGATE_COLUMNS`), one row
        per node, tilt-major (row = tilt index * n_azimuth + azimuth index).
    """

    tilts: np.ndarray
    azimuths: np.ndarray
    aggregates: Mapping[str, np.ndarray]

    @property
    def surface_tilt(self) -> np.ndarray:
        """Tilt of each node row [degrees], shape (n_orient,)."""
        return np.repeat(self.tilts, self.azimuths.size)

    @property
    def surface_azimuth(self) -> np.ndarray:
        """Azimuth of each node row [degrees], shape (n_orient,)."""
        return np.tile(self.azimuths, self.tilts.size)

    @property
    def tilt_range(self) -> tuple[float, float]:
        """Tilts covered without extrapolation [degrees]."""
        return float(self.tilts[1]), float(self.tilts[-2])

    def interpolate(self, names: str | list[str], surface_tilt: np.ndarray,
                    surface_azimuth: np.ndarray, *, method: str = "cubic",
                    columns: list[int] | None = None, chunk_size: int = 65536,
                    ) -> np.ndarray:
        """Interpolate aggregates at arbitrary orientations.

        Parameters
        ----------
        names : str or list of str
            Quantity or quantities to interpolate.
        surface_tilt : array_like, shape (n,)
            Tilts [degrees], within :attr:`tilt_range`.
        surface_azimuth : array_like, shape (n,)
            Azimuths [degrees], any value (taken modulo 360).
        method : {"cubic", "linear"}
            Keys bicubic convolution (third order, 16 nodes) or bilinear (4 nodes,
            for a fine grid made by :meth:`resampled`).
        columns : list of int, optional
            Aggregate columns to return (indices into :data:`AGGREGATE_COLUMNS`);
            all 13 by default.
        chunk_size : int
            Points processed together (bounds the temporary arrays).

        Returns
        -------
        numpy.ndarray
            Shape ``(n, n_columns)`` for one name, ``(n, len(names), n_columns)``
            for a list (``n_columns`` = 13 unless ``columns`` is given).

        Raises
        ------
        ValueError
            If a tilt lies outside :attr:`tilt_range` or is not finite, or the
            method is unknown.
        """
        if method not in _KERNELS:
            raise ValueError(f"unknown interpolation method {method!r}")
        tilt = np.atleast_1d(np.asarray(surface_tilt, dtype=float))
        low, high = self.tilt_range
        bad = ~((tilt >= low) & (tilt <= high))
        if bad.any():
            raise ValueError(f"tilt {tilt[bad][0]!r} outside the grid [{low}, {high}]")
        return self._interpolate(names, tilt, surface_azimuth, method, chunk_size,
                                 columns)

    def resampled(self, tilt_step_deg: float, azimuth_step_deg: float,
                  ) -> OrientationGrid:
        """A finer grid whose nodes are bicubic interpolations of this one.

        Bilinear interpolation on a fine resampled grid costs a quarter of bicubic
        interpolation on the coarse one, for a close result (the error added is of
        order ``step**2 / 8`` times the curvature of the bicubic surface).

        Parameters
        ----------
        tilt_step_deg, azimuth_step_deg : float
            Node spacing of the new grid [degrees]; ``azimuth_step_deg`` must divide
            360 and ``tilt_step_deg`` the covered tilt range.
        """
        low, high = self.tilt_range
        n_tilt = round((high - low) / tilt_step_deg)
        tilts = low + tilt_step_deg * np.arange(-1, n_tilt + 2, dtype=float)
        azimuths = _azimuth_nodes(azimuth_step_deg)
        grid_tilt = np.repeat(tilts, azimuths.size)
        grid_azimuth = np.tile(azimuths, tilts.size)
        names = list(self.aggregates)
        values = self._interpolate(names, grid_tilt, grid_azimuth, "cubic", 65536)
        values = values.reshape(grid_tilt.size, len(names), len(AGGREGATE_COLUMNS))
        return OrientationGrid(tilts, azimuths, {
            name: np.ascontiguousarray(values[:, i, :]) for i, name in enumerate(names)
        })

    def _interpolate(self, names: str | list[str], tilt: np.ndarray,
                     azimuth: np.ndarray, method: str, chunk_size: int,
                     columns: list[int] | None = None) -> np.ndarray:
        single = isinstance(names, str)
        keys = [names] if single else list(names)
        selected = slice(None) if columns is None else list(columns)
        table = np.concatenate([self.aggregates[key][:, selected] for key in keys],
                               axis=1)
        n_columns = table.shape[1] // len(keys)
        azimuth = np.broadcast_to(np.asarray(azimuth, dtype=float), tilt.shape)
        out = np.empty((tilt.size, table.shape[1]))
        for start in range(0, tilt.size, chunk_size):
            rows = slice(start, start + chunk_size)
            out[rows] = self._interpolate_block(table, tilt[rows], azimuth[rows],
                                                method)
        out = out.reshape(tilt.size, len(keys), n_columns)
        return out[:, 0, :] if single else out

    def _interpolate_block(self, table: np.ndarray, tilt: np.ndarray,
                           azimuth: np.ndarray, method: str) -> np.ndarray:
        kernel, first = _KERNELS[method]
        n_azimuth = self.azimuths.size
        position = (tilt - self.tilts[0]) / (self.tilts[1] - self.tilts[0])
        tilt_index = np.clip(np.floor(position).astype(np.int64), -first,
                             self.tilts.size - 2 + first)
        tilt_weights = kernel(position - tilt_index)
        azimuth_step = self.azimuths[1] - self.azimuths[0]
        position = np.mod(azimuth, _FULL_TURN_DEG) / azimuth_step
        azimuth_index = np.floor(position).astype(np.int64)
        azimuth_weights = kernel(position - azimuth_index)
        out = np.zeros((tilt.size, table.shape[1]))
        for i in range(tilt_weights.shape[1]):
            row = (tilt_index + first + i) * n_azimuth
            for j in range(azimuth_weights.shape[1]):
                node = row + np.mod(azimuth_index + first + j, n_azimuth)
                weight = tilt_weights[:, i] * azimuth_weights[:, j]
                out += weight[:, None] * table[node]
        return out


def build_orientation_grid(model: HourlyModel, month: np.ndarray, *,
                           tilt_max_deg: float = 90.0, tilt_step_deg: float = 5.0,
                           azimuth_step_deg: float = 5.0, chunk_size: int = 48,
                           message: str = "Grille d'orientations",
                           ) -> Task[OrientationGrid]:
    """Evaluate an hourly model on a tilt x azimuth grid and keep its aggregates.

    Parameters
    ----------
    model : callable
        ``model(tilts, azimuths)`` with arrays of shape (k,) [degrees] returning a
        mapping of quantity name to hourly values of shape ``(k, n_hours)``; NaN
        values count as zero (as in a pandas sum).
    month : array_like of int, shape (n_hours,)
        Month (1..12) of each hour, for the monthly sums.
    tilt_max_deg : float
        Largest tilt to cover [degrees]; the grid covers 0..``tilt_max_deg``.
    tilt_step_deg, azimuth_step_deg : float
        Node spacing [degrees]; ``azimuth_step_deg`` must divide 360.
    chunk_size : int
        Orientations evaluated together (bounds the hourly arrays in memory).
    message : str
        Progress message (French).

    Yields
    ------
    Progress
        After each chunk.

    Returns
    -------
    OrientationGrid
        The aggregates of every quantity.

    References
    ----------
    Keys, R., 1981. Cubic convolution interpolation for digital image processing.
    IEEE Transactions on Acoustics, Speech, and Signal Processing 29(6), 1153-1160.
    """
    n_tilt = round(tilt_max_deg / tilt_step_deg)
    if not np.isclose(n_tilt * tilt_step_deg, tilt_max_deg):
        raise ValueError(f"tilt step {tilt_step_deg} does not divide {tilt_max_deg}")
    tilts = tilt_step_deg * np.arange(-1, n_tilt + 2, dtype=float)
    azimuths = _azimuth_nodes(azimuth_step_deg)
    grid_tilt = np.repeat(tilts, azimuths.size)
    grid_azimuth = np.tile(azimuths, tilts.size)
    collected: dict[str, list[np.ndarray]] = {}
    for start in range(0, grid_tilt.size, chunk_size):
        rows = slice(start, start + chunk_size)
        for name, hourly in model(grid_tilt[rows], grid_azimuth[rows]).items():
            collected.setdefault(name, []).append(aggregate_hourly(hourly, month))
        done = min(start + chunk_size, grid_tilt.size) / grid_tilt.size
        yield Progress(done, message)
    aggregates = {name: np.concatenate(parts) for name, parts in collected.items()}
    return OrientationGrid(tilts, azimuths, aggregates)


def aggregate_hourly(hourly: np.ndarray, month: np.ndarray) -> np.ndarray:
    """Annual and monthly sums of hourly values.

    Parameters
    ----------
    hourly : array_like, shape (k, n_hours)
        Hourly values; NaN counts as zero.
    month : array_like of int, shape (n_hours,)
        Month (1..12) of each hour.

    Returns
    -------
    numpy.ndarray, shape (k, 13)
        Annual sum, then the sums of January..December (:data:`AGGREGATE_COLUMNS`).
    """
    values = np.atleast_2d(np.asarray(hourly, dtype=float))
    values = np.where(np.isnan(values), 0.0, values)
    month = np.asarray(month)
    starts = np.searchsorted(month, _MONTHS)
    if np.all(np.diff(month) >= 0) and np.all(np.diff(starts) > 0) \
            and starts[-1] < month.size:
        monthly = np.add.reduceat(values, starts, axis=1)
    else:
        monthly = values @ (month[:, None] == _MONTHS[None, :]).astype(float)
    return np.concatenate([monthly.sum(axis=1, keepdims=True), monthly], axis=1)


def _azimuth_nodes(step_deg: float) -> np.ndarray:
    count = round(_FULL_TURN_DEG / step_deg)
    if not np.isclose(count * step_deg, _FULL_TURN_DEG):
        raise ValueError(f"azimuth step {step_deg} does not divide 360")
    return step_deg * np.arange(count, dtype=float)


def _linear_weights(fraction: np.ndarray) -> np.ndarray:
    """Weights of the two nodes around each point, shape (n, 2)."""
    return np.stack([1.0 - fraction, fraction], axis=1)


def _keys_weights(fraction: np.ndarray) -> np.ndarray:
    """Weights of the four nodes around each point, shape (n, 4), Keys kernel."""
    a = _KEYS_A
    t = fraction
    return np.stack([
        a * (t**3 - 2 * t**2 + t),
        (a + 2) * t**3 - (a + 3) * t**2 + 1,
        -(a + 2) * t**3 + (2 * a + 3) * t**2 - a * t,
        a * (t**2 - t**3),
    ], axis=1)


#: Interpolation kernels: weight function and offset of the first node used.
_KERNELS = {"cubic": (_keys_weights, -1), "linear": (_linear_weights, 0)}
