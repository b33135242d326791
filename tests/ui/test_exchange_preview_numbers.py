"""The import preview's summary counts in the right number for each of its counts, in German and
English: one record that differs "1 mit Unterschieden … 1 bleibt wie hier" / "1 with differences … 1 kept
unchanged here" (was "1 abweichende … 1 bleiben wie hier", "1 that differ … 1 kept as they are here")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from vopi_desktop.app import install_translators
from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.exchange.preview import PreviewDialog

from .conftest import exchange_page
from .town_files import deletion_files


def _summary(qtbot, ctx, tmp_path: Path) -> str:
    ids = deletion_files(ctx, tmp_path)  # one actor differs (renamed here and in the town)
    page = exchange_page(qtbot, ctx, ids["mid"])
    seen: list[str] = []

    def preview(dialog: QDialog) -> int:
        assert isinstance(dialog, PreviewDialog)
        seen.append(dialog.summary.text())
        return QDialog.DialogCode.Rejected

    with messages.use_runner(preview):
        page.open_file(tmp_path / "second.vopi")
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: bool(seen))
    return seen[0]


def test_one_that_differs_in_german(qtbot, ctx, tmp_path: Path) -> None:
    summary = _summary(qtbot, ctx, tmp_path)
    assert summary.startswith(
        "1 neuer Datensatz, 1 mit Unterschieden: 0 aus der Datei übernommen, 1 bleibt wie hier."
    ), summary


def test_one_that_differs_in_english(qtbot, qapp, ctx, tmp_path: Path) -> None:
    install_translators(qapp, "en")
    try:
        summary = _summary(qtbot, ctx, tmp_path)
    finally:
        install_translators(qapp, "de")
    assert summary.startswith(
        "1 new record, 1 with differences: 0 taken from the file, 1 kept unchanged here."
    ), summary
