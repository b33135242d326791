"""The Austausch page: export with options, import through the merge preview, hostile files refused."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QInputDialog

from tests.exchange import hostile
from tests.exchange.helpers import everything
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.exchange.page import ExchangePage
from vopi_desktop.ui.pages.exchange.preview import PreviewDialog

from .conftest import exchange_page


@pytest.fixture
def demo(workspace):
    fill_demo(workspace, "small")
    return workspace.municipalities.list()[0]


@pytest.fixture
def page(qtbot, ctx, demo, monkeypatch, tmp_path):
    return exchange_page(qtbot, ctx, demo.id)


def _set_population(workspace, mid: str, population: int) -> None:
    current = workspace.municipalities.get(mid)
    values = {f.name: getattr(current, f.name) for f in dataclasses.fields(MunicipalityInput)}
    workspace.municipalities.update(
        mid, MunicipalityInput(**(values | {"population": population})), current.version
    )


def _tick(qtbot, box) -> None:
    """Click the tick box itself (the middle of a wide row may be empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _export(qtbot, page, ctx, target: Path) -> None:
    page.choose_export_target = lambda suggested: target  # the file dialog
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()


def test_export_of_the_current_municipality_without_personal_data(qtbot, page, ctx, demo, tmp_path) -> None:
    assert page.this_one.isChecked() and demo.name in page.this_one.text()
    _tick(qtbot, page.without_personal)
    target = tmp_path / "out.vopi"
    _export(qtbot, page, ctx, target)
    with zipfile.ZipFile(target) as archive:
        head = json.loads(archive.read("manifest.json"))
    assert head["personal_data"] is False
    assert [m["name"] for m in head["municipalities"]] == [demo.name]
    assert "out.vopi" in page.export_status.text()
    assert not list(tmp_path.glob("*.part"))


def test_a_password_must_be_typed_twice_alike(qtbot, page, ctx, tmp_path) -> None:
    _tick(qtbot, page.with_password)
    assert page.password.isEnabled()
    qtbot.keyClicks(page.password, "Telefon-2026")
    qtbot.keyClicks(page.repeat, "Telefon-2062")
    target = tmp_path / "sealed.vopi"
    _export(qtbot, page, ctx, target)
    assert not target.exists()
    assert "unterscheiden" in page.message.text()
    page.repeat.clear()
    qtbot.keyClicks(page.repeat, "Telefon-2026")
    _export(qtbot, page, ctx, target)
    assert target.exists() and not zipfile.is_zipfile(target)


def test_import_shows_the_conflict_and_takes_the_choice(qtbot, page, ctx, workspace, demo, tmp_path) -> None:
    """A file made before a local edit: the preview shows the difference side by side; 'take theirs'
    on that conflict brings the file's value back (newer-wins would have kept mine)."""
    target = tmp_path / "older.vopi"
    _export(qtbot, page, ctx, target)
    _set_population(workspace, demo.id, 99_999)
    seen: dict = {}

    def preview(dialog: QDialog) -> int:
        assert isinstance(dialog, PreviewDialog)
        item = dialog.tree.currentItem().data(0, Qt.ItemDataRole.UserRole)
        seen["label"] = item.label
        seen["row"] = [dialog.table.item(0, c).text() for c in range(3)]
        assert dialog.keep.isChecked()  # newer wins: mine is newer
        _tick(qtbot, dialog.take)
        seen["summary"] = dialog.summary.text()
        return QDialog.DialogCode.Accepted

    with messages.use_runner(preview):
        page.open_file(target)
        ctx.tasks.settle()
    assert seen["label"] == demo.name
    assert seen["row"] == ["Einwohnerzahl", "99999", str(demo.population)]
    assert "1 aus der Datei" in seen["summary"] or "1 taken" in seen["summary"]
    assert workspace.municipalities.get(demo.id).population == demo.population
    assert "übernommen" in page.import_status.text()
    # the bar in the export box showed the import's work; done, it must not stand full as if an
    # export had just finished (the import's result is in its own status line)
    assert not page.progress.isVisibleTo(page)


def test_a_name_held_here_by_another_record_is_said_in_the_preview(
    qtbot, page, ctx, workspace, demo, tmp_path
) -> None:
    """The file's actor X is called "Alpha"; here X became "Alpha alt" and a different actor took
    "Alpha": the preview says the two are kept apart, and taking theirs writes X under a suffix."""
    target = tmp_path / "names.vopi"
    _export(qtbot, page, ctx, target)
    x = workspace.actors.get(workspace.actors.list(demo.id)[0].id)
    fields = {f.name: getattr(x, f.name) for f in dataclasses.fields(ActorInput)}
    fields["fields"], fields["languages"] = list(fields["fields"]), list(fields["languages"])
    workspace.actors.update(x.id, ActorInput(**(fields | {"name": f"{x.name} alt"})), x.version)
    other = workspace.actors.create(demo.id, ActorInput(name=x.name, type="initiative"))
    seen: dict = {}

    def preview(dialog: QDialog) -> int:
        seen["summary"] = dialog.summary.text()
        seen["title"] = dialog.record_title.text()
        seen["row"] = [dialog.table.item(0, c).text() for c in range(3)]
        _tick(qtbot, dialog.take)
        return QDialog.DialogCode.Accepted

    with messages.use_runner(preview):
        page.open_file(target)
        ctx.tasks.settle()
    assert f"„{x.name} (importiert)“" in seen["summary"] or f"“{x.name} (importiert)”" in seen["summary"]
    assert x.name in seen["title"]
    assert seen["row"] == ["Name", f"{x.name} alt", f"{x.name} (importiert)"]
    assert workspace.actors.get(x.id).name == f"{x.name} (importiert)"
    assert (
        workspace.actors.get(other.id).name == x.name and workspace.actors.get(other.id).type == "initiative"
    )


def test_cancelling_the_preview_writes_nothing(qtbot, page, ctx, workspace, demo, tmp_path) -> None:
    target = tmp_path / "older.vopi"
    _export(qtbot, page, ctx, target)
    _set_population(workspace, demo.id, 12_345)
    before = everything(workspace)
    with messages.use_runner(lambda dialog: QDialog.DialogCode.Rejected):
        page.open_file(target)
        ctx.tasks.settle()
    assert everything(workspace) == before


@pytest.mark.parametrize("name", sorted(hostile.CASES))
def test_hostile_files_are_refused_in_the_page(qtbot, page, ctx, workspace, tmp_path, name) -> None:
    elsewhere = workspace.municipalities.create(
        MunicipalityInput(name="Anderswo", kind="gemeinde", state="HE")
    )
    other = {"actor_id": workspace.actors.create(elsewhere.id, ActorInput(name="Chor", type="verein")).id}
    good = tmp_path / "good.vopi"
    _export(qtbot, page, ctx, good)  # the current municipality only
    with zipfile.ZipFile(good) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
    assert len(manifest["municipalities"]) == 1
    path = tmp_path / f"{name}.vopi"
    path.write_bytes(hostile.CASES[name][0](manifest, data, other))
    before = everything(workspace)

    def runner(dialog: QDialog) -> int:
        if isinstance(dialog, QInputDialog):  # the password question of a sealed file
            dialog.setTextValue(hostile.PASSWORD)
            return QDialog.DialogCode.Accepted
        raise AssertionError(f"no preview for a refused file: {dialog!r}")

    with messages.use_runner(runner):
        page.open_file(path)
        ctx.tasks.settle()
    assert hostile.CASES[name][1] in page.message.text()
    assert "\n" not in page.message.text()
    assert everything(workspace) == before


def test_a_file_dropped_on_the_window_opens_the_preview(qtbot, ctx, demo, tmp_path) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    ctx.tasks.settle()
    target = tmp_path / "dropped.vopi"
    ctx.workspace.exchange.export_file(target)
    shown: list[QDialog] = []
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    drop = QDropEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers drop events only during a real drag (none exists offscreen): hand them to the
    # window's filter as Qt would.
    assert window.inbox.eventFilter(window, enter) and enter.isAccepted()
    with messages.use_runner(lambda dialog: shown.append(dialog) or QDialog.DialogCode.Rejected):
        assert window.inbox.eventFilter(window, drop)
        ctx.tasks.settle()
    assert isinstance(window.current_page(), ExchangePage)
    assert len(shown) == 1 and isinstance(shown[0], PreviewDialog)


def test_a_second_start_hands_its_file_to_the_open_window(qtbot, ctx, demo, tmp_path) -> None:
    from vopi_desktop.ui.exchange_inbox import hand_over

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.inbox.listen(ctx.config)
    target = tmp_path / "handed.vopi"
    ctx.workspace.exchange.export_file(target)
    shown: list[QDialog] = []
    with messages.use_runner(lambda dialog: shown.append(dialog) or QDialog.DialogCode.Rejected):
        assert hand_over(ctx.config, target)
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
        ctx.tasks.settle()
    assert isinstance(shown[0], PreviewDialog)
    window.inbox.close()


def test_a_file_into_an_empty_workspace_brings_its_municipality_into_the_switcher(
    qtbot, ctx, tmp_path
) -> None:
    from vopi_desktop.store.db import make_engine, upgrade
    from vopi_desktop.store.workspace import Workspace

    engine = make_engine(tmp_path / "sender.sqlite3")
    upgrade(engine)
    sender = Workspace(engine, who="Gemeinde")
    fill_demo(sender, "small")
    sender.exchange.export_file(tmp_path / "erste.vopi")
    sender.close()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    ctx.tasks.settle()
    assert window.switcher.count() == 0
    with messages.use_runner(lambda dialog: QDialog.DialogCode.Accepted):
        window.open_exchange_file(tmp_path / "erste.vopi")
        ctx.tasks.settle()
    assert window.switcher.count() == 1 and "Musterstadt" in window.switcher.currentText()
