"""Artois Energy Desk: offline solar and heat-network potential for French territories.

The package is layered (see ``DESIGN.md`` of the project): ``core`` (science on arrays,
no Qt, no files) <- ``io`` (readers and writers) <- ``batch`` (the evaluation pipeline)
<- ``report`` <- ``cli`` / ``gui``.
"""

__version__ = "0.1.0"

__all__ = ["ArtoisWarning", "InputError", "__version__"]


class ArtoisWarning(UserWarning):
    """Warning raised by the application itself (tests turn it into an error)."""


class InputError(ValueError):
    """Input that cannot be used, with a message meant for a person.

    The message names the file and, where it applies, the row, the column and the value
    that are wrong, and what was expected. The CLI and the GUI show it as it is, without
    a traceback.
    """
