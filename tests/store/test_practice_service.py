"""The municipality's own practice examples on SQLite and PostgreSQL: links, contact, validation, undo."""

from __future__ import annotations

import pytest

from vopi_desktop.store import StaleRecordError, ValidationError
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.dto.practice import PracticeInput
from vopi_desktop.store.workspace import Workspace


def test_create_list_update_delete_and_restore(ws: Workspace, mid: str) -> None:
    contact = ws.actors.create(mid, ActorInput(name="Integrationsfachstelle", type="integration_office")).id
    made = ws.practice.create(
        mid,
        PracticeInput(
            "  Sprachcafé im Vereinsheim ",
            "Jeden Dienstag offen.",
            "Kuchen und Kinderbetreuung.",
            ("opening.06", "opening.06", "anchoring.07"),
            ("B1", "B5"),
            contact,
        ),
    )
    assert made.title == "Sprachcafé im Vereinsheim" and made.items == ("opening.06", "anchoring.07")
    assert made.contact_actor_name == "Integrationsfachstelle" and made.version == 1
    other = ws.practice.create(mid, PracticeInput("Ämterlotsen"))
    assert [p.title for p in ws.practice.list(mid)] == ["Ämterlotsen", "Sprachcafé im Vereinsheim"]
    changed = ws.practice.update(made.id, PracticeInput("Sprachcafé", items=("opening.09",)), made.version)
    assert changed.version == 2 and changed.contact_actor_id is None and changed.barriers == ()
    with pytest.raises(StaleRecordError):
        ws.practice.update(made.id, PracticeInput("Alt"), made.version)
    gone = ws.practice.delete(other.id, other.version)
    assert [p.title for p in ws.practice.list(mid)] == ["Sprachcafé"]
    back = ws.practice.create(mid, PracticeInput(gone.title, gone.what, gone.helped), practice_id=gone.id)
    assert back.id == other.id


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (PracticeInput("   "), "title"),
        (PracticeInput("t" * 201), "title"),
        (PracticeInput("T", what="w" * 5001), "what"),
        (PracticeInput("T", helped="a\x07"), "helped"),
        (PracticeInput("T", items=("opening.99",)), "items"),
        (PracticeInput("T", barriers=("B0",)), "barriers"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(
    ws: Workspace, mid: str, data: PracticeInput, field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        ws.practice.create(mid, data)
    assert info.value.field == field and ws.practice.list(mid) == []


def test_contact_must_be_an_actor_of_this_municipality_and_falls_away_when_purged(
    ws: Workspace, mid: str
) -> None:
    other = ws.municipalities.create(MunicipalityInput(name="Anderswo", kind="gemeinde", state="BY")).id
    foreign = ws.actors.create(other, ActorInput(name="Fremd", type="verein")).id
    with pytest.raises(ValidationError) as info:
        ws.practice.create(mid, PracticeInput("T", contact_actor_id=foreign))
    assert info.value.field == "contact_actor_id"
    own = ws.actors.create(mid, ActorInput(name="Eigen", type="verein")).id
    made = ws.practice.create(mid, PracticeInput("T", contact_actor_id=own))
    ws.actors.trash(own)
    ws.actors.purge(own)
    assert ws.practice.get(made.id).contact_actor_id is None
