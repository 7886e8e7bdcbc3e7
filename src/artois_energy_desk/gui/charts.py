"""Matplotlib figures embedded in the window (``Figure`` + ``FigureCanvasQTAgg``).

Never pyplot: each chart owns its :class:`matplotlib.figure.Figure`, so nothing global
is shared between windows or threads.
"""

from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSizePolicy

from artois_energy_desk.gui.formatting import format_number

__all__ = ["ChartCanvas", "month_labels"]

_BAR_COLOUR = "#e8a317"
_SECOND_COLOUR = "#3b6fb6"


def month_labels() -> list[str]:
    """Short French month names, January first."""
    text = QCoreApplication.translate(
        "Charts", "janv.,févr.,mars,avr.,mai,juin,juil.,août,sept.,oct.,nov.,déc."
    )
    return text.split(",")


class ChartCanvas(FigureCanvasQTAgg):
    """A canvas with one axes, redrawn by :meth:`bars` or :meth:`clear_chart`.

    Parameters
    ----------
    width_in, height_in : float
        Figure size [inch] before the layout resizes it.
    """

    def __init__(self, width_in: float = 4.0, height_in: float = 2.4) -> None:
        self.figure = Figure(figsize=(width_in, height_in), layout="constrained")
        super().__init__(self.figure)
        self.axes = self.figure.add_subplot()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def clear_chart(self, message: str) -> None:
        """Show ``message`` instead of a chart."""
        self.axes.clear()
        self.axes.set_axis_off()
        self.axes.text(
            0.5,
            0.5,
            message,
            ha="center",
            va="center",
            wrap=True,
            transform=self.axes.transAxes,
            color="#555555",
        )
        self.draw_idle()

    def bars(
        self,
        labels: list[str],
        values: np.ndarray,
        ylabel: str,
        *,
        compare: np.ndarray | None = None,
        legend: tuple[str, str] = ("", ""),
        line: np.ndarray | None = None,
        line_label: str = "",
    ) -> None:
        """Draw a bar chart, optionally beside a second series and over a line.

        Parameters
        ----------
        labels : list of str
            Category names.
        values : numpy.ndarray
            Bar heights [unit of ``ylabel``].
        ylabel : str
            Axis label with its unit.
        compare : numpy.ndarray, optional
            Second series drawn beside the first (a "what if" variant).
        legend : tuple of str
            Names of ``values`` and ``compare``.
        line : numpy.ndarray, optional
            Values drawn as a line on a secondary axis.
        line_label : str
            Secondary axis label with its unit.
        """
        self.figure.clear()
        self.axes = self.figure.add_subplot()
        positions = np.arange(len(labels))
        width = 0.4 if compare is not None else 0.7
        offset = width / 2 if compare is not None else 0.0
        self.axes.bar(
            positions - offset,
            values,
            width,
            color=_BAR_COLOUR,
            label=legend[0] or None,
        )
        if compare is not None:
            self.axes.bar(
                positions + offset,
                compare,
                width,
                color=_SECOND_COLOUR,
                label=legend[1] or None,
            )
            self.axes.legend(fontsize="small", frameon=False)
        crowded = len(labels) > 12 or max((len(t) for t in labels), default=0) > 8
        self.axes.set_xticks(
            positions,
            labels,
            fontsize="small",
            rotation=30 if crowded else 0,
            ha="right" if crowded else "center",
        )
        self.axes.set_ylabel(ylabel, fontsize="small")
        self.axes.tick_params(axis="y", labelsize="small")
        self.axes.yaxis.set_major_formatter(lambda value, _: format_number(value, 0))
        self.axes.spines[["top", "right"]].set_visible(line is not None)
        if line is not None:
            twin = self.axes.twinx()
            twin.plot(positions, line, color="#444444", marker="o", markersize=3)
            twin.set_ylabel(line_label, fontsize="small")
            twin.tick_params(axis="y", labelsize="small")
        self.draw_idle()
