"""Measures and their steps on SQLite and PostgreSQL: links, versions, bad input, undo round trips."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from vopi_desktop.store import StaleRecordError, ValidationError
from vopi_desktop.store.dto.barriers import BarrierInput
from vopi_desktop.store.dto.measures import MeasureInput, StepInput
from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.store.models import ChangeLog, Measure, MeasureStep
from vopi_desktop.store.workspace import Workspace


def _count(ws: Workspace, model: type) -> int:
    with ws._ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _full(ws: Workspace, mid: str) -> MeasureInput:
    group = ws.barriers.add_target_group(mid, "Geflüchtete")
    barrier = ws.barriers.save(mid, BarrierInput(key="B1", relevance=3), None)
    return MeasureInput(
        title="Vereinslotsen-Programm",
        goal="Menschen aus den Communities begleiten Interessierte in die Vereine.",
        kind="O1",
        status="running",
        target_group_ids=[group.id],
        barrier_ids=[barrier.id or ""],
        pillars=["encounter", "participation"],
        channels=["personal", "messenger"],
        languages=["de", "tr"],
        responsible_person="Sabine Keller",
        start_on=date(2026, 2, 1),
        end_on=date(2026, 12, 31),
        budget_planned=6000,
        budget_spent=1250.5,
        success_indicator="12 Lotsinnen und Lotsen",
        steps=[
            StepInput("Lotsen gewinnen", "Frau Keller", date(2026, 3, 1)),
            StepInput("Schulung", "VHS", date(2026, 4, 15), done=True),
        ],
    )


def test_create_reads_back_everything(ws: Workspace, mid: str) -> None:
    made = ws.measures.create(mid, _full(ws, mid))
    got = ws.measures.get(made.id)
    assert got == made
    assert got.version == 1
    assert got.budget_planned == 6000 and got.budget_spent == 1250.5
    assert [s.what for s in got.steps] == ["Lotsen gewinnen", "Schulung"]
    assert [s.done for s in got.steps] == [False, True] and got.steps_done == 1
    assert got.channels == ("personal", "messenger") and got.pillars == ("encounter", "participation")
    assert got.warnings == ()
    assert ws.measures.list(mid) == [got]


def test_changing_only_a_link_or_a_step_bumps_the_version(ws: Workspace, mid: str) -> None:
    made = ws.measures.create(mid, _full(ws, mid))
    data = MeasureInput.of(made)
    other = ws.barriers.save(mid, BarrierInput(key="B2", relevance=2), None)
    data.barrier_ids = [*made.barrier_ids, other.id or ""]
    second = ws.measures.update(made.id, data, made.version)
    assert second.version == made.version + 1
    assert second.updated_at and made.updated_at and second.updated_at >= made.updated_at
    data = MeasureInput.of(second)
    data.target_group_ids = []
    third = ws.measures.update(made.id, data, second.version)
    assert third.version == second.version + 1 and third.target_group_ids == ()
    data = MeasureInput.of(third)
    data.steps[0].done = True  # type: ignore[index]
    fourth = ws.measures.update(made.id, data, third.version)
    assert fourth.version == third.version + 1 and fourth.steps_done == 2
    with pytest.raises(StaleRecordError):  # the first copy cannot overwrite any of that
        ws.measures.update(made.id, MeasureInput.of(made), made.version)


def test_steps_are_updated_in_place_reordered_and_removed(ws: Workspace, mid: str) -> None:
    made = ws.measures.create(mid, _full(ws, mid))
    first, second = made.steps
    data = MeasureInput.of(made)
    data.steps = [StepInput("Schulung", "VHS", date(2026, 4, 15), True, second.id), StepInput("Neu")]
    saved = ws.measures.update(made.id, data, made.version)
    assert [s.what for s in saved.steps] == ["Schulung", "Neu"]
    assert saved.steps[0].id == second.id
    assert _count(ws, MeasureStep) == 2
    # undo hands the old state back: the removed step returns under its old id
    back = ws.measures.update(made.id, MeasureInput.of(made), saved.version)
    assert [s.id for s in back.steps] == [first.id, second.id]


def test_step_due_after_the_end_is_saved_with_a_warning(ws: Workspace, mid: str) -> None:
    data = _full(ws, mid)
    data.steps = [StepInput("Abschlussfest", "", date(2027, 2, 1))]
    made = ws.measures.create(mid, data)
    assert made.steps[0].due_on == date(2027, 2, 1)
    assert (
        len(made.warnings) == 1 and "Abschlussfest" in made.warnings[0] and "31.12.2026" in made.warnings[0]
    )


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"end_on": date(2026, 1, 1)}, "end_on", "Ende liegt vor dem Beginn"),
        ({"budget_planned": -1}, "budget_planned", "geplante Budget muss zwischen 0"),
        ({"budget_spent": float("nan")}, "budget_spent", "muss eine Zahl sein"),
        ({"title": "  "}, "title", "Bitte einen Titel"),
        ({"goal": "x" * 100_000}, "goal", "Das Ziel ist zu lang"),
        ({"status": "dropped_in_a_lake"}, "status", "Unbekannter Wert"),
        ({"channels": ["brieftaube"]}, "channels", "Unbekannter Wert"),
        ({"kind": "O99"}, "kind", "Unbekannter Wert"),
        ({"steps": [StepInput("")]}, "steps", "Bitte einen Arbeitsschritt"),
        ({"title": "a\x00b"}, "title", "Steuerzeichen"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_half_saved(
    ws: Workspace, mid: str, change: dict[str, object], field: str, words: str
) -> None:
    made = ws.measures.create(mid, _full(ws, mid))
    logs = _count(ws, ChangeLog)
    data = MeasureInput.of(made)
    for name, value in change.items():
        setattr(data, name, value)
    with pytest.raises(ValidationError) as err:
        ws.measures.update(made.id, data, made.version)
    assert err.value.field == field and words in str(err.value)
    assert ws.measures.get(made.id) == made
    assert _count(ws, ChangeLog) == logs
    with pytest.raises(ValidationError):
        ws.measures.create(mid, data)
    assert _count(ws, Measure) == 1


def test_html_is_kept_literally(ws: Workspace, mid: str) -> None:
    made = ws.measures.create(mid, MeasureInput(title="<b>Fest</b> <img src=x>", goal="<script>1</script>"))
    assert ws.measures.get(made.id).title == "<b>Fest</b> <img src=x>"
    assert made.goal == "<script>1</script>"


def test_links_to_another_municipality_are_refused(ws: Workspace, mid: str) -> None:
    other = ws.municipalities.create(MunicipalityInput(name="Andersdorf", kind="gemeinde", state="BY")).id
    group = ws.barriers.add_target_group(other, "Junge Menschen")
    with pytest.raises(ValidationError, match="Zielgruppe gibt es in dieser Kommune nicht"):
        ws.measures.create(mid, MeasureInput(title="X", target_group_ids=[group.id]))
    assert _count(ws, Measure) == 0


def test_delete_and_restore_bring_back_steps_and_links(ws: Workspace, mid: str) -> None:
    made = ws.measures.create(mid, _full(ws, mid))
    gone = ws.measures.delete(made.id, made.version)
    assert gone == made
    assert _count(ws, MeasureStep) == 0
    back = ws.measures.restore(gone)
    assert back.id == made.id and [s.id for s in back.steps] == [s.id for s in made.steps]
    assert back.barrier_ids == made.barrier_ids and back.target_group_ids == made.target_group_ids


def test_from_approach_links_the_barrier(ws: Workspace, mid: str) -> None:
    barrier = ws.barriers.save(mid, BarrierInput(key="B1", relevance=3), None)
    made = ws.measures.from_approach(mid, barrier.id or "", "O4")
    assert made.kind == "O4" and made.title == "Dorthin gehen, wo die Menschen sind"
    assert made.barrier_ids == (barrier.id,) and made.status == "planned"


def test_overdue(ws: Workspace, mid: str) -> None:
    data = _full(ws, mid)
    made = ws.measures.create(mid, data)
    assert made.overdue(date(2026, 3, 2))  # the open first step was due on 1 March
    assert not made.overdue(date(2026, 2, 28))
    data.status = "done"
    done = ws.measures.update(made.id, data, made.version)
    assert not done.overdue(date(2027, 6, 1))
