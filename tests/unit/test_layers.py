"""The layers hold (ARCHITECTURE.md): nothing below ui/ imports Qt, and ui/ never imports SQLAlchemy.

An AST scan of every module, lazy imports inside functions included (they import all the same);
only imports under ``if TYPE_CHECKING:`` are exempt. "ui/ never imports SQLAlchemy" is checked
through the package too: a ui module may not import a vopi_desktop module that (itself or
through others) imports SQLAlchemy or Alembic, such as store/workspace.py.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "vopi_desktop"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
DATABASE = ("sqlalchemy", "alembic")
GUI_STARTERS = {"vopi_desktop.cli", "vopi_desktop.__main__", "vopi_desktop.app"}  # may start the GUI


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


@cache
def imports(module: str) -> frozenset[str]:
    """Absolute names of everything ``module`` imports at run time (``from a import b`` gives a and a.b)."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return frozenset(found)


def _hits(names: frozenset[str], roots: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if n.split(".")[0] in roots)


@cache
def database_path(module: str, seen: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The chain by which ``module`` comes to import SQLAlchemy/Alembic, or () if it does not."""
    own = _hits(imports(module), DATABASE)
    if own:
        return (module, own[0])
    for name in sorted(imports(module)):
        if name in MODULES and name not in seen and name != module:
            chain = database_path(name, seen | {module})
            if chain:
                return (module, *chain)
    return ()


def _below_ui(name: str) -> bool:
    return not name.startswith("vopi_desktop.ui") and name not in GUI_STARTERS


def test_the_scan_sees_what_it_must() -> None:
    """The scan itself can fail: it finds the imports it is meant to find."""
    assert "PySide6.QtWidgets" in imports("vopi_desktop.ui.main_window")
    assert database_path("vopi_desktop.store.workspace")
    assert "vopi_desktop.store.workspace" in imports("vopi_desktop.cli")  # a lazy import in a function
    assert "vopi_desktop.store.workspace" not in imports("vopi_desktop.ui.context")  # TYPE_CHECKING only


@pytest.mark.parametrize("module", [m for m in MODULES if _below_ui(m)])
def test_nothing_below_ui_imports_qt(module: str) -> None:
    assert _hits(imports(module), QT) == []


@pytest.mark.parametrize("module", [m for m in MODULES if m.startswith("vopi_desktop.ui")])
def test_ui_never_imports_sqlalchemy(module: str) -> None:
    assert database_path(module) == (), " imports ".join(database_path(module))
