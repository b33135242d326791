"""What the Austausch page's status line says once a file is taken over: how many records are new,
updated and deleted, the backup (or the server's), that earlier steps can no longer be undone, and a
record kept apart under another name, as the preview said. Translated in the page's context (lupdate
needs the context written out at each call)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ....exchange.labels import inner
from ...messages import fmt


def taken_over(plan: Any, result: Any, had_steps: bool) -> str:
    """``plan``/``result``: the exchange's ``Plan`` and ``ApplyResult``, not imported (SQLAlchemy)."""
    if result.backup is not None:
        backup = fmt(
            QCoreApplication.translate("ExchangePage", "the backup from before: %1"), result.backup.name
        )
    else:
        backup = QCoreApplication.translate(
            "ExchangePage", "no file backup: a server database is backed up by its server"
        )
    if result.deleted:  # deleted in the file, so here too (exchange/tombstones.py)
        template = (
            QCoreApplication.translate(
                "ExchangePage",
                "%1 taken over: %2 new, %3 updated, %5 deleted – earlier steps can no longer be undone; %4.",
            )
            if had_steps
            else QCoreApplication.translate(
                "ExchangePage", "%1 taken over: %2 new, %3 updated, %5 deleted; %4."
            )
        )
    else:
        template = (
            QCoreApplication.translate(
                "ExchangePage",
                "%1 taken over: %2 new, %3 updated – earlier steps can no longer be undone; %4.",
            )
            if had_steps
            else QCoreApplication.translate("ExchangePage", "%1 taken over: %2 new, %3 updated; %4.")
        )
    text = fmt(template, plan.file_name, result.inserted, result.updated, backup, result.deleted)
    apart = [i for i in plan.renamed() if i.status == "new" or i.take]  # written, as previewed
    if apart:
        note = QCoreApplication.translate(
            "ExchangePage", "%n record(s) kept apart under another name (e.g. “%1”).", "", len(apart)
        )
        text += " " + fmt(note, inner(apart[0].label))
    return text
