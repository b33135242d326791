"""The actor service on SQLite and PostgreSQL: validation, personal data rules, trash, stale saves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, insert, select

from vopi_desktop.store import NotFoundError, StaleRecordError, ValidationError
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.models import Actor as ActorRow
from vopi_desktop.store.models import ActorLink, ChangeLog
from vopi_desktop.store.workspace import Workspace

TODAY = date.today()


def _input(**overrides: object) -> ActorInput:
    values: dict[str, object] = {
        "name": "Türkischer Elternverein",
        "type": "migrant_org",
        "fields": ["youth", "education"],
        "languages": ["tr", "de"],
        "size": 40,
        "org_email": "info@elternverein.example",
        "contact_name": "Ayşe Yılmaz",
        "contact_email": "a.yilmaz@elternverein.example",
        "legal_basis": "consent",
        "consent_date": TODAY - timedelta(days=10),
        "review_date": TODAY + timedelta(days=700),
    }
    values.update(overrides)
    return ActorInput(**values)  # type: ignore[arg-type]


def _log(ws: Workspace) -> list[tuple[str, str]]:
    with ws._ctx.sessions() as s:
        return [
            (e.action, e.summary) for e in s.scalars(select(ChangeLog).where(ChangeLog.entity == "actor"))
        ]


def test_create_get_list_and_change_log(ws: Workspace, mid: str) -> None:
    created = ws.actors.create(mid, _input(fields=["youth", "education", "youth"]))
    assert created.version == 1
    assert created.fields == ("education", "youth")  # catalogue order, no repeats
    assert created.languages == ("de", "tr")
    assert ws.actors.get(created.id) == created
    ws.actors.create(mid, _input(name="  Anadolu   Kulturverein ", contact_name="", contact_email=""))
    rows = ws.actors.list(mid)
    assert [r.name for r in rows] == ["Anadolu Kulturverein", "Türkischer Elternverein"]
    assert [r.has_contact for r in rows] == [False, True]
    assert rows[0].review_date is None  # no contact person: basis and dates are not kept
    assert ws.actors.get(rows[0].id).legal_basis == ""
    assert rows[1].contact_name == "Ayşe Yılmaz"
    assert rows[1].review_date == TODAY + timedelta(days=700)
    assert [a for a, _ in _log(ws)] == ["create", "create"]


def test_update_and_stale_save(ws: Workspace, mid: str) -> None:
    actor = ws.actors.create(mid, _input())
    updated = ws.actors.update(actor.id, _input(size=55, legal_basis="public_task"), actor.version)
    assert updated.version == 2
    assert (updated.size, updated.legal_basis, updated.consent_date) == (55, "public_task", None)
    with pytest.raises(StaleRecordError, match="inzwischen"):
        ws.actors.update(actor.id, _input(size=1), actor.version)
    assert ws.actors.get(actor.id).size == 55


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"name": "  "}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"type": "club"}, "type"),
        ({"fields": ["sport", "knitting"]}, "fields"),
        ({"languages": ["xx"]}, "languages"),
        ({"size": -1}, "size"),
        ({"size": 1_000_001}, "size"),
        ({"org_email": "info(at)verein"}, "org_email"),
        ({"contact_email": "keine-mail"}, "contact_email"),
        ({"legal_basis": ""}, "legal_basis"),
        (
            {"legal_basis": "", "contact_name": "", "contact_email": "", "contact_phone": "0711"},
            "legal_basis",
        ),
        ({"legal_basis": "hunch"}, "legal_basis"),
        ({"consent_date": None}, "consent_date"),
        ({"consent_date": TODAY + timedelta(days=1)}, "consent_date"),
        ({"review_date": None}, "review_date"),
        ({"review_date": TODAY - timedelta(days=10)}, "review_date"),
        ({"legal_basis": "public_task", "review_date": None}, "review_date"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(
    ws: Workspace, mid: str, overrides: dict, field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        ws.actors.create(mid, _input(**overrides))
    assert err.value.field == field
    assert str(err.value)
    assert ws.actors.list(mid) == []
    assert _log(ws) == []


def test_legal_rules_accept_valid_cases(ws: Workspace, mid: str) -> None:
    consent_today = ws.actors.create(mid, _input(name="A", consent_date=TODAY))
    assert consent_today.consent_date == TODAY
    public = ws.actors.create(
        mid, _input(name="B", legal_basis="public_task", consent_date=None, review_date=TODAY)
    )
    assert (public.legal_basis, public.consent_date) == ("public_task", None)
    overdue = ws.actors.create(
        mid,
        _input(name="C", consent_date=TODAY - timedelta(days=800), review_date=TODAY - timedelta(days=70)),
    )
    assert overdue.review_date < TODAY  # overdue is allowed; the page highlights it


def test_duplicate_name_in_same_municipality(ws: Workspace, mid: str) -> None:
    first = ws.actors.create(mid, _input())
    with pytest.raises(ValidationError) as err:
        ws.actors.create(mid, _input(name="TÜRKISCHER  elternverein"))
    assert err.value.field == "name"
    other = ws.actors.create(mid, _input(name="Sportverein"))
    with pytest.raises(ValidationError):
        ws.actors.update(other.id, _input(name="türkischer elternverein"), other.version)
    ws.actors.update(first.id, _input(name="Türkischer Elternverein", size=3), first.version)  # itself
    elsewhere = ws.municipalities.create(MunicipalityInput(name="Anderswo", kind="gemeinde", state="BY"))
    assert ws.actors.create(elsewhere.id, _input()).name == "Türkischer Elternverein"
    assert len(ws.actors.list_all()) == 3
    assert [a.name for a in ws.actors.list(None)] == [a.name for a in ws.actors.list_all()]


def test_trash_restore_keeps_links(ws: Workspace, mid: str) -> None:
    a = ws.actors.create(mid, _input(name="A"))
    b = ws.actors.create(mid, _input(name="B"))
    with ws._ctx.sessions.begin() as s:
        s.execute(
            insert(ActorLink),
            [{"municipality_id": mid, "source_id": a.id, "target_id": b.id, "kind": "cooperation"}],
        )
    ws.actors.trash(a.id, a.version)
    assert [r.name for r in ws.actors.list(mid)] == ["B"]
    assert [r.name for r in ws.actors.list(mid, include_deleted=True)] == ["A", "B"]
    trashed = ws.actors.trash_list(mid)
    assert [r.name for r in trashed] == ["A"]
    assert trashed[0].deleted_at is not None
    assert ws.actors.get(a.id).deleted_at is not None
    with pytest.raises(ValidationError, match="Papierkorb"):
        ws.actors.update(a.id, _input(name="A"), None)
    restored = ws.actors.restore(a.id)
    assert restored.deleted_at is None
    assert [r.name for r in ws.actors.list(mid)] == ["A", "B"]
    assert ws.actors.trash_list(mid) == []
    with ws._ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ActorLink)) == 1
    assert [a for a, _ in _log(ws)] == ["create", "create", "delete", "restore"]


def test_restore_refuses_a_name_taken_meanwhile(ws: Workspace, mid: str) -> None:
    old = ws.actors.create(mid, _input())
    ws.actors.trash(old.id)
    ws.actors.create(mid, _input())
    with pytest.raises(ValidationError) as err:
        ws.actors.restore(old.id)
    assert err.value.field == "name"
    assert ws.actors.get(old.id).deleted_at is not None


def test_purge_only_from_the_trash_and_drops_links(ws: Workspace, mid: str) -> None:
    a = ws.actors.create(mid, _input(name="A"))
    b = ws.actors.create(mid, _input(name="B"))
    with ws._ctx.sessions.begin() as s:
        s.execute(
            insert(ActorLink),
            [{"municipality_id": mid, "source_id": a.id, "target_id": b.id, "kind": "informal"}],
        )
    with pytest.raises(ValidationError, match="Papierkorb"):
        ws.actors.purge(a.id)
    assert ws.actors.get(a.id).name == "A"
    ws.actors.trash(a.id)
    ws.actors.purge(a.id)
    with pytest.raises(NotFoundError):
        ws.actors.get(a.id)
    assert ws.actors.trash_list(mid) == []
    with ws._ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ActorLink)) == 0
        assert s.scalar(select(func.count()).select_from(ActorRow)) == 1
    assert _log(ws)[-1] == ("delete", "purge: A")


def test_stale_trash_and_unknown_ids(ws: Workspace, mid: str) -> None:
    actor = ws.actors.create(mid, _input())
    ws.actors.update(actor.id, replace(_input(), size=2), actor.version)
    with pytest.raises(StaleRecordError):
        ws.actors.trash(actor.id, actor.version)
    assert ws.actors.list(mid)[0].deleted_at is None
    missing = "00000000-0000-0000-0000-000000000000"
    for call in (ws.actors.get, ws.actors.trash, ws.actors.restore, ws.actors.purge):
        with pytest.raises(NotFoundError):
            call(missing)
    with pytest.raises(NotFoundError):
        ws.actors.create(missing, _input())


def test_list_sorts_umlauts_with_their_base_letter(ws: Workspace, mid: str) -> None:
    for name in ("Zeller Chor", "Ökumenischer Kreis", "anadolu Kulturverein", "Offene Tür"):
        ws.actors.create(mid, _input(name=name, contact_name="", contact_email=""))
    names = [r.name for r in ws.actors.list(mid)]
    assert names == ["anadolu Kulturverein", "Offene Tür", "Ökumenischer Kreis", "Zeller Chor"]
    assert [r.name for r in ws.actors.list_all()] == names
