"""Every top-level window's title begins with "VOPI Desktop" (task bar, screen readers).

The dialogs are found by themselves: every module below vopi_desktop/ui is imported and every
subclass of QDialog defined there is built, its arguments chosen by parameter name. A new dialog
with a parameter this test does not know fails here until ``_argument`` learns it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QWidget

import vopi_desktop.ui
from vopi_desktop.areas import AREAS

NOT_BUILT_HERE: set[str] = set()  # dialog class names that cannot stand alone (none so far)


def _all_dialogs() -> list[type[QDialog]]:
    for info in pkgutil.walk_packages(vopi_desktop.ui.__path__, "vopi_desktop.ui."):
        importlib.import_module(info.name)
    found, todo = [], list(QDialog.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("vopi_desktop.") and cls.__name__ not in NOT_BUILT_HERE:
            found.append(cls)
    return sorted(set(found), key=lambda c: f"{c.__module__}.{c.__qualname__}")


DIALOGS = _all_dialogs()


def _page_for(dialog_class: type[QDialog], ctx) -> QWidget:
    """The page of the area the dialog belongs to (ui/pages/<area>/…)."""
    folder = dialog_class.__module__.split(".")[3]
    area = next(a for a in AREAS if a.page and a.page.split(".")[0] == folder)
    module_name, class_name = area.page.split(":")
    module = importlib.import_module(f"vopi_desktop.ui.pages.{module_name}")
    return getattr(module, class_name)(ctx)


def _argument(name: str, dialog_class: type[QDialog], ctx, municipality, qtbot):
    if name == "ctx":
        return ctx
    if name == "config":
        return ctx.config
    if name == "folder":
        return ctx.config.backups_dir
    if name == "municipality_id":
        return municipality.id
    if name == "rounds":
        return []
    if name in ("row", "actor", "existing"):
        return None  # the dialog for a new record
    if name == "catalog":
        return ctx.catalog
    if name == "plan":  # the exchange preview: what importing this workspace's own file would do
        from vopi_desktop.exchange import importer
        from vopi_desktop.exchange.export import export

        path = ctx.config.exports_dir / "titles.vopi"
        export(ctx.workspace.exchange, path)
        return importer.prepare(ctx.workspace.exchange, path)
    if name == "catalog":
        return ctx.catalog
    if name == "sections":
        return {"mission": "Leitbild", "access": "Zugang"}
    if name == "save":
        return lambda *args: None
    if name in ("recommended", "option"):
        return "mayor_office"
    if name in ("section", "current", "example"):
        return None
    if name == "actors" and dialog_class.__name__ == "PracticeDialog":
        from vopi_desktop.ui.widgets.actor_choices import ActorChoices

        return ActorChoices()  # its contact's choices
    if name in ("actors", "items"):
        return ()
    if name == "page":
        page = _page_for(dialog_class, ctx)
        qtbot.addWidget(page)
        return page
    raise AssertionError(f"teach test_window_titles how to build {dialog_class.__name__}: parameter {name!r}")


def _build(dialog_class: type[QDialog], ctx, municipality, qtbot) -> QDialog:
    kwargs = {}
    for name, parameter in inspect.signature(dialog_class.__init__).parameters.items():
        if name == "self" or parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if parameter.default is not parameter.empty and name not in ("row", "page"):
            continue  # parent, optional hooks: their defaults
        kwargs[name] = _argument(name, dialog_class, ctx, municipality, qtbot)
    return dialog_class(**kwargs)


def test_every_dialog_is_found() -> None:
    names = {c.__name__ for c in DIALOGS}
    assert {"MunicipalityDialog", "ActorDialog", "RoundDialog", "BackupsDialog", "AboutDialog"} <= names


@pytest.mark.parametrize("dialog_class", DIALOGS, ids=lambda c: c.__name__)
def test_dialog_title_and_buddies(qtbot, ctx, municipality, dialog_class: type[QDialog]) -> None:
    dialog = _build(dialog_class, ctx, municipality, qtbot)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("VOPI Desktop – ")
    # Labels that end in a colon name a field: each must be that field's buddy.
    loose = [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.text().rstrip().endswith(":") and label.buddy() is None
    ]
    assert loose == []
    assert [v for v in dialog.findChildren(QAbstractItemView) if v.tabKeyNavigation()] == []
