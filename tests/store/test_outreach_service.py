"""Engagement opportunities and outreach texts on SQLite and PostgreSQL: versions, texts per language,
bad input refused with the field named, undo round trips, and what the document may print."""

from __future__ import annotations

from datetime import date

import pytest

from vopi_desktop.store import StaleRecordError, ValidationError
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.outreach import LanguageText, OpportunityInput
from vopi_desktop.store.workspace import Workspace

ARABIC = "نلعب كرة القدم معًا كل يوم سبت"


def _actor(ws: Workspace, mid: str, name: str = "TSV Neckarstadt") -> str:
    return ws.actors.create(
        mid,
        ActorInput(
            name=name,
            type="verein",
            org_email="info@tsv.example",
            org_phone="07071 1234",
            contact_name="Erika Muster",
            contact_phone="0170 5550101",
            contact_email="erika@example.org",
            legal_basis="consent",
            consent_date=date(2026, 1, 10),
            review_date=date(2027, 1, 10),
        ),
    ).id


def _input(actor_id: str, **over: object) -> OpportunityInput:
    data = OpportunityInput(
        actor_id=actor_id,
        title="Fußball für alle",
        kind="sport",
        what="Wir spielen jeden Samstag Fußball.",
        when_where="Samstag 10 Uhr, Sportplatz Süd",
        time_needed="weekly",
        languages=["de", "ar"],
        features=["free", "trial_visit"],
    )
    for key, value in over.items():
        setattr(data, key, value)
    return data


def test_create_update_and_texts_per_language(ws: Workspace, mid: str) -> None:
    actor = _actor(ws, mid)
    o = ws.outreach.create(mid, _input(actor))
    assert o.version == 1 and o.actor_name == "TSV Neckarstadt" and o.features == ("free", "trial_visit")
    assert o.missing(["de", "ar", "tr"]) == ("ar", "tr")
    with_ar = ws.outreach.set_text(o.id, "ar", "كرة القدم للجميع", ARABIC, o.version)
    assert with_ar.version == 2, "a text alone bumps the opportunity's version"
    assert with_ar.text("ar") == LanguageText("ar", "كرة القدم للجميع", ARABIC)
    assert with_ar.missing(["de", "ar", "tr"]) == ("tr",)
    with pytest.raises(StaleRecordError):
        ws.outreach.set_text(o.id, "tr", "Herkes için futbol", "Cumartesi futbol", o.version)
    removed = ws.outreach.set_text(o.id, "ar", "", "", with_ar.version)
    assert removed.text("ar") is None and removed.version == 3
    same = ws.outreach.update(o.id, _input(actor), removed.version)
    assert same.version == removed.version, "an unchanged save writes nothing"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", ""),
        ("kind", "party"),
        ("features", ["free", "beer"]),
        ("languages", ["xx"]),
        ("status", "maybe"),
        ("contact", "neighbour"),
        ("what", "x" * 5001),
        ("title", "bad\x00name"),
        ("texts", [LanguageText("de", "", "doppelt")]),
        ("texts", [LanguageText("klingon", "", "x")]),
    ],
)
def test_bad_input_is_refused_naming_the_field(ws: Workspace, mid: str, field: str, value: object) -> None:
    actor = _actor(ws, mid)
    with pytest.raises(ValidationError) as err:
        ws.outreach.create(mid, _input(actor, **{field: value}))
    assert err.value.field in {field, "language", "text_title", "description"}
    assert ws.outreach.list(mid) == []


def test_actor_of_another_municipality_or_in_the_trash_is_refused(ws: Workspace, mid: str) -> None:
    from vopi_desktop.store.dto.municipality import MunicipalityInput

    other = ws.municipalities.create(MunicipalityInput(name="Anderswo", kind="stadt", state="BY")).id
    foreign = _actor(ws, other, "Fremder Verein")
    with pytest.raises(ValidationError):
        ws.outreach.create(mid, _input(foreign))
    actor = _actor(ws, mid)
    ws.actors.trash(actor)
    with pytest.raises(ValidationError):
        ws.outreach.create(mid, _input(actor))


def test_delete_and_restore_round_trip(ws: Workspace, mid: str) -> None:
    actor = _actor(ws, mid)
    o = ws.outreach.create(mid, _input(actor, texts=[LanguageText("tr", "Futbol", "Her cumartesi")]))
    before = ws.outreach.delete(o.id, o.version)
    assert ws.outreach.list(mid) == []
    back = ws.outreach.restore(before)
    assert back.id == o.id and back.text("tr") == LanguageText("tr", "Futbol", "Her cumartesi")


def test_outreach_texts_review_status(ws: Workspace, mid: str) -> None:
    texts = ws.outreach.texts(mid)
    assert len(texts) == 3 * 10 and all(x.id is None and x.review_status == "unreviewed" for x in texts)
    first = ws.outreach.save_text(mid, "verein", "ar", "نص البلدية", "unreviewed")
    reviewed = ws.outreach.save_text(
        mid, "verein", "ar", "نص البلدية", "reviewed", "Amal Haddad", date(2026, 3, 1), first.version
    )
    assert reviewed.version == first.version + 1 and reviewed.reviewed_by == "Amal Haddad"
    with pytest.raises(StaleRecordError):
        ws.outreach.save_text(mid, "verein", "ar", "x", "unreviewed", version=first.version)
    with pytest.raises(ValidationError):
        ws.outreach.save_text(mid, "verein", "xx", "x", "unreviewed")
    with pytest.raises(ValidationError):
        ws.outreach.save_text(mid, "verein", "ar", "x", "approved-ish")
    stored = {(x.topic, x.language): x for x in ws.outreach.texts(mid)}
    assert stored[("verein", "ar")].review_status == "reviewed"


def test_material_leaves_out_expired_trashed_and_contacts_without_consent(ws: Workspace, mid: str) -> None:
    actor = _actor(ws, mid)
    gone = _actor(ws, mid, "Aufgelöster Verein")
    today = date(2026, 6, 1)
    ws.outreach.create(
        mid, _input(actor, title="Mit Zustimmung", contact="person", publish_consent_on=date(2026, 1, 1))
    )
    ws.outreach.create(mid, _input(actor, title="Ohne Zustimmung", contact="person"))
    ws.outreach.create(mid, _input(actor, title="Abgelaufen", valid_until=date(2026, 5, 31)))
    ws.outreach.create(mid, _input(actor, title="Pausiert", status="paused"))
    ws.outreach.create(mid, _input(gone, title="Im Papierkorb"))
    ws.actors.trash(gone)
    m = ws.outreach.material(mid, today)
    shown = {o.title: c for o, c in m.opportunities}
    assert set(shown) == {"Mit Zustimmung", "Ohne Zustimmung"}
    assert shown["Mit Zustimmung"].name == "Erika Muster" and shown["Mit Zustimmung"].uri == "tel:01705550101"
    assert shown["Ohne Zustimmung"].name == "TSV Neckarstadt"
    assert shown["Ohne Zustimmung"].uri == "tel:070711234"
    assert {(x.title, x.reason) for x in m.left_out} == {
        ("Ohne Zustimmung", "no_consent"),
        ("Abgelaufen", "expired"),
        ("Im Papierkorb", "trashed"),
    }
    listed = {o.title: o for o in ws.outreach.list(mid)}
    assert listed["Im Papierkorb"].actor_trashed and listed["Abgelaufen"].expired(today)
