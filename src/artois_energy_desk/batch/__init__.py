"""The evaluation pipeline: read, validate, evaluate in chunks, aggregate, write.

The same progress generators serve the CLI and the GUI (see
:mod:`artois_energy_desk.core.progress`).
"""

from artois_energy_desk.batch.pipeline import (
    Evaluation,
    EvaluationOptions,
    evaluate_task,
)

__all__ = ["Evaluation", "EvaluationOptions", "evaluate_task"]
