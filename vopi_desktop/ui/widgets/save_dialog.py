"""The one "Save as" file dialog (Austausch, Berichte): run through ``messages.run``, so tests answer it
like every other dialog; a name typed without the suffix gets it, and when that file exists the user
is asked before it is replaced. The file dialog's own replace question saw only the name as typed
("Plan", not "Plan.pdf"), and a native dialog's default suffix is added after it asked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from .. import messages
from .titles import titled


def save_file_name(
    parent: QWidget | None, title: str, suggested: Path, filters: str, suffix: str
) -> Path | None:
    """The path to write (``suggested``: folder and name the dialog starts with; ``suffix``: ".pdf"),
    or None when the user cancels or keeps an existing file."""
    dialog = QFileDialog(parent, titled(title), str(suggested), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if messages.run(dialog) != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selectedFiles()
    if not chosen or not chosen[0]:
        return None
    path = Path(chosen[0])
    if path.suffix.lower() == suffix:
        return path  # the dialog asked about this very name
    path = path.with_name(path.name + suffix)
    if path.exists() and not messages.ask(
        parent,
        title,
        messages.fmt(
            QCoreApplication.translate("SaveDialog", "“%1” already exists in %2. Replace it?"),
            path.name,
            path.parent,
        ),
        QCoreApplication.translate("SaveDialog", "&Replace"),
        QCoreApplication.translate("SaveDialog", "&Keep it"),
    ):
        return None
    return path
