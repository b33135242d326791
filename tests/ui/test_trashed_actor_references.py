"""An actor moved to the trash stays what a measure, an event or an engagement opportunity names: the
forms show it marked "(im Papierkorb)", chosen or ticked as stored, and an unrelated save keeps it;
restoring the actor shows it plain again (the trash dialog promises exactly this)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.events import EventInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.store.dto.outreach import OpportunityInput
from vopi_desktop.store.dto.practice import PracticeInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.pages.actors.trash import TrashDialog
from vopi_desktop.ui.pages.checklists.practice_dialog import PracticeDialog

MARK = "(im Papierkorb)"


def _actors(ctx, mid: str, *names: str) -> dict[str, str]:
    ws = ctx.workspace
    return {name: ws.actors.create(mid, ActorInput(name=name, type="verein")).id for name in names}


def _trash(qtbot, ctx, window, name: str) -> None:
    """Akteure → select ``name`` → "In den Papierkorb", as a person does it."""
    window.show_area("actors")
    ctx.tasks.settle()
    page = window.page("actors")
    (row,) = [r for r in range(page.model.rowCount()) if page.model.summary(r).name == name]
    page.table.selectRow(row)
    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()


def _restore(qtbot, ctx, window, name: str) -> None:
    """Akteure → "Papierkorb…" → the actor → "Wiederherstellen"."""
    window.show_area("actors")
    ctx.tasks.settle()
    page = window.page("actors")

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, QMessageBox):
            return QMessageBox.StandardButton.Discard
        assert isinstance(dialog, TrashDialog)
        (row,) = [r for r in range(dialog.model.rowCount()) if dialog.model.summary(r).name == name]
        dialog.table.selectRow(row)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Accepted

    with messages.use_runner(answer):
        qtbot.mouseClick(page.trash_dialog_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()


def _ticked_labels(checklist) -> list[str]:
    return [
        checklist.item(i).text()
        for i in range(checklist.count())
        if checklist.item(i).checkState() == Qt.CheckState.Checked
    ]


def test_measure_keeps_a_trashed_responsible_actor_and_partner(qtbot, ctx, municipality, open_window) -> None:
    ws, mid = ctx.workspace, municipality.id
    ids = _actors(ctx, mid, "TSV Musterstadt", "Kulturverein Anadolu", "Caritas")
    measure = ws.measures.create(
        mid,
        MeasureInput(
            title="Sozialtarif im TSV",
            responsible_actor_id=ids["TSV Musterstadt"],
            partner_ids=[ids["Kulturverein Anadolu"], ids["Caritas"]],
        ),
    )
    window = open_window("actors")
    _trash(qtbot, ctx, window, "TSV Musterstadt")
    _trash(qtbot, ctx, window, "Kulturverein Anadolu")
    window.show_area("measures")
    ctx.tasks.settle()
    form = window.page("measures").form
    assert form.row is not None and form.row.id == measure.id
    assert form.responsible.currentData() == ids["TSV Musterstadt"]
    assert form.responsible.currentText() == f"TSV Musterstadt {MARK}"
    assert sorted(_ticked_labels(form.partners)) == ["Caritas", f"Kulturverein Anadolu {MARK}"]
    assert not form.is_dirty()
    # the other trashed actors are no choice for a measure that does not name them
    assert all(MARK not in form.partners.item(i).text() or "Anadolu" in form.partners.item(i).text()
               for i in range(form.partners.count()))  # fmt: skip

    form.result.setFocus()
    qtbot.keyClicks(form.result, "Nachtrag.")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    stored = ws.measures.get(measure.id)
    assert stored.result == "Nachtrag."
    assert stored.responsible_actor_id == ids["TSV Musterstadt"]
    assert set(stored.partner_ids) == {ids["Kulturverein Anadolu"], ids["Caritas"]}

    _restore(qtbot, ctx, window, "TSV Musterstadt")
    stored = ws.measures.get(measure.id)
    assert stored.responsible_actor_id == ids["TSV Musterstadt"]
    window.show_area("measures")
    ctx.tasks.settle()
    assert form.responsible.currentText() == "TSV Musterstadt"
    assert sorted(_ticked_labels(form.partners)) == ["Caritas", f"Kulturverein Anadolu {MARK}"]


def test_event_keeps_a_trashed_organisation(qtbot, ctx, municipality, open_window) -> None:
    ws, mid = ctx.workspace, municipality.id
    ids = _actors(ctx, mid, "TSV Musterstadt", "Caritas", "Moscheeverein")
    event = ws.events.create(
        mid,
        EventInput(
            kind="other", title="Rundgang durch die Vereinsheime", place="Rathaus",
            organisation_ids=[ids["TSV Musterstadt"], ids["Caritas"]],
        ),
    )  # fmt: skip
    window = open_window("actors")
    _trash(qtbot, ctx, window, "TSV Musterstadt")
    _trash(qtbot, ctx, window, "Moscheeverein")
    window.show_area("events")
    ctx.tasks.settle()
    form = window.page("events").form
    assert form.row is not None and form.row.id == event.id
    assert sorted(_ticked_labels(form.organisations)) == ["Caritas", f"TSV Musterstadt {MARK}"]
    assert not any(
        "Moscheeverein" in form.organisations.item(i).text() for i in range(form.organisations.count())
    )
    form.place.setFocus()
    form.place.end(False)
    qtbot.keyClicks(form.place, " (Eingang B)")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    stored = ws.events.get(event.id)
    assert stored.place == "Rathaus (Eingang B)"
    assert set(stored.organisation_ids) == {ids["TSV Musterstadt"], ids["Caritas"]}

    _restore(qtbot, ctx, window, "TSV Musterstadt")
    assert set(ws.events.get(event.id).organisation_ids) == {ids["TSV Musterstadt"], ids["Caritas"]}
    window.show_area("events")
    ctx.tasks.settle()
    assert sorted(_ticked_labels(form.organisations)) == ["Caritas", "TSV Musterstadt"]


def test_opportunity_of_a_trashed_actor_says_so_and_keeps_it(qtbot, ctx, municipality, open_window) -> None:
    ws, mid = ctx.workspace, municipality.id
    ids = _actors(ctx, mid, "Chor Harmonie", "Caritas")
    made = ws.outreach.create(
        mid, OpportunityInput(actor_id=ids["Chor Harmonie"], title="Singen", what="Chor")
    )
    window = open_window("actors")
    _trash(qtbot, ctx, window, "Chor Harmonie")
    window.show_area("outreach")
    ctx.tasks.settle()
    form = window.page("outreach").form
    assert form.row is not None and form.row.id == made.id
    assert form.actor.currentData() == ids["Chor Harmonie"]
    assert form.actor.currentText() == f"Chor Harmonie {MARK}"
    form.title.setFocus()
    form.title.end(False)
    qtbot.keyClicks(form.title, " am Abend")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    stored = ws.outreach.get(made.id)
    assert stored.title == "Singen am Abend" and stored.actor_id == ids["Chor Harmonie"]


def test_practice_example_keeps_a_trashed_contact(qtbot, ctx, municipality, open_window) -> None:
    ws, mid = ctx.workspace, municipality.id
    ids = _actors(ctx, mid, "TSV", "Fachstelle Integration")
    checklist = ws.checklists.start(mid, "opening", ids["TSV"])
    made = ws.practice.create(
        mid,
        PracticeInput("Sprachcafé", items=("opening.06",), contact_actor_id=ids["Fachstelle Integration"]),
    )
    window = open_window("actors")
    _trash(qtbot, ctx, window, "Fachstelle Integration")
    window.show_area("opening")
    ctx.tasks.settle()
    page = window.page("opening")
    page.open_current()
    ctx.tasks.settle()
    page.pane.view.select_item(checklist.item("opening.06").id)
    practice = page.pane.practice
    (row,) = [
        n for n in range(practice.list.count()) if practice.list.item(n).text().startswith("Sprachcafé")
    ]
    practice.list.setCurrentRow(row)
    shown: list[str] = []

    def edit(dialog: QDialog) -> int:
        assert isinstance(dialog, PracticeDialog)
        shown.append(dialog.contact.currentText())
        dialog.title.end(False)
        qtbot.keyClicks(dialog.title, " am Dienstag")
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result()

    with messages.use_runner(edit):
        qtbot.mouseClick(practice.edit_button, Qt.MouseButton.LeftButton)
    assert shown == [f"Fachstelle Integration {MARK}"]
    stored = ws.practice.get(made.id)
    assert stored.title == "Sprachcafé am Dienstag"
    assert stored.contact_actor_id == ids["Fachstelle Integration"]
