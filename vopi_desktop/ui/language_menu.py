"""Einstellungen → Sprache: the interface language, kept in settings.json, used from the next start.

A language switch while running would need every page to rebuild its texts; a restart is
simpler and the menu says so. ``--lang`` on the command line sets the language of one run only
and never changes the saved choice: the menu then shows the saved choice and names the
language of this run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from . import messages
from .context import AppContext
from .messages import fmt

log = logging.getLogger(__name__)
# Each language is named in itself, so a user who cannot read the current one still finds theirs.
LANGUAGES = (("de", "Deutsch"), ("en", "English"))


def language_menu(ctx: AppContext, parent: QWidget, status: Callable[[str], None]) -> QMenu:
    menu = QMenu(QCoreApplication.translate("LanguageMenu", "&Language (from the next start)"), parent)
    menu.setObjectName("language_menu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    names = dict(LANGUAGES)
    saved = ctx.config.settings.language
    for code, name in LANGUAGES:
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == saved)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    if ctx.lang != saved:
        menu.addSeparator()
        note = menu.addAction(
            fmt(
                QCoreApplication.translate("LanguageMenu", "This run: %1 (chosen with --lang)"),
                names.get(ctx.lang, ctx.lang),
            )
        )
        note.setEnabled(False)

    def choose(action: QAction) -> None:
        code = action.data()
        if code == ctx.config.settings.language:
            return
        ctx.config.settings.language = code
        try:
            ctx.config.save_settings()
        except OSError as exc:
            log.warning("settings not saved: %s", exc)
            messages.warn(
                parent,
                QCoreApplication.translate("LanguageMenu", "Language"),
                fmt(QCoreApplication.translate("LanguageMenu", "The choice could not be saved: %1"), exc),
            )
            return
        if code == ctx.lang:
            status(fmt(QCoreApplication.translate("LanguageMenu", "%1 stays the language."), names[code]))
        else:
            status(
                fmt(
                    QCoreApplication.translate("LanguageMenu", "From the next start VOPI Desktop speaks %1."),
                    names[code],
                )
            )

    group.triggered.connect(choose)
    return menu
