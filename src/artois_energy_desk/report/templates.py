"""French text blocks of the printed sheets, read from ``resources/report_templates``.

Every sentence and label printed on a sheet lives in ``report_templates/fr.toml``
(one table per sheet part); the code only names keys such as ``"pv.annual_yield"``
and fills the named ``{fields}`` of the text. Wording can change without touching
the code.
"""

from __future__ import annotations

import tomllib
from functools import cache

from artois_energy_desk import paths

__all__ = ["has_text", "text"]

_LANGUAGE = "fr"


@cache
def _texts(language: str = _LANGUAGE) -> dict[str, dict[str, str]]:
    path = paths.resource_file("report_templates", f"{language}.toml")
    with path.open("rb") as handle:
        return tomllib.load(handle)


def text(key: str, /, **values: object) -> str:
    """Return the text block ``key`` (``"group.name"``) with ``values`` filled in.

    Raises
    ------
    KeyError
        If the template has no such key (a programming error, not a user error).
    """
    group, _, name = key.partition(".")
    try:
        template = _texts()[group][name]
    except KeyError:
        raise KeyError(f"report template has no text {key!r}") from None
    return template.format(**values) if values else template


def has_text(key: str) -> bool:
    """Return whether the template defines ``key``."""
    group, _, name = key.partition(".")
    return name in _texts().get(group, {})
