"""The Verankerung page driven as a person would: follow the recommendation, overrule it with reasons,
undo; the decision on the Start page; the anchoring checklist begun and ticked; empty state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.anchoring.dialog import DecisionDialog
from vopi_desktop.ui.pages.anchoring.page import AnchoringPage

REASON = "Die Nachbargemeinden teilen sich eine Stelle <b>ab 2027</b>."


@pytest.fixture(autouse=True)
def no_modal_dialogs():
    with messages.use_runner(
        lambda d: (
            QMessageBox.StandardButton.Discard if isinstance(d, QMessageBox) else QDialog.DialogCode.Rejected
        )
    ):
        yield


@pytest.fixture
def town(ctx) -> str:
    return ctx.workspace.municipalities.create(
        MunicipalityInput(name="Bergheim", kind="gemeinde", state="BW", population=4200)
    ).id


def _window(qtbot, ctx, mid: str) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.reload_municipalities(select=mid)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_area("anchoring")
    ctx.tasks.settle()
    return window


def _undo(qtbot, window: MainWindow, widget, redo: bool = False) -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    if QApplication.activeWindow() is not window:
        with qtbot.waitActive(window):
            window.activateWindow()
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Y if redo else Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.page("anchoring").ctx.tasks.settle()


def test_follow_then_overrule_with_reasons_then_undo(qtbot, ctx, town) -> None:
    ws = ctx.workspace
    window = _window(qtbot, ctx, town)
    page = window.current_page()
    assert isinstance(page, AnchoringPage)
    panel = page.guidance
    assert "Bürgermeister:in oder Hauptamt als Ansprechstelle" in panel.recommendation.text()
    assert "4.200" in panel.recommendation.text() and "sehr kleinen" in panel.reason.text()
    assert panel.decision.text() == "Noch keine Entscheidung festgehalten."
    items = [panel.options.item(n).text() for n in range(panel.options.count())]
    assert len(items) == 6 and items[0].startswith("★ Bürgermeister:in") and "(empfohlen)" in items[0]

    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    decision = ws.anchoring.decision(town)
    assert decision is not None and decision.option == "mayor_office" and decision.accepted
    assert "der Empfehlung gefolgt" in page.guidance.decision.text()
    assert not page.guidance.accept_button.isEnabled()

    # overrule: choose the inter-municipal option, first without reasons (refused), then with them
    panel = page.guidance
    row = next(
        n
        for n in range(panel.options.count())
        if panel.options.item(n).data(Qt.ItemDataRole.UserRole) == "inter_municipal"
    )
    panel.options.setCurrentRow(row)
    assert panel.fits.text() == "Passt für: Verbünde kleiner Gemeinden"
    refusals: list[str] = []

    def decide(with_reason: bool):
        def run(dialog: QDialog) -> int:
            assert isinstance(dialog, DecisionDialog)
            assert dialog.option.currentData() == "inter_municipal"
            assert "weichen von der Empfehlung ab" in dialog.hint.text()
            dialog.day.setDate(QDate(2026, 2, 1))
            if with_reason:
                dialog.reasons.setPlainText(REASON)
            box = dialog.findChild(QDialogButtonBox)
            qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
            refusals.append(dialog.error.text() if not dialog.error.isHidden() else "")
            return dialog.result()

        return run

    with messages.use_runner(decide(False)):
        qtbot.mouseClick(panel.choose_button, Qt.MouseButton.LeftButton)
    assert refusals[-1] == "Bitte begründen Sie, warum Sie von der Empfehlung abweichen."
    assert ws.anchoring.decision(town).option == "mayor_office"  # nothing written
    with messages.use_runner(decide(True)):
        qtbot.mouseClick(panel.choose_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    decision = ws.anchoring.decision(town)
    assert (decision.option, decision.accepted, decision.reasons) == ("inter_municipal", False, REASON)
    assert decision.decided_on.isoformat() == "2026-02-01"
    text = page.guidance.decision.text()
    assert "abweichend von der Empfehlung" in text and REASON in text  # shown literally

    # the Start page shows it
    window.show_area("start")
    ctx.tasks.settle()
    start = window.current_page()
    qtbot.waitUntil(lambda: start.placement_label.isVisible())
    assert REASON in start.placement_label.text() and "01.02.2026" in start.placement_label.text()

    # undo the overruling, then the first decision
    window.show_area("anchoring")
    ctx.tasks.settle()
    assert window.undo_action.text().startswith("&Rückgängig: Zuständigkeit abweichend")
    _undo(qtbot, window, page.guidance.options)
    assert ws.anchoring.decision(town).option == "mayor_office"
    _undo(qtbot, window, page.guidance.options)
    assert ws.anchoring.decision(town) is None
    assert page.guidance.decision.text() == "Noch keine Entscheidung festgehalten."
    _undo(qtbot, window, page.guidance.options, redo=True)
    assert ws.anchoring.decision(town).accepted


def test_anchoring_checklist_is_begun_and_ticked(qtbot, ctx, town) -> None:
    ws = ctx.workspace
    window = _window(qtbot, ctx, town)
    page = window.current_page()
    page.tabs.setCurrentIndex(1)
    assert page.checklist_stack.currentIndex() == 0
    qtbot.mouseClick(page.begin_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    checklist = ws.checklists.for_municipality(town)
    assert checklist is not None and page.checklist_stack.currentIndex() == 1
    view = page.pane.view
    assert view.summary.text() == "0 von 19 erledigt"
    node = view._find(checklist.items[0].id)
    node.setCheckState(0, Qt.CheckState.Checked)  # a click on the box
    qtbot.waitUntil(lambda: ws.checklists.for_municipality(town).items[0].status == "done")
    assert view.summary.text() == "1 von 19 erledigt" and view.section_bars["mandate"].value() == 20
    _undo(qtbot, window, view.tree)
    assert ws.checklists.for_municipality(town).items[0].status == "open"


def test_no_municipality_shows_what_to_do(qtbot, ctx) -> None:
    page = AnchoringPage(ctx)
    qtbot.addWidget(page)
    page.set_municipality(None)
    page.show()
    ctx.tasks.settle()
    assert page.empty_state.isVisible() and page.empty_state.button.isVisible()


def test_unknown_population_asks_for_it(qtbot, ctx) -> None:
    mid = ctx.workspace.municipalities.create(MunicipalityInput(name="Irgendwo", kind="stadt", state="BY")).id
    page = AnchoringPage(ctx)
    qtbot.addWidget(page)
    page.set_municipality(mid)
    page.show()
    ctx.tasks.settle()
    assert "Einwohnerzahl nicht eingetragen" in page.guidance.recommendation.text()
    assert "Einwohnerzahl ist nicht eingetragen" in page.guidance.reason.text()
