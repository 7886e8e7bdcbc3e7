"""The layers of DESIGN.md hold: arrows only point down, Qt only in gui.

Every module of the package is parsed (not imported) and its imports, at any depth
of the module (top level or inside functions), are checked against the layer rules:
core <- io <- batch <- report <- commands/cli, gui on top; nothing imports gui except
the ``gui`` command; PySide6 only in gui; matplotlib only in report and gui.
``paths`` and ``logs`` are leaves (they import nothing of the project).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "artois_energy_desk"

#: Layer of each top-level part, and the project parts it may import.
ALLOWED = {
    "core": {"core"},
    "io": {"core", "io", "paths", "logs"},
    "batch": {"core", "io", "batch", "paths", "logs"},
    "report": {"core", "io", "batch", "report", "paths", "logs"},
    "commands": {"core", "io", "batch", "report", "commands", "paths", "logs"},
    "cli": {"commands", "logs"},
    "gui": {"core", "io", "batch", "report", "gui", "paths", "logs"},
}
FOREIGN_ONLY_IN = {"PySide6": {"gui"}, "matplotlib": {"report", "gui"}}


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        part = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
        if part in ALLOWED:
            yield pytest.param(path, part, id=str(path.relative_to(PACKAGE)))


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


@pytest.mark.parametrize(("path", "part"), list(_modules()))
def test_module_imports_respect_the_layers(path, part):
    wrong = []
    for name in _imports(path):
        top, _, rest = name.partition(".")
        if top == "artois_energy_desk":
            target = rest.split(".")[0]
            gui_command = part == "commands" and path.stem == "gui" and target == "gui"
            if target and target not in ALLOWED[part] and not gui_command:
                wrong.append(name)
        elif top in FOREIGN_ONLY_IN and part not in FOREIGN_ONLY_IN[top]:
            wrong.append(name)
    assert not wrong, f"{path.name} ({part}) imports {wrong}"


FILE_ACCESS = ("open(", "read_csv", "read_file", "read_dataframe", "read_excel",
               "read_text", "write_text", "to_csv", "to_file", "iotools")


@pytest.mark.parametrize("path", sorted((PACKAGE / "core").rglob("*.py")),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_touches_no_file(path):
    """The science core receives tables and returns tables; io/ does the files."""
    text = path.read_text(encoding="utf-8")
    assert not [word for word in FILE_ACCESS if word in text]
