"""User text is plain text on every page: a name with markup is never interpreted as HTML."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QWidget

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.dto.outreach import OpportunityInput
from vopi_desktop.ui.main_window import MainWindow

MARKUP = "<b>Fett</b><img src=x>"


def _rich(widget: QWidget, seen: list[str]) -> list[str]:
    """Labels and tooltips that show MARKUP and would let Qt render it."""
    found = []
    for label in widget.findChildren(QLabel):
        if MARKUP in label.text():
            seen.append(label.text())
            if label.textFormat() != Qt.TextFormat.PlainText:
                found.append(f"label {label.objectName() or label.text()[:40]!r}")
    for child in widget.findChildren(QWidget):
        if MARKUP in child.toolTip():
            found.append(f"tooltip of {type(child).__name__}")
    # the tooltips a table or list gives its cells (Qt guesses rich text for these too)
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(200):
            for column in range(20):  # as far as the model has cells (some hide columnCount)
                index = model.index(row, column)
                if not index.isValid():
                    break
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and MARKUP in tip:
                    found.append(f"cell tooltip of {type(view).__name__} ({row}, {column})")
    return found


def test_every_page_shows_a_marked_up_name_literally(qtbot, ctx, municipality) -> None:
    ws = ctx.workspace
    ws.municipalities.update(
        municipality.id,
        MunicipalityInput(name=f"Tal {MARKUP}", kind="stadt", state="BW", population=12000),
        municipality.version,
    )
    actor = ws.actors.create(
        municipality.id, ActorInput(name=f"Verein {MARKUP}", type="migrant_org", notes=MARKUP)
    )
    ws.outreach.create(municipality.id, OpportunityInput(actor_id=actor.id, title=f"Angebot {MARKUP}"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    offenders: dict[str, list[str]] = {}
    seen: list[str] = []
    for key in window._areas:
        window.show_area(key)
        ctx.tasks.settle()
        QApplication.processEvents()
        found = _rich(window.page(key), seen)
        if found:
            offenders[key] = found
    assert offenders == {}
    assert seen  # the check saw the name (the Start page heading at least): it can fail
    for button in window.findChildren(QAbstractButton):  # button texts are plain by nature
        assert "<img" not in button.toolTip()
