"""Status-bar widgets of long work: message, progress bar, Cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from artois_energy_desk.gui.worker import TaskRunner

__all__ = ["RunStatus"]

_PROGRESS_STEPS = 1000


class RunStatus(QWidget):
    """Progress of a :class:`TaskRunner`, with a button that cancels it.

    Parameters
    ----------
    runner : TaskRunner
        The runner followed.
    """

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.message = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, _PROGRESS_STEPS)
        self.bar.setFixedWidth(220)
        self.bar.setTextVisible(True)
        self.bar.setFormat("%p %")
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.setToolTip(self.tr("Arrêter le travail en cours (Échap)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(runner.cancel)
        runner.progressed.connect(self._on_runner_progressed)
        runner.busy_changed.connect(self._on_runner_busy_changed)
        self._on_runner_busy_changed(False)

    def _on_runner_progressed(self, fraction: float, message: str) -> None:
        self.bar.setValue(round(fraction * _PROGRESS_STEPS))
        self.message.setText(message)

    def _on_runner_busy_changed(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.message.setVisible(busy)
        if busy:
            self.bar.setValue(0)
            self.message.clear()
