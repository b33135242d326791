"""Parallel runs (``make test``: pytest-xdist with ``--dist loadgroup``): the tests of a module that shares a
module-scoped fixture (the example workspace, a wheel, the demo's PDFs) run in one worker, one after the
other, so the fixture is built once; every other test goes to whichever worker is free.

xdist's own loadgroup needs ``xdist_group`` marks turned into node ids, which pytest 9 no longer lets it
rename: every test became its own group and a module's fixture was built again after each interruption
(the ten-language outreach document three times). So this plugin hands xdist a scheduler that groups by
module wherever a module-scoped fixture is used. The controller collects no tests, so which modules those
are is read from the test file and the conftest.py files above it. Registered by tests/conftest.py when
xdist is installed; the biggest groups are handed out first (xdist's ``--loadscope-reorder``).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
from xdist.scheduler import LoadScopeScheduling


def module_fixtures(text: str) -> list[str]:
    """Names of the module- or package-scoped fixtures defined in a Python source."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return []
    return [
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and any(_wide_fixture(decorator) for decorator in node.decorator_list)
    ]


def _wide_fixture(decorator: ast.expr) -> bool:
    """``@pytest.fixture(scope="module")`` or ``"package"``."""
    return isinstance(decorator, ast.Call) and any(
        kw.arg == "scope" and isinstance(kw.value, ast.Constant) and kw.value.value in ("module", "package")
        for kw in decorator.keywords
    )


def shares_a_module_fixture(path: Path, root: Path) -> bool:
    """True when the test module defines a module-scoped fixture or names one of its conftests'."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return False
    if module_fixtures(text):
        return True
    names: set[str] = set()
    for folder in path.parents:
        conftest = folder / "conftest.py"
        if conftest.is_file():
            names.update(module_fixtures(conftest.read_text(encoding="utf-8")))
        if folder == root or root not in folder.parents:
            break
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in names)


class ModuleGroupScheduling(LoadScopeScheduling):
    """LoadScope with a scope per test, except one per module for modules sharing a module fixture."""

    def __init__(self, config: pytest.Config, log: Any = None) -> None:
        super().__init__(config, log)
        self._root = Path(config.rootpath)
        self._grouped: dict[str, bool] = {}

    def _split_scope(self, nodeid: str) -> str:
        module = nodeid.split("::", 1)[0]
        if module not in self._grouped:
            self._grouped[module] = shares_a_module_fixture(self._root / module, self._root)
        return module if self._grouped[module] else nodeid


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> LoadScopeScheduling | None:
    if config.getoption("dist") != "loadgroup":
        return None
    return ModuleGroupScheduling(config, log)
