"""An actor in the trash stays a valid reference of what names it, on SQLite and PostgreSQL: a measure's
responsible actor and partners, an event's organisations, an opportunity's actor, a practice example's
contact survive an unrelated save, a delete with its undo, and the actor's restore. Only a new record
may not name an actor in the trash (outreach, practice: the forms never offer one)."""

from __future__ import annotations

import pytest

from vopi_desktop.store import ValidationError
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.events import EventInput
from vopi_desktop.store.dto.measures import MeasureInput
from vopi_desktop.store.dto.outreach import OpportunityInput
from vopi_desktop.store.dto.practice import PracticeInput
from vopi_desktop.store.workspace import Workspace


def _actor(ws: Workspace, mid: str, name: str) -> str:
    return ws.actors.create(mid, ActorInput(name=name, type="verein")).id


def test_measure_keeps_trashed_actors_through_save_delete_and_restore(ws: Workspace, mid: str) -> None:
    tsv, chor, live = (_actor(ws, mid, n) for n in ("TSV", "Chor", "Caritas"))
    made = ws.measures.create(
        mid, MeasureInput(title="Sozialtarif", responsible_actor_id=tsv, partner_ids=[chor, live])
    )
    ws.actors.trash(tsv)
    ws.actors.trash(chor)
    data = MeasureInput.of(made)
    data.result = "Nachtrag."
    saved = ws.measures.update(made.id, data, made.version)
    assert saved.responsible_actor_id == tsv and saved.responsible_actor_name == "TSV"
    assert set(saved.partner_ids) == {chor, live}
    back = ws.measures.restore(ws.measures.delete(saved.id, saved.version))
    assert back.responsible_actor_id == tsv and set(back.partner_ids) == {chor, live}
    ws.actors.restore(tsv)
    assert ws.measures.get(made.id).responsible_actor_id == tsv


def test_event_keeps_a_trashed_organisation(ws: Workspace, mid: str) -> None:
    tsv, live = _actor(ws, mid, "TSV"), _actor(ws, mid, "Caritas")
    made = ws.events.create(mid, EventInput(kind="other", title="Rundgang", organisation_ids=[tsv, live]))
    ws.actors.trash(tsv)
    data = EventInput.of(made)
    data.place = "Rathaus"
    saved = ws.events.update(made.id, data, made.version)
    assert set(saved.organisation_ids) == {tsv, live}
    ws.actors.restore(tsv)
    assert set(ws.events.get(made.id).organisation_ids) == {tsv, live}


def test_opportunity_of_a_trashed_actor_can_be_saved_and_its_delete_undone(ws: Workspace, mid: str) -> None:
    chor, live = _actor(ws, mid, "Chor"), _actor(ws, mid, "Caritas")
    made = ws.outreach.create(mid, OpportunityInput(actor_id=chor, title="Singen", what="Chor"))
    ws.actors.trash(chor)
    data = OpportunityInput.of(made)
    data.title = "Singen am Abend"
    saved = ws.outreach.update(made.id, data, made.version)
    assert saved.actor_id == chor and saved.actor_trashed
    back = ws.outreach.restore(ws.outreach.delete(saved.id, saved.version))  # Ctrl+Z of a delete
    assert back.id == made.id and back.actor_id == chor
    # moved to another actor and back (the undo of that edit) while the first is in the trash
    data = OpportunityInput.of(back)
    data.actor_id = live
    moved = ws.outreach.update(back.id, data, back.version)
    data.actor_id = chor
    assert ws.outreach.update(moved.id, data, moved.version).actor_id == chor
    with pytest.raises(ValidationError) as info:  # a new opportunity: not for an actor in the trash
        ws.outreach.create(mid, OpportunityInput(actor_id=chor, title="Neu", what="x"))
    assert info.value.field == "actor_id"


def test_practice_example_keeps_a_trashed_contact(ws: Workspace, mid: str) -> None:
    fachstelle, live = _actor(ws, mid, "Fachstelle"), _actor(ws, mid, "Caritas")
    made = ws.practice.create(mid, PracticeInput("Sprachcafé", contact_actor_id=fachstelle))
    ws.actors.trash(fachstelle)
    saved = ws.practice.update(
        made.id, PracticeInput("Sprachcafé am Dienstag", contact_actor_id=fachstelle), 1
    )
    assert saved.contact_actor_id == fachstelle and saved.contact_actor_name == "Fachstelle"
    gone = ws.practice.delete(saved.id, saved.version)
    back = ws.practice.create(
        mid, PracticeInput(gone.title, contact_actor_id=gone.contact_actor_id), practice_id=gone.id
    )  # Ctrl+Z of the delete
    assert back.contact_actor_id == fachstelle
    moved = ws.practice.update(back.id, PracticeInput(back.title, contact_actor_id=live), back.version)
    undone = ws.practice.update(
        moved.id, PracticeInput(back.title, contact_actor_id=fachstelle), moved.version
    )
    assert undone.contact_actor_id == fachstelle
    with pytest.raises(ValidationError) as info:
        ws.practice.create(mid, PracticeInput("Neu", contact_actor_id=fachstelle))
    assert info.value.field == "contact_actor_id"
