"""The actor directory driven like a user would: dialog, validation, search, filters, sort, trash."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLabel, QMessageBox, QWidget

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.actors.dialog import ActorDialog
from vopi_desktop.ui.pages.actors.model import NAME, REVIEW, SIZE
from vopi_desktop.ui.pages.actors.page import ActorsPage
from vopi_desktop.ui.pages.actors.trash import TrashDialog

TODAY = date.today()


@pytest.fixture
def actors(ctx, municipality) -> dict[str, str]:
    """Three actors the user finds on the page; the Kita's review date has passed."""
    ws, made = ctx.workspace, {}
    for name, kind, langs, size, contact in (
        ("Sportverein Blau-Weiß", "verein", ["de"], 300, ""),
        ("Moscheeverein Ulu Camii", "religious", ["de", "tr"], 120, "Mehmet Kaya"),
        ("Kita Sonnenschein", "school_kita", ["de", "ar"], 40, "Lena Schmidt"),
    ):
        actor = ws.actors.create(
            municipality.id,
            ActorInput(
                name=name,
                type=kind,
                languages=langs,
                size=size,
                contact_name=contact,
                legal_basis="public_task" if contact else "",
                review_date=(TODAY - timedelta(days=3)) if "Kita" in name else TODAY + timedelta(days=300),
            ),
        )
        made[name] = actor.id
    return made


def _page(qtbot, ctx) -> tuple[MainWindow, ActorsPage]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # shortcuts (Del, Ctrl+Z) only fire in the active window
        window.show()
        window.activateWindow()
    window.show_area("actors")
    page = window.page("actors")
    assert isinstance(page, ActorsPage)
    ctx.tasks.settle()  # the rows arrive queued, as from the reads lane
    return window, page


def _with_dialog(trigger: Callable[[], None], handle: Callable[[QWidget], None]) -> None:
    """Run ``handle`` on the modal dialog that ``trigger`` opens; never leave it hanging open."""
    seen: list[QWidget] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        seen.append(dialog)
        try:
            handle(dialog)
        finally:
            if dialog.isVisible():  # left open by the test: discard whatever it typed
                with messages.use_runner(lambda _box: QMessageBox.StandardButton.Yes):
                    dialog.reject()

    QTimer.singleShot(0, run)
    trigger()
    assert seen, "no dialog opened"
    _settle()


def _settle() -> None:
    """Deliver what the page loads after an action (queued, as from the reads lane)."""
    for _ in range(3):
        QApplication.processEvents()


def _header_click(qtbot, page: ActorsPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _row_click(qtbot, page: ActorsPage, name: str) -> None:
    row = page.model.visible_names().index(name)
    rect = page.table.visualRect(page.model.index(row, NAME))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current_id() is not None


def test_new_actor_needs_a_legal_basis_for_its_contact_person(qtbot, ctx, municipality, actors) -> None:
    _window, page = _page(qtbot, ctx)
    ws = ctx.workspace
    assert page.model.rowCount() == 3

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ActorDialog)
        assert ctx.catalog.contact_guidance == dialog.guidance.text()
        qtbot.keyClicks(dialog.name, "Elternverein Regenbogen")
        qtbot.keyClicks(dialog.type, "Migranten")
        assert dialog.type.currentData() == "migrant_org"
        for key in ("tr", "de"):
            dialog.languages.setFocus()
            row = list(ctx.catalog.vocab("languages")).index(key)
            dialog.languages.setCurrentRow(row)
            qtbot.keyClick(dialog.languages, Qt.Key.Key_Space)
        qtbot.keyClicks(dialog.contact_name, "Ayse Yilmaz")
        qtbot.keyClicks(dialog.contact_email, "a.yilmaz@elternverein.example")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        # refused: the message is shown, the legal basis is focused, nothing is written
        assert dialog.isVisible()
        assert dialog.error.isVisible() and dialog.error.text()
        assert dialog.focusWidget() is dialog.legal_basis
        assert len(ws.actors.list(municipality.id)) == 3

        qtbot.keyClick(dialog.legal_basis, Qt.Key.Key_Down)
        assert dialog.legal_basis.currentData() == "consent"
        qtbot.mouseClick(dialog.consent_date.check, Qt.MouseButton.LeftButton)
        dialog.consent_date.edit.setDate(dialog.consent_date.edit.date().addDays(-30))
        assert dialog.review_date.value() == TODAY + timedelta(days=730)  # suggested
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()

    _with_dialog(lambda: qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton), fill)
    stored = next(a for a in ws.actors.list(municipality.id) if a.name == "Elternverein Regenbogen")
    actor = ws.actors.get(stored.id)
    assert (actor.type, actor.languages, actor.contact_name) == ("migrant_org", ("de", "tr"), "Ayse Yilmaz")
    assert (actor.legal_basis, actor.consent_date) == ("consent", TODAY - timedelta(days=30))
    assert actor.review_date == TODAY + timedelta(days=730)
    assert "Elternverein Regenbogen" in page.model.visible_names()
    assert page.current_id() == actor.id  # the new actor is selected and shown
    assert "Ayse Yilmaz" in page.detail.toPlainText()


