"""The barriers page driven as a person would: select, rate, type, tick, save; then the database and the view."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel

from vopi_desktop.store.dto.barriers import BarrierInput
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.barriers.dialog import OwnBarrierDialog, TargetGroupsDialog
from vopi_desktop.ui.pages.barriers.model import REF_ROLE
from vopi_desktop.ui.pages.barriers.page import BarriersPage

LEFT = Qt.MouseButton.LeftButton


def _answer_unsaved(monkeypatch, answer: str) -> None:
    """Answer the save/discard/stay question with ``answer`` ("save", "discard", "stay")."""
    monkeypatch.setattr("vopi_desktop.ui.pages.barriers.page.ask_unsaved", lambda *_a, **_k: answer)


@pytest.fixture
def page(qtbot, ctx, municipality) -> BarriersPage:
    widget = BarriersPage(ctx)
    qtbot.addWidget(widget)
    widget.set_municipality(municipality.id)
    widget.resize(1100, 800)
    widget.show()
    ctx.tasks.settle()  # the rows load on the reads lane
    return widget


def _click_barrier(qtbot, page: BarriersPage, ref: str) -> None:
    index = page.model.index_of(ref)
    assert index.isValid(), ref
    page.tree.scrollTo(index)
    qtbot.mouseClick(page.tree.viewport(), LEFT, pos=page.tree.visualRect(index).center())
    assert page.form.row is not None and page.form.row.ref == ref


def _cell(page: BarriersPage, ref: str, column: int) -> str:
    index = page.model.index_of(ref)
    return page.model.index(index.row(), column, index.parent()).data()


def _visible_refs(page: BarriersPage) -> list[str]:
    refs = []
    for g in range(page.model.rowCount()):
        parent = page.model.index(g, 0)
        refs += [page.model.index(r, 0, parent).data(REF_ROLE) for r in range(page.model.rowCount(parent))]
    return refs


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text)]


def test_rate_a_barrier_by_keyboard_and_mouse(qtbot, ctx, municipality, page: BarriersPage) -> None:
    ws = ctx.workspace
    refugees = ws.barriers.add_target_group(municipality.id, "Geflüchtete")
    ws.barriers.add_target_group(municipality.id, "Junge Menschen")
    page.refresh()
    ctx.tasks.settle()
    assert _numbers(page.progress.text()) == [0, 27]
    assert page.form.row is not None and page.form.row.key == "B1"  # the first barrier is ready to rate
    assert page.top.hint.isVisible() and not page.top.buttons

    # Keyboard: B1 -> B2 with the arrow key, the form follows.
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    assert page.form.row.key == "B2"
    # Mouse: click B5 in the "language" group.
    _click_barrier(qtbot, page, "B5")
    assert "Vereins- und Amtsdeutsch" in page.form.title.text()
    assert page.form.explanation.text()  # the catalogue explanation beside the form
    assert page.form.approaches_box.isVisibleTo(page) and page.form.approaches.text()

    form = page.form
    qtbot.keyClicks(form.relevance, "3")
    qtbot.keyClicks(form.evidence, "Bef")  # "Befragung" = survey
    qtbot.keyClicks(form.note, "Umfrage 2025: 68 % kennen das Angebot nicht")
    form.groups.setFocus()
    form.groups.setCurrentRow(0)  # sorted by name: "Geflüchtete" first
    qtbot.keyClick(form.groups, Qt.Key.Key_Space)
    assert form.groups.item(0).checkState() == Qt.CheckState.Checked
    assert form.is_dirty()
    qtbot.mouseClick(form.save_button, LEFT)

    stored = ws.barriers.get(municipality.id, "B5")
    assert (stored.relevance, stored.evidence_kind, stored.target_group_ids) == (3, "survey", (refugees.id,))
    assert stored.note == "Umfrage 2025: 68 % kennen das Angebot nicht"
    assert not form.error.isVisible() and not form.is_dirty()
    assert _cell(page, "B5", 1).lower() == "hoch"
    assert _cell(page, "B5", 2) == "Geflüchtete"
    tip = page.model.index(page.model.index_of("B5").row(), 1, page.model.index_of("B5").parent())
    assert "Befragung" in tip.data(Qt.ItemDataRole.ToolTipRole)
    assert _numbers(page.progress.text()) == [1, 27]
    assert [b.objectName() for b in page.top.buttons] == ["top_B5"]

    # Ctrl+S from inside the form saves too (shortcuts need the active window).
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(form.relevance, Qt.Key.Key_Up)  # 3 -> 2 (typing "2" now would search for "32")
    assert form.relevance.currentData() == 2
    form.note.setFocus()
    qtbot.keyClick(form.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ws.barriers.get(municipality.id, "B5").relevance == 2
    assert _cell(page, "B5", 1) == "Mittel"


def test_filter_high_and_top_barrier_link(qtbot, ctx, municipality, page: BarriersPage) -> None:
    ws = ctx.workspace
    group = ws.barriers.add_target_group(municipality.id, "Geflüchtete")
    ws.barriers.save(municipality.id, BarrierInput(key="B9", relevance=2, target_group_ids=[group.id]), None)
    page.refresh()
    ctx.tasks.settle()
    _click_barrier(qtbot, page, "B13")
    qtbot.keyClicks(page.form.relevance, "3")
    qtbot.mouseClick(page.form.save_button, LEFT)

    page.filter.setFocus()
    qtbot.keyClick(page.filter, Qt.Key.Key_End)  # the last entry: "rated high"
    assert page.filter.currentData() == "high"
    assert _visible_refs(page) == ["B13"]
    assert page.form.row.key == "B13"

    qtbot.keyClick(page.filter, Qt.Key.Key_Up)  # "not assessed yet"
    assert page.filter.currentData() == "not_assessed"
    assert len(_visible_refs(page)) == 25 and "B13" not in _visible_refs(page)

    # The top barriers: B13 (high) before B9 (medium); the link switches the filter back and selects.
    assert [b.objectName() for b in page.top.buttons] == ["top_B13", "top_B9"]
    qtbot.mouseClick(page.top.buttons[1], LEFT)
    assert page.filter.currentData() == "all"
    assert page.form.row.key == "B9"
    assert page.tree.currentIndex().data(REF_ROLE) == "B9"


def test_saving_under_a_filter_moves_on_to_the_next_barrier(
    qtbot, page: BarriersPage, ctx, municipality
) -> None:
    qtbot.keyClick(page.filter, Qt.Key.Key_Down)  # "not assessed yet"
    assert page.form.row.key == "B1"
    qtbot.keyClicks(page.form.relevance, "1")
    qtbot.mouseClick(page.form.save_button, LEFT)
    assert ctx.workspace.barriers.get(municipality.id, "B1").relevance == 1
    assert page.form.row.key == "B2" and "B1" not in _visible_refs(page)


def test_invalid_note_shows_a_message_and_writes_nothing(
    qtbot, ctx, municipality, page: BarriersPage
) -> None:
    form = page.form
    qtbot.keyClicks(form.relevance, "2")
    form.note.setPlainText("x" * 5000)
    form.note.moveCursor(form.note.textCursor().MoveOperation.End)
    qtbot.keyClicks(form.note, "y")
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.error.isVisible()
    assert "zu lang" in form.error.text()
    assert form.focusWidget() is form.note
    assert ctx.workspace.barriers.get(municipality.id, "B1").id is None
    assert _numbers(page.progress.text()) == [0, 27]
    assert form.is_dirty()  # the input is still there to shorten


def test_stale_save_shows_the_message_and_keeps_the_other_change(
    qtbot, ctx, municipality, page: BarriersPage
) -> None:
    ws = ctx.workspace
    qtbot.keyClicks(page.form.relevance, "3")
    # Someone else rates B1 while the page still shows it as not stored.
    ws.barriers.save(municipality.id, BarrierInput(key="B1", relevance=1, note="Kollegin"), None)
    qtbot.mouseClick(page.form.save_button, LEFT)
    ctx.tasks.settle()  # a stale save reloads the page; the input stays
    assert page.form.error.isVisible() and "inzwischen" in page.form.error.text()
    assert ws.barriers.get(municipality.id, "B1").relevance == 1
    assert page.form.relevance.currentData() == 3 and page.form.is_dirty()
    assert page.form.reload_button.isVisible()
    qtbot.mouseClick(page.form.reload_button, LEFT)
    ctx.tasks.settle()
    assert page.form.relevance.currentData() == 1 and page.form.note.toPlainText() == "Kollegin"
    assert not page.form.error.isVisible()

    # A stored row changed behind the page's back: the older version is refused as well.
    ws.barriers.save(municipality.id, BarrierInput(key="B1", relevance=0), page.form.row.version)
    qtbot.keyClick(page.form.relevance, Qt.Key.Key_Down)  # 1 -> 2 ("2" typed now would search "32")
    qtbot.mouseClick(page.form.save_button, LEFT)
    assert "inzwischen" in page.form.error.text()
    assert ws.barriers.get(municipality.id, "B1").relevance == 0


def test_add_own_barrier_by_typing(qtbot, ctx, municipality, page: BarriersPage, monkeypatch) -> None:
    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, OwnBarrierDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.ok_button, LEFT)  # no title yet
        assert dialog.error.isVisible() and dialog.isVisible()
        assert dialog.focusWidget() is dialog.title
        assert len(ctx.workspace.barriers.list(municipality.id)) == 27
        qtbot.keyClicks(dialog.title, "Telefon nur auf Deutsch")  # QTest types ASCII only
        qtbot.keyClicks(dialog.group, "Spr")  # "Sprache"
        qtbot.keyClicks(dialog.description, "Nachfragen auf Arabisch bleiben offen.")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "exec_dialog", drive)
    qtbot.mouseClick(page.add_button, LEFT)
    rows = ctx.workspace.barriers.list(municipality.id)
    own = rows[-1]
    assert (len(rows), own.title, own.group, own.description) == (
        28,
        "Telefon nur auf Deutsch",
        "language",
        "Nachfragen auf Arabisch bleiben offen.",
    )
    assert page.form.row.ref == own.id
    assert page.tree.currentIndex().data(REF_ROLE) == own.id
    assert page.tree.currentIndex().parent().data() == "Sprache"
    assert page.form.delete_button.isVisible()
    assert _numbers(page.progress.text()) == [0, 27]  # own barriers do not change the catalogue progress

    def edit(dialog: QDialog) -> bool:
        assert isinstance(dialog, OwnBarrierDialog) and dialog.title.text() == "Telefon nur auf Deutsch"
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, "Hotline nur deutsch")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "exec_dialog", edit)
    qtbot.mouseClick(page.form.edit_button, LEFT)
    assert ctx.workspace.barriers.get(municipality.id, own.id).title == "Hotline nur deutsch"
    assert "Hotline nur deutsch" in page.form.title.text()

    monkeypatch.setattr(page, "confirm", lambda _q: False)
    qtbot.mouseClick(page.form.delete_button, LEFT)
    assert len(ctx.workspace.barriers.list(municipality.id)) == 28
    monkeypatch.setattr(page, "confirm", lambda _q: True)
    qtbot.mouseClick(page.form.delete_button, LEFT)
    assert len(ctx.workspace.barriers.list(municipality.id)) == 27
    assert own.id not in _visible_refs(page)


def test_target_groups_dialog_suggestions_and_duplicates(
    qtbot, ctx, municipality, page: BarriersPage, monkeypatch
) -> None:
    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, TargetGroupsDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        others = {k: b.pos() for k, b in dialog.suggestion_buttons.items()}
        place = dialog.suggestion_layout.indexOf(dialog.suggestion_buttons["young_people"])
        qtbot.mouseClick(dialog.suggestion_buttons["young_people"], LEFT)
        assert {k: b.pos() for k, b in dialog.suggestion_buttons.items()} == others  # nothing moved
        button = dialog.suggestion_buttons["young_people"]
        assert not button.isEnabled() and button.text().startswith("✓")  # greyed, in its place
        assert dialog.suggestion_layout.indexOf(button) == place
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "junge menschen mit migrationsgeschichte")  # the same again
        qtbot.mouseClick(dialog.add_button, LEFT)
        assert dialog.error.isVisible() and "gibt es schon" in dialog.error.text()
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Eltern an der Grundschule")
        qtbot.mouseClick(dialog.add_button, LEFT)
        assert dialog.list.count() == 2
        # Delete a group a barrier uses: asked first; "no" keeps it.
        ctx.workspace.barriers.save(
            municipality.id, BarrierInput(key="B1", relevance=2, target_group_ids=[group_id("Eltern")]), None
        )
        dialog._load()
        dialog.list.setCurrentRow(0)
        monkeypatch.setattr(dialog, "confirm", lambda _q: False)
        qtbot.mouseClick(dialog.delete_button, LEFT)
        assert dialog.list.count() == 2
        monkeypatch.setattr(dialog, "confirm", lambda _q: True)
        qtbot.mouseClick(dialog.delete_button, LEFT)
        assert dialog.list.count() == 1
        assert dialog.name.text() == "Junge Menschen mit Migrationsgeschichte"  # the one left is selected
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Eltern an der Grundschule")
        qtbot.mouseClick(dialog.add_button, LEFT)
        return True

    def group_id(prefix: str) -> str:
        groups = ctx.workspace.barriers.target_groups(municipality.id)
        return next(g.id for g in groups if g.name.startswith(prefix))

    assert page.form.groups_hint.isVisible()
    monkeypatch.setattr(page, "exec_dialog", drive)
    qtbot.mouseClick(page.groups_button, LEFT)
    ctx.tasks.settle()  # the page reads the changed groups again
    names = [g.name for g in ctx.workspace.barriers.target_groups(municipality.id)]
    assert names == ["Eltern an der Grundschule", "Junge Menschen mit Migrationsgeschichte"]
    assert page.form.groups.count() == 2 and not page.form.groups_hint.isVisible()
    assert ctx.workspace.barriers.get(municipality.id, "B1").target_group_ids == ()


def test_unsaved_input_is_not_lost_when_switching(
    qtbot, ctx, municipality, page: BarriersPage, monkeypatch
) -> None:
    qtbot.keyClicks(page.form.relevance, "3")
    _answer_unsaved(monkeypatch, "stay")
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    assert page.form.row.key == "B1" and page.form.relevance.currentData() == 3
    assert page.tree.currentIndex().data(REF_ROLE) == "B1"

    _answer_unsaved(monkeypatch, "save")
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    assert page.form.row.key == "B2"
    assert ctx.workspace.barriers.get(municipality.id, "B1").relevance == 3


def test_without_municipality_and_accessibility(qtbot, ctx) -> None:
    page = BarriersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.empty_state.isVisible() and not page.content.isVisible()
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == [page.model.tr("Barrier"), page.model.tr("Relevance"), page.model.tr("Target groups")]
    assert page.help_text()
    for view in page.findChildren(QAbstractItemView):
        assert not view.tabKeyNavigation(), view
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy() is not None}
    assert {page.filter, page.form.relevance, page.form.evidence, page.form.note, page.form.groups} <= buddies


def test_page_in_the_main_window_with_the_example_town(qtbot, ctx) -> None:
    from vopi_desktop.store.demo import fill_demo

    fill_demo(ctx.workspace, "small")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_area("barriers")
    page = window.page("barriers")
    assert isinstance(page, BarriersPage)
    qtbot.waitUntil(lambda: not page.loading)
    done, total = _numbers(page.progress.text())
    assert total == 27 and 0 < done <= 27
    assert 1 <= len(page.top.buttons) <= 5
    assert page.tree.currentIndex() != QModelIndex()


def test_saving_on_the_way_keeps_tree_and_form_on_the_new_barrier(
    qtbot, ctx, municipality, page: BarriersPage, monkeypatch
) -> None:
    _answer_unsaved(monkeypatch, "save")
    page.tree.setFocus()
    qtbot.keyClicks(page.form.relevance, "2")
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)  # B1 is saved on the way to B2
    assert ctx.workspace.barriers.get(municipality.id, "B1").relevance == 2
    assert page.tree.currentIndex().data(REF_ROLE) == "B2"
    assert page.form.row.key == "B2"
    assert page.tree.selectionModel().isRowSelected(
        page.tree.currentIndex().row(), page.tree.currentIndex().parent()
    )
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)  # and the next arrow press moves on
    assert page.tree.currentIndex().data(REF_ROLE) == "B3"
    assert page.form.row.key == "B3"

    # The same when the target is a group row: the tree stays on it and the form shows the group.
    qtbot.keyClick(page.form.relevance, Qt.Key.Key_End)  # 3 (typing "1" now would search for "21")
    page.tree.setFocus()
    group_index = page.model.index_of("B4").parent()
    group_title = group_index.data()
    qtbot.mouseClick(page.tree.viewport(), LEFT, pos=page.tree.visualRect(group_index).center())
    assert ctx.workspace.barriers.get(municipality.id, "B3").relevance == 3
    assert page.tree.currentIndex().data() == group_title
    assert page.tree.currentIndex().data(REF_ROLE) is None
    assert page.form.row is None and group_title in page.form.title.text()


def _deferred_deletes() -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_editing_an_own_barrier_asks_about_unsaved_input_first(
    qtbot, ctx, municipality, page: BarriersPage, monkeypatch
) -> None:
    ws = ctx.workspace
    own = ws.barriers.add_custom(municipality.id, "Telefon nur deutsch", "", "language")
    page.refresh()
    ctx.tasks.settle()
    _click_barrier(qtbot, page, own.id)
    asked: list[str] = []
    dialogs: list[QDialog] = []

    def answer(reply: str) -> None:
        def ask(*_args: object) -> str:
            asked.append(page.form.row.ref)
            return reply

        monkeypatch.setattr("vopi_desktop.ui.pages.barriers.page.ask_unsaved", ask)

    def rename(dialog: QDialog) -> bool:
        assert isinstance(dialog, OwnBarrierDialog)
        dialogs.append(dialog)
        dialog.show()
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, "Hotline nur deutsch")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "exec_dialog", rename)
    qtbot.keyClicks(page.form.relevance, "2")
    qtbot.keyClicks(page.form.note, "Beschwerden am Schalter")

    # Cancel: no dialog, the input stays.
    answer("stay")
    qtbot.mouseClick(page.form.edit_button, LEFT)
    assert asked == [own.id] and not dialogs
    assert page.form.is_dirty() and page.form.note.toPlainText() == "Beschwerden am Schalter"

    # Save: the assessment is stored first, then the dialog edits the row in its new version.
    answer("save")
    qtbot.mouseClick(page.form.edit_button, LEFT)
    stored = ws.barriers.get(municipality.id, own.id)
    assert (stored.title, stored.relevance, stored.note) == (
        "Hotline nur deutsch",
        2,
        "Beschwerden am Schalter",
    )
    assert page.form.note.toPlainText() == "Beschwerden am Schalter" and not page.form.is_dirty()
    assert "Hotline nur deutsch" in page.form.title.text()
    _deferred_deletes()
    assert not page.findChildren(OwnBarrierDialog)  # used dialogs do not pile up under the page

    # Discard: the stored state comes back before the dialog opens.
    qtbot.keyClicks(page.form.note, " und am Telefon")
    answer("discard")
    monkeypatch.setattr(page, "exec_dialog", lambda dialog: False)
    qtbot.mouseClick(page.form.edit_button, LEFT)
    assert page.form.note.toPlainText() == "Beschwerden am Schalter" and not page.form.is_dirty()
    assert ws.barriers.get(municipality.id, own.id).note == "Beschwerden am Schalter"
    assert len(asked) == 3


def test_adding_an_own_barrier_asks_about_unsaved_input_first(
    qtbot, ctx, municipality, page: BarriersPage, monkeypatch
) -> None:
    qtbot.keyClicks(page.form.relevance, "3")
    opened: list[QDialog] = []
    monkeypatch.setattr(page, "exec_dialog", lambda dialog: opened.append(dialog) or False)
    _answer_unsaved(monkeypatch, "stay")
    qtbot.mouseClick(page.add_button, LEFT)
    assert not opened and page.form.is_dirty() and page.form.relevance.currentData() == 3
    _answer_unsaved(monkeypatch, "save")
    qtbot.mouseClick(page.add_button, LEFT)
    assert len(opened) == 1
    assert ctx.workspace.barriers.get(municipality.id, "B1").relevance == 3


def test_deleting_a_dirty_own_barrier_says_the_input_goes_too(
    qtbot, ctx, municipality, page: BarriersPage, monkeypatch
) -> None:
    own = ctx.workspace.barriers.add_custom(municipality.id, "Telefon nur deutsch", "", "")
    page.refresh()
    ctx.tasks.settle()
    _click_barrier(qtbot, page, own.id)
    qtbot.keyClicks(page.form.note, "Noch nicht gespeichert")
    questions: list[str] = []
    monkeypatch.setattr(page, "confirm", lambda q: questions.append(q) or False)
    qtbot.mouseClick(page.form.delete_button, LEFT)
    assert "Telefon nur deutsch" in questions[0]
    assert page.tr("Your unsaved changes to it are discarded as well.") in questions[0]
    assert page.form.note.toPlainText() == "Noch nicht gespeichert" and page.form.is_dirty()
    assert ctx.workspace.barriers.get(municipality.id, own.id).id == own.id


def test_target_groups_dialog_is_deleted_after_use(qtbot, page: BarriersPage, monkeypatch) -> None:
    monkeypatch.setattr(page, "exec_dialog", lambda dialog: False)
    qtbot.mouseClick(page.groups_button, LEFT)
    qtbot.mouseClick(page.groups_button, LEFT)
    _deferred_deletes()
    assert not page.findChildren(TargetGroupsDialog)


def test_undo_and_redo_of_a_saved_rating(qtbot, ctx, municipality) -> None:
    """Ctrl+Z takes a saved rating back ("Rückgängig: Bewertung von B3"), Ctrl+Y brings it again:
    database and view both follow."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_area("barriers")
    page = window.page("barriers")
    assert isinstance(page, BarriersPage)
    qtbot.waitUntil(lambda: not page.loading)
    _click_barrier(qtbot, page, "B3")
    qtbot.keyClicks(page.form.relevance, "3")
    qtbot.keyClicks(page.form.note, "Aus dem Beirat")
    qtbot.mouseClick(page.form.save_button, LEFT)
    ws = ctx.workspace
    assert (ws.barriers.get(municipality.id, "B3").relevance, _cell(page, "B3", 1)) == (3, "Hoch")
    assert window.undo_action.text().replace("&", "") == "Rückgängig: Bewertung von B3"

    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.loading and ws.barriers.get(municipality.id, "B3").relevance is None)
    stored = ws.barriers.get(municipality.id, "B3")
    assert (stored.relevance, stored.note) == (None, "")
    qtbot.waitUntil(lambda: _cell(page, "B3", 1) != "Hoch")
    assert page.form.row.ref == "B3" and page.form.relevance.currentData() is None
    assert _numbers(page.progress.text()) == [0, 27]

    assert window.redo_action.text().replace("&", "") == "Wiederholen: Bewertung von B3"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.loading and _cell(page, "B3", 1) == "Hoch")
    stored = ws.barriers.get(municipality.id, "B3")
    assert (stored.relevance, stored.note) == (3, "Aus dem Beirat")
    assert page.form.relevance.currentData() == 3 and page.form.note.toPlainText() == "Aus dem Beirat"


