"""The file's reference points at a record deleted here (and staying deleted), while this side points
at a different record: the consultant deleted the measure an idea had become and made a new measure
of the idea; the town gave the idea a dot. The import cannot write the file's measure (it stays
deleted here), so the idea keeps ours — its new measure and "in_measure" — and takes the town's dot.
The preview says exactly that: the measure link is no difference but a note („Maßnahme: „…“ aus der
Datei ist hier gelöscht und bleibt es; „…“ bleibt.“), the dot is a difference (was: the file's deleted
measure shown as „theirs“, while the import cleared the link and put the idea back to "selected",
taking it from the new measure). On SQLite and PostgreSQL (``pair``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vopi_desktop.exchange import importer
from vopi_desktop.exchange.commands import describe
from vopi_desktop.exchange.export import export
from vopi_desktop.lang import set_language
from vopi_desktop.store.demo import fill_demo

from .helpers import send


@pytest.mark.parametrize("policy", ["newer", "incoming"])
def test_ours_stays_where_the_files_reference_is_deleted_here(pair, tmp_path: Path, policy: str) -> None:
    a, b = pair
    fill_demo(a, "small")
    send(a, b, tmp_path / "first.vopi")
    mid = a.municipalities.list()[0].id
    idea = next(i for i in b.ideas.list(mid) if i.status == "in_measure")
    old = next(m for m in b.measures.list(mid) if m.id == idea.measure_id)
    b.measures.delete(old.id, old.version)  # the idea is "selected" again here
    now = next(i for i in b.ideas.list(mid) if i.id == idea.id)
    _, new = b.ideas.to_measure(idea.id, now.version)
    theirs = next(i for i in a.ideas.list(mid) if i.id == idea.id)
    a.ideas.vote(idea.id, 1, theirs.version)  # after ours: the file's idea is newer
    export(a.exchange, tmp_path / "second.vopi")

    plan = importer.prepare(b.exchange, tmp_path / "second.vopi", policy=policy)
    (item,) = [c for c in plan.conflicts() if c.id == idea.id]
    assert {d.field: (d.local, d.incoming) for d in item.differences} == {
        "votes": (theirs.votes, theirs.votes + 1)
    }
    assert item.take
    lines = describe(plan)
    assert not any(old.title in line and "|" in line for line in lines), lines
    said = f"    Maßnahme: „{old.title}“ aus der Datei ist hier gelöscht und bleibt es; „{new.title}“ bleibt."
    assert said in lines, lines
    set_language("en")
    try:
        lines = describe(plan)
    finally:
        set_language("de")
    said = f"    Measure: “{old.title}” of the file is deleted here and stays so; “{new.title}” stays."
    assert said in lines, lines
    importer.apply(b.exchange, plan, None)

    after = next(i for i in b.ideas.list(mid) if i.id == idea.id)
    assert (after.status, after.measure_id, after.votes) == ("in_measure", new.id, theirs.votes + 1)
    assert idea.id in next(m for m in b.measures.list(mid) if m.id == new.id).idea_ids
    assert old.id not in {m.id for m in b.measures.list(mid)}