def test_search_filters_and_sort(qtbot, ctx, municipality, actors) -> None:
    _window, page = _page(qtbot, ctx)
    _row_click(qtbot, page, "Moscheeverein Ulu Camii")
    qtbot.keyClicks(page.search, "sport")
    assert page.model.visible_names() == ["Sportverein Blau-Weiß"]
    assert page.current_id() is None
    page.search.clear()  # the user's choice comes back with the full list
    assert page.current_id() == actors["Moscheeverein Ulu Camii"]
    assert "Mehmet Kaya" in page.detail.toPlainText()
    qtbot.keyClicks(page.search, "verein")
    assert sorted(page.model.visible_names()) == ["Moscheeverein Ulu Camii", "Sportverein Blau-Weiß"]
    assert page.count_label.text() == "2 von 3 Akteuren"  # Qt's plural form for the total
    qtbot.keyClicks(page.search, " kaya")  # every word must match: the contact person's name counts
    assert page.model.visible_names() == ["Moscheeverein Ulu Camii"]
    assert page.table.model().rowCount() == 1
    page.search.clear()

    qtbot.keyClicks(page.type_filter, "Verein")
    assert page.type_filter.currentData() == "verein"
    assert page.model.visible_names() == ["Sportverein Blau-Weiß"]
    page.type_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.language_filter, "Arab")
    assert page.language_filter.currentData() == "ar"
    assert page.model.visible_names() == ["Kita Sonnenschein"]
    page.language_filter.setCurrentIndex(0)

    assert page.model.visible_names() == [
        "Kita Sonnenschein",
        "Moscheeverein Ulu Camii",
        "Sportverein Blau-Weiß",
    ]
    _header_click(qtbot, page, SIZE)
    assert page.model.visible_names() == [
        "Kita Sonnenschein",
        "Moscheeverein Ulu Camii",
        "Sportverein Blau-Weiß",
    ]
    _header_click(qtbot, page, SIZE)
    assert page.model.visible_names() == [
        "Sportverein Blau-Weiß",
        "Moscheeverein Ulu Camii",
        "Kita Sonnenschein",
    ]
    _header_click(qtbot, page, REVIEW)  # overdue first, no contact (no date) last
    assert page.model.visible_names()[0] == "Kita Sonnenschein"
    assert page.model.visible_names()[-1] == "Sportverein Blau-Weiß"
    assert page.table.model().index(0, REVIEW).data().startswith("⚠")  # overdue: not by colour alone

    page.focus_search()  # Ctrl+F lands here
    assert page.focusWidget() is page.search


def test_enter_edits_and_stale_copy_is_refused(qtbot, ctx, municipality, actors) -> None:
    _window, page = _page(qtbot, ctx)
    _row_click(qtbot, page, "Sportverein Blau-Weiß")

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, ActorDialog)
        assert dialog.name.text() == "Sportverein Blau-Weiß"
        dialog.size_edit.clear()
        qtbot.keyClicks(dialog.size_edit, "350")
        # someone else saves the same actor meanwhile
        other = ctx.workspace.actors.get(actors["Sportverein Blau-Weiß"])
        ctx.workspace.actors.update(
            other.id, ActorInput(name=other.name, type="verein", size=1), other.version
        )
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.error.text()

    _with_dialog(lambda: qtbot.keyClick(page.table, Qt.Key.Key_Return), edit)
    assert ctx.workspace.actors.get(actors["Sportverein Blau-Weiß"]).size == 1