def test_an_undo_meeting_a_change_from_elsewhere_is_refused(qtbot, ctx, municipality, page) -> None:
    _click_barrier(qtbot, page, "B3")
    qtbot.keyClicks(page.form.relevance, "2")
    qtbot.mouseClick(page.form.save_button, LEFT)
    ws = ctx.workspace
    stored = ws.barriers.get(municipality.id, "B3")
    ws.barriers.save(municipality.id, BarrierInput(key="B3", relevance=0, note="Kollege"), stored.version)
    refused: list[str] = []
    ctx.undo.refused.connect(refused.append)
    assert not ctx.undo.undo()
    assert refused and "inzwischen" in refused[0]
    assert ws.barriers.get(municipality.id, "B3").note == "Kollege"  # nothing half-undone


def test_html_in_an_own_barrier_shows_literally(qtbot, ctx, municipality, page) -> None:
    own = ctx.workspace.barriers.add_custom(municipality.id, "<b>Fett</b> <img src=x>", "<i>kursiv</i>", "")
    page.refresh()
    ctx.tasks.settle()
    _click_barrier(qtbot, page, own.id)
    assert "&lt;b&gt;Fett&lt;/b&gt;" in page.form.title.text()  # escaped in the rich heading
    assert page.form.explanation.textFormat() == Qt.TextFormat.PlainText
    assert page.form.explanation.text() == "<i>kursiv</i>"
    assert _cell(page, own.id, 0).startswith("<b>Fett</b>")


def test_a_cut_barrier_name_reads_in_full_as_plain_text_on_hover(qtbot, ctx, municipality, page) -> None:
    own = ctx.workspace.barriers.add_custom(municipality.id, "<img src=x> Telefon", "<b>nur</b> deutsch", "")
    page.refresh()
    ctx.tasks.settle()
    index = page.model.index_of(own.id)
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img src=x&gt; Telefon" in tip and "&lt;b&gt;nur&lt;/b&gt;" in tip  # escaped, shown literally
