"""One validation for every text and number field, the same on SQLite and PostgreSQL (issue #7 item 4)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from vopi_desktop.store import ValidationError
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.barriers import BarrierInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.dto.outreach import OpportunityInput
from vopi_desktop.store.dto.pillars import RoundInput
from vopi_desktop.store.workspace import Workspace

MUNI = MunicipalityInput(name="Altdorf", kind="gemeinde", state="BW")
ACTOR = ActorInput(
    name="Elternverein",
    type="migrant_org",
    contact_name="Frau A",
    legal_basis="public_task",
    review_date=date(2030, 1, 1),
)


class Env:
    """A municipality with two actors and a round, for the calls that need them."""

    def __init__(self, ws: Workspace, mid: str) -> None:
        self.ws, self.mid = ws, mid
        self.a = ws.actors.create(mid, ACTOR).id
        self.b = ws.actors.create(mid, replace(ACTOR, name="Sportverein")).id
        self.round = ws.pillars.create_round(mid, RoundInput(title="Basis")).id


def _muni(field: str) -> Callable[[Env, str], object]:
    return lambda env, v: env.ws.municipalities.create(replace(MUNI, name="Neu", **{field: v}))


def _actor(field: str) -> Callable[[Env, str], object]:
    return lambda env, v: env.ws.actors.create(env.mid, replace(ACTOR, name="Neu", **{field: v}))


# (field the message must name, the call that stores the value)
TEXT_FIELDS: dict[str, tuple[str, Callable[[Env, str], object]]] = {
    "municipality.name": ("name", lambda env, v: env.ws.municipalities.create(replace(MUNI, name=v))),
    "municipality.contact_name": ("contact_name", _muni("contact_name")),
    "municipality.contact_email": ("contact_email", _muni("contact_email")),
    "municipality.contact_phone": ("contact_phone", _muni("contact_phone")),
    "municipality.own_concern": (
        "own_concern",
        lambda env, v: env.ws.municipalities.set_occasions(env.mid, [], v),
    ),
    "actor.name": ("name", lambda env, v: env.ws.actors.create(env.mid, replace(ACTOR, name=v))),
    **{
        f"actor.{f}": (f, _actor(f))
        for f in (
            "address",
            "website",
            "org_email",
            "org_phone",
            "notes",
            "contact_name",
            "contact_email",
            "contact_phone",
        )
    },
    "barrier.note": (
        "note",
        lambda env, v: env.ws.barriers.save(env.mid, BarrierInput(key="B1", note=v), None),
    ),
    "barrier.custom_title": ("title", lambda env, v: env.ws.barriers.add_custom(env.mid, v)),
    "barrier.custom_description": ("description", lambda env, v: env.ws.barriers.add_custom(env.mid, "X", v)),
    "target_group.name": ("name", lambda env, v: env.ws.target_groups.add(env.mid, v)),
    "target_group.description": ("description", lambda env, v: env.ws.target_groups.add(env.mid, "G", v)),
    "link.note": (
        "note",
        lambda env, v: env.ws.network.add_link(env.mid, env.a, env.b, "cooperation", 2, v),
    ),
    "round.title": ("title", lambda env, v: env.ws.pillars.create_round(env.mid, RoundInput(title=v))),
    "round.participants": (
        "participants",
        lambda env, v: env.ws.pillars.create_round(env.mid, RoundInput(title="R", participants=v)),
    ),
    "score.note": ("note", lambda env, v: env.ws.pillars.set_score(env.round, "encounter.1", 3, v, None)),
}


@pytest.fixture
def env(ws: Workspace, mid: str) -> Env:
    return Env(ws, mid)


@pytest.mark.parametrize(
    "bad", ["Ab\ud800cd", "Ab\x00cd", "Ab\x1bcd", "Ab\x9bcd"], ids=["surrogate", "nul", "esc", "c1"]
)
@pytest.mark.parametrize("case", list(TEXT_FIELDS))
def test_unstorable_characters_are_refused_naming_the_field(env: Env, case: str, bad: str) -> None:
    field, call = TEXT_FIELDS[case]
    value = f"x{bad}@example.org" if "email" in field else bad
    with pytest.raises(ValidationError) as err:
        call(env, value)
    assert err.value.field == field
    message = str(err.value)
    assert "Steuerzeichen" in message or "ungültiges Zeichen" in message
    message.encode("utf-8")  # the message itself can be printed and stored


@pytest.mark.parametrize("case", list(TEXT_FIELDS))
def test_too_long_says_which_field_and_the_limit(env: Env, case: str) -> None:
    field, call = TEXT_FIELDS[case]
    value = "x" * 20_000 + ("@example.org" if "email" in field else "")
    with pytest.raises(ValidationError) as err:
        call(env, value)
    assert err.value.field == field
    assert "ist zu lang (höchstens " in str(err.value)


def test_length_message_is_good_german(ws: Workspace, mid: str) -> None:
    with pytest.raises(ValidationError) as err:
        ws.actors.create(mid, replace(ACTOR, name="x" * 201))
    assert str(err.value) == "Der Name ist zu lang (höchstens 200 Zeichen)."
    with pytest.raises(ValidationError) as err:
        ws.barriers.add_custom(mid, "x" * 201)
    assert str(err.value) == "Der Titel ist zu lang (höchstens 200 Zeichen)."
    with pytest.raises(ValidationError) as err:  # a label with a comma keeps it; only the number is German
        ws.outreach.create(
            mid, OpportunityInput(actor_id=ws.actors.create(mid, ACTOR).id, title="T", what="x" * 5001)
        )
    assert str(err.value) == "Die Beschreibung, was man tut ist zu lang (höchstens 5.000 Zeichen)."


@pytest.mark.parametrize("char", ["\u202e", "\u202a", "\u2066", "\u2069", "\u200b", "\ufeff"])
def test_bidi_and_zero_width_spaces_are_refused_in_names(env: Env, char: str) -> None:
    for case in (
        "municipality.name",
        "actor.name",
        "target_group.name",
        "round.title",
        "barrier.custom_title",
    ):
        field, call = TEXT_FIELDS[case]
        with pytest.raises(ValidationError, match="unsichtbares Steuerzeichen") as err:
            call(env, f"Ver{char}ein")
        assert err.value.field == field


def test_joiners_stay_in_names_and_in_notes_bidi_is_allowed(ws: Workspace, mid: str) -> None:
    farsi = "انجمن\u200cها"  # the non-joiner is part of the spelling
    actor = ws.actors.create(mid, replace(ACTOR, name=farsi, notes="Hinweis \u2067عربي\u2069"))
    stored = ws.actors.get(actor.id)
    assert stored.name == farsi
    assert "\u2067" in stored.notes


@pytest.mark.parametrize("population", [1.5, True, "1500", float("nan")])
def test_population_must_be_a_whole_number(ws: Workspace, population: object) -> None:
    with pytest.raises(ValidationError) as err:
        ws.municipalities.create(replace(MUNI, population=population))  # type: ignore[arg-type]
    assert err.value.field == "population"
    assert [m.name for m in ws.municipalities.list()] == []


@pytest.mark.parametrize(
    ("case", "field"),
    [("size", "size"), ("strength", "strength"), ("score", "score"), ("relevance", "relevance")],
)
def test_bool_and_fractions_are_not_numbers(env: Env, case: str, field: str) -> None:
    calls: dict[str, Callable[[object], object]] = {
        "size": lambda v: env.ws.actors.create(env.mid, replace(ACTOR, name="Neu", size=v)),
        "strength": lambda v: env.ws.network.add_link(env.mid, env.a, env.b, "cooperation", v),
        "score": lambda v: env.ws.pillars.set_score(env.round, "encounter.1", v, "", None),
        "relevance": lambda v: env.ws.barriers.save(env.mid, BarrierInput(key="B1", relevance=v), None),
    }
    for value in (True, 1.5, 2.0):
        with pytest.raises(ValidationError) as err:
            calls[case](value)
        assert err.value.field == field


def test_target_groups_only_save_bumps_the_version(ws: Workspace, mid: str) -> None:
    group = ws.target_groups.add(mid, "Ältere Menschen")
    first = ws.barriers.save(mid, BarrierInput(key="B3", relevance=2), None)
    second = ws.barriers.save(
        mid, BarrierInput(key="B3", relevance=2, target_group_ids=[group.id]), first.version
    )
    assert second.target_group_ids == (group.id,)
    assert second.version == first.version + 1
    assert second.updated_at is not None and first.updated_at is not None
    assert second.updated_at > first.updated_at
    # Someone who read the first version and now saves is refused instead of undoing the groups.
    from vopi_desktop.store import StaleRecordError

    with pytest.raises(StaleRecordError):
        ws.barriers.save(mid, BarrierInput(key="B3", relevance=1), first.version)


def test_an_unchanged_save_keeps_the_version(ws: Workspace, mid: str) -> None:
    group = ws.target_groups.add(mid, "Ältere Menschen")
    data = BarrierInput(key="B3", relevance=2, target_group_ids=[group.id])
    first = ws.barriers.save(mid, data, None)
    again = ws.barriers.save(mid, data, first.version)
    assert again.version == first.version


def test_the_notes_message_is_grammatical(tmp_path) -> None:
    """It said "Die Notizen ist zu lang"."""
    from vopi_desktop.store.errors import ValidationError
    from vopi_desktop.store.services.fields import text

    try:
        text("x" * 20_000, "notes", limit=10_000)
    except ValidationError as exc:
        assert str(exc) == "Der Text der Notizen ist zu lang (höchstens 10.000 Zeichen)."
    else:
        raise AssertionError("a 20,000-character note went through")
