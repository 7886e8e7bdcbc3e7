"""The content of a printed sheet as plain data, independent of any drawing library.

A :class:`Sheet` is a title, a subtitle and a sequence of :class:`Section`; each
section holds blocks: :class:`KeyValues` (label / value lines), :class:`Table`,
:class:`Paragraph` and :class:`Charts` (chart specifications: a kind and the numbers
to draw, turned into matplotlib artists only by :mod:`.figures`). All numbers are
already formatted the French way, so a test can compare a sheet's text with the
computed results without rendering anything. Every sheet ends with the assumptions
and sources it used (:func:`.provenance.provenance_section`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from artois_energy_desk import __version__
from artois_energy_desk.core.parameters import ParameterSet
from artois_energy_desk.report.formatting import format_date
from artois_energy_desk.report.templates import text

__all__ = [
    "Chart",
    "Charts",
    "KeyValues",
    "Paragraph",
    "ReportContext",
    "Section",
    "Sheet",
    "Table",
]


@dataclass(frozen=True)
class KeyValues:
    """Label / value lines, laid out in ``columns`` side-by-side columns."""

    rows: tuple[tuple[str, str], ...]
    columns: int = 1


@dataclass(frozen=True)
class Table:
    """A table with a header row.

    Parameters
    ----------
    header : tuple of str
        Column titles.
    rows : tuple of tuple of str
        Formatted cells.
    widths : tuple of float
        Relative column widths.
    align : str
        One letter per column: ``l`` (left) or ``r`` (right).
    font_size : float
        Font size of the cells [pt].
    wrap : bool
        Whether long cells wrap inside their column (otherwise they are cut).
    colours : tuple of tuple of str
        Text colour of each cell (``""`` for black), row by row; empty for all black.
        Used for traffic-light status words, which also say the status in words.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    align: str
    font_size: float = 8.0
    wrap: bool = False
    colours: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Paragraph:
    """Running text; ``style`` is ``body``, ``note``, ``warning`` or ``verdict``."""

    text: str
    style: str = "body"


@dataclass(frozen=True)
class Chart:
    """A chart to draw: ``kind`` names a function of :data:`.figures.CHARTS`."""

    kind: str
    data: Mapping[str, Any]
    title: str = ""


@dataclass(frozen=True)
class Charts:
    """Charts side by side on one band of the page, ``height_mm`` high.

    ``columns`` is the number of chart places across the band (default: as many as
    charts); a lone chart in a two-column band keeps the width of its neighbours.
    """

    charts: tuple[Chart, ...]
    height_mm: float = 60.0
    columns: int = 0


Block = KeyValues | Table | Paragraph | Charts


@dataclass(frozen=True)
class Section:
    """A titled part of a sheet."""

    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Sheet:
    """One printed summary (a roof, a site, an extension, a territory).

    Parameters
    ----------
    kind : str
        ``roof``, ``site``, ``network`` or ``territory``.
    name : str
        Short identifier, used for file names.
    title, subtitle : str
        Printed at the top of the first page.
    sections : tuple of Section
        The content, the last one being the assumptions and sources.
    footer : str
        Printed at the bottom of every page (application version and date).
    """

    kind: str
    name: str
    title: str
    subtitle: str
    sections: tuple[Section, ...]
    footer: str


@dataclass(frozen=True)
class ReportContext:
    """What every sheet states about how its numbers were obtained.

    Parameters
    ----------
    params : ParameterSet
        The parameters the results were computed with.
    weather_source : str
        The climate the results were computed with.
    app_version : str
        Version of the application that computed the results.
    report_date : datetime.date
        Date printed on the sheet.
    computed : datetime.datetime, optional
        When the results were computed.
    input_name : str
        Name of the input file, printed in the provenance block.
    """

    params: ParameterSet
    weather_source: str
    app_version: str = __version__
    report_date: dt.date = field(default_factory=dt.date.today)
    computed: dt.datetime | None = None
    input_name: str = ""

    @classmethod
    def from_evaluation(cls, evaluation, input_name: str = "") -> ReportContext:
        """Build the context of an :class:`~artois_energy_desk.batch.Evaluation`."""
        return cls(
            params=evaluation.params,
            weather_source=evaluation.weather_source,
            app_version=evaluation.app_version,
            computed=evaluation.created,
            input_name=input_name,
        )

    def footer(self) -> str:
        """Return the footer line (application version and date of the sheet)."""
        return text(
            "common.footer",
            version=self.app_version,
            date=format_date(self.report_date),
        )
