"""Progress of a long command on stderr, shared by the sub-commands."""

from __future__ import annotations

import sys
import time

__all__ = ["ProgressPrinter"]


class ProgressPrinter:
    """Print :class:`~artois_energy_desk.core.progress.Progress` points on stderr.

    At most twice a second, on one line rewritten in place; nothing when disabled
    (``--quiet``).
    """

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self._last = 0.0

    def note(self, message: str) -> None:
        """Print a remark on its own line."""
        if self.enabled:
            print(f"  {message}", file=sys.stderr)

    def __call__(self, step) -> None:
        now = time.monotonic()
        if self.enabled and (now - self._last > 0.5 or step.fraction >= 1):
            self._last = now
            print(f"\r[{step.fraction:4.0%}] {step.message:<60}", end="",
                  file=sys.stderr, flush=True)

    def done(self) -> None:
        """End the progress line."""
        if self.enabled:
            print(file=sys.stderr)