def test_del_moves_to_trash_undo_and_restore_from_trash(
    qtbot, ctx, municipality, actors, monkeypatch
) -> None:
    window, page = _page(qtbot, ctx)
    ws, mid = ctx.workspace, municipality.id
    _row_click(qtbot, page, "Kita Sonnenschein")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    _settle()
    assert [a.name for a in ws.actors.trash_list(mid)] == ["Kita Sonnenschein"]
    assert "Kita Sonnenschein" not in page.model.visible_names()
    assert "Kita Sonnenschein" in window.statusBar().currentMessage()
    assert page.current_id() is not None  # the neighbour is selected, Del can go on

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
    _settle()
    assert ws.actors.trash_list(mid) == []
    assert "Kita Sonnenschein" in page.model.visible_names()

    _row_click(qtbot, page, "Kita Sonnenschein")
    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    _settle()
    _row_click(qtbot, page, "Sportverein Blau-Weiß")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    _settle()
    assert len(ws.actors.trash_list(mid)) == 2

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    questions: list[str] = []

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, QMessageBox):  # the question before deleting for good
            questions.append(dialog.text())
            return answers.pop(0)
        return dialog.exec()

    monkeypatch.setattr(messages, "runner", answer)

    def trash(dialog: QWidget) -> None:
        assert isinstance(dialog, TrashDialog)
        assert dialog.model.rowCount() == 2
        assert not dialog.table.tabKeyNavigation()
        names = [dialog.model.summary(r).name for r in range(2)]
        dialog.table.selectRow(names.index("Kita Sonnenschein"))
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert dialog.model.rowCount() == 1
        qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)  # answered No
        assert dialog.model.rowCount() == 1
        qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)  # answered Yes
        assert dialog.model.rowCount() == 0
        assert dialog.empty.isVisible()

    _with_dialog(lambda: qtbot.mouseClick(page.trash_dialog_button, Qt.MouseButton.LeftButton), trash)
    assert ws.actors.trash_list(mid) == []
    assert sorted(a.name for a in ws.actors.list(mid)) == ["Kita Sonnenschein", "Moscheeverein Ulu Camii"]
    assert sorted(page.model.visible_names()) == ["Kita Sonnenschein", "Moscheeverein Ulu Camii"]
    assert page.current_id() == actors["Kita Sonnenschein"]


def test_keyboard_and_labels(qtbot, ctx, municipality, actors) -> None:
    _window, page = _page(qtbot, ctx)
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy() is not None}
    assert {page.search, page.type_filter, page.language_filter} <= buddies
    assert not page.table.tabKeyNavigation()
    assert page.table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert page.focus_search()

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ActorDialog)
        for view in dialog.findChildren(QAbstractItemView):
            assert not view.tabKeyNavigation()
        labelled = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
        for field, widget in dialog.fields_by_name.items():
            assert widget in labelled, field

    _with_dialog(lambda: qtbot.keyClick(page.table, Qt.Key.Key_Insert), look)
    assert len(ctx.workspace.actors.list(municipality.id)) == 3  # cancelled: nothing written


def test_size_is_read_in_the_locale_and_refused_when_not_a_number(qtbot, ctx, municipality) -> None:
    """ "1.500" is fifteen hundred in German, not nothing; "etwa 40" is refused with a message, never dropped."""
    ws = ctx.workspace
    dialog = ActorDialog(
        ctx,
        municipality.id,
        store=lambda data, errors: errors.attempt(lambda: ws.actors.create(municipality.id, data)),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Chor Harmonie")
    qtbot.keyClicks(dialog.size_edit, "etwa 40")
    assert dialog.size_edit.text() == "etwa 40"  # typed as it is, no validator swallowing keys
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.error.isVisible() and "etwa 40" in dialog.error.text() and "Größe" in dialog.error.text()
    assert dialog.focusWidget() is dialog.size_edit
    assert ctx.workspace.actors.list(municipality.id) == []
    dialog.size_edit.clear()
    qtbot.keyClicks(dialog.size_edit, "1.500")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None and not dialog.isVisible()
    (stored,) = ctx.workspace.actors.list(municipality.id)
    assert ctx.workspace.actors.get(stored.id).size == 1500


def test_contact_group_title_never_overlaps_the_notes(qtbot, ctx, municipality) -> None:
    """The group's height depends on its wrapped guidance; squeezed to the minimum, the title sat on Notes."""
    dialog = ActorDialog(ctx, municipality.id)
    qtbot.addWidget(dialog)
    dialog.show()
    for width in (dialog.minimumWidth(), 1200):
        dialog.resize(width, 1)  # as small as the dialog allows
        QApplication.processEvents()
        notes_bottom = dialog.notes.mapTo(dialog, QPoint(0, dialog.notes.height())).y()
        box_top = dialog.contact_box.mapTo(dialog, QPoint(0, 0)).y()
        assert box_top >= notes_bottom, (width, box_top, notes_bottom)
        guidance = dialog.guidance
        assert guidance.height() >= guidance.heightForWidth(guidance.width())
