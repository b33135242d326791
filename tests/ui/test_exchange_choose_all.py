"""The preview's rows that decide many at once (review of G15): "Alle Konflikte:" decides the
conflicts and nothing else, "Alle Löschungen:" the file's deletions and nothing else — clicked, and
by keyboard. And a deletion kept here whose name the file's new record reuses: the preview says the
new one is kept apart as „… (importiert)“ and "Übernehmen" writes both (it used to be refused)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.exchange.preview import PreviewDialog

from .conftest import exchange_page, preview_row
from .town_files import GONE, NAME, deletion_files


def _decisions(dialog: PreviewDialog, ids: dict[str, str]) -> dict[str, str]:
    return {key: preview_row(dialog, ids[key])[1].text(4) for key in ("old", "measure", "conflict")}


def test_the_rows_decide_conflicts_and_deletions_apart(qtbot, ctx, tmp_path: Path) -> None:
    ids = deletion_files(ctx, tmp_path)
    page = exchange_page(qtbot, ctx, ids["mid"])
    seen: dict = {}

    def preview(dialog: QDialog) -> int:
        assert isinstance(dialog, PreviewDialog)
        dialog.show()
        conflicts, deletions = dialog.conflict_row, dialog.deletion_row
        seen["labels"] = (conflicts.label.text(), deletions.label.text())
        seen["buddies"] = (conflicts.label.buddy(), deletions.label.buddy())
        seen["first"] = (conflicts.newer, deletions.newer)
        seen["names"] = [b.accessibleName() for b in deletions.buttons]
        seen["start"] = _decisions(dialog, ids)  # newer wins: the town's deletions taken, mine newer
        qtbot.mouseClick(conflicts.theirs, Qt.MouseButton.LeftButton)
        seen["theirs"] = _decisions(dialog, ids)
        qtbot.mouseClick(deletions.mine, Qt.MouseButton.LeftButton)
        seen["kept"] = _decisions(dialog, ids)
        seen["summary"] = dialog.summary.text()
        deletions.theirs.setFocus()
        qtbot.keyClick(deletions.theirs, Qt.Key.Key_Space)  # by keyboard
        seen["deleted"] = _decisions(dialog, ids)
        qtbot.mouseClick(conflicts.mine, Qt.MouseButton.LeftButton)
        seen["mine"] = _decisions(dialog, ids)
        qtbot.mouseClick(deletions.mine, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Accepted

    with messages.use_runner(preview):
        page.open_file(tmp_path / "second.vopi")
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: "übernommen" in page.import_status.text())
    assert seen["labels"] == ("Alle Konflikte:", "Alle Löschungen:")
    assert seen["buddies"] == seen["first"]
    assert seen["names"] == [  # a screen reader hears which row a button belongs to
        "Alle Löschungen: Löschen, außer hier geändert",
        "Alle Löschungen: Alle hier behalten",
        "Alle Löschungen: Alle hier auch löschen",
    ]
    assert seen["start"] == {
        "old": "hier in den Papierkorb",
        "measure": "hier löschen",
        "conflict": "meins behalten",
    }
    assert seen["theirs"] == seen["start"] | {"conflict": "ihres übernehmen"}  # deletions untouched
    assert seen["kept"] == {
        "old": "meins behalten",
        "measure": "meins behalten",
        "conflict": "ihres übernehmen",
    }
    assert "„Elterncafé ‚Nord‘ (importiert)“" in seen["summary"], seen["summary"]
    assert seen["deleted"] == seen["start"] | {"conflict": "ihres übernehmen"}
    assert seen["mine"] == seen["start"]  # conflicts back to mine, deletions untouched
    names = {a.id: a.name for a in ctx.workspace.actors.list(ids["mid"])}
    assert (names[ids["old"]], names[ids["new"]]) == (NAME, f"{NAME} (importiert)")
    assert GONE in [m.title for m in ctx.workspace.measures.list(ids["mid"])]


def test_keeping_one_deletion_keeps_the_new_record_apart(qtbot, ctx, tmp_path: Path) -> None:
    """The user keeps the old actor with "Meins behalten" on its row: the preview says at once that
    the file's new one is kept apart, and the import writes both."""
    ids = deletion_files(ctx, tmp_path)
    page = exchange_page(qtbot, ctx, ids["mid"])
    seen: dict = {}

    def preview(dialog: QDialog) -> int:
        dialog.show()
        seen["before"] = dialog.summary.text()
        _top, child = preview_row(dialog, ids["old"])
        dialog.tree.setFocus()
        dialog.tree.setCurrentItem(child)
        qtbot.mouseClick(dialog.keep, Qt.MouseButton.LeftButton)
        seen["after"], seen["gone"] = dialog.summary.text(), dialog.gone.text()
        return QDialog.DialogCode.Accepted

    with messages.use_runner(preview):
        page.open_file(tmp_path / "second.vopi")
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: "übernommen" in page.import_status.text())
    assert "(importiert)" not in seen["before"]
    assert "„Elterncafé ‚Nord‘ (importiert)“" in seen["after"], seen["after"]
    assert "In der Datei gelöscht: 1 Akteur („Elterncafé ‚Nord‘“) – bleibt hier" in seen["gone"], seen["gone"]
    names = {a.id: a.name for a in ctx.workspace.actors.list(ids["mid"])}
    assert (names[ids["old"]], names[ids["new"]]) == (NAME, f"{NAME} (importiert)")
    # after the import the page still says it, where the preview is gone
    assert "„Elterncafé ‚Nord‘ (importiert)“" in page.import_status.text(), page.import_status.text()
