"""The name given to a record kept apart on import does not depend on the UI language (review 2, G27).

A record whose name a different record holds here is kept as "Name (importiert)". That suffix was
"(imported)" in an English session, so the same file imported again in the other language showed a
false name conflict, and "take the file's" renamed the record. Now the suffix is one fixed form, an
older English one is kept as it is, and English lines quote the English way. SQLite and PostgreSQL.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from vopi_desktop.exchange import importer
from vopi_desktop.exchange.commands import describe
from vopi_desktop.exchange.export import export
from vopi_desktop.lang import set_language
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.workspace import Workspace

NAME = "Familienzentrum Mitte"


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("de")


def _rename(ws: Workspace, actor_id: str, name: str) -> None:
    current = ws.actors.get(actor_id)
    fields = {f.name: getattr(current, f.name) for f in dataclasses.fields(ActorInput)}
    fields["fields"], fields["languages"] = list(fields["fields"]), list(fields["languages"])
    ws.actors.update(actor_id, ActorInput(**(fields | {"name": name})), current.version)


@pytest.fixture
def clash(pair, tmp_path: Path):
    """A and B share the small demo; both then make a different actor "Familienzentrum Mitte"; A's file."""
    a, b = pair
    fill_demo(a, "small")
    export(a.exchange, tmp_path / "first.vopi")
    importer.apply(b.exchange, importer.prepare(b.exchange, tmp_path / "first.vopi"), None)
    mid = a.municipalities.list()[0].id
    mine = b.actors.create(mid, ActorInput(name=NAME, type="initiative"))
    theirs = a.actors.create(mid, ActorInput(name=NAME, type="verein"))
    export(a.exchange, tmp_path / "town.vopi")
    return b, mine, theirs, tmp_path / "town.vopi"


def _plan_in(language: str, b: Workspace, path: Path, policy: str = "newer") -> importer.Plan:
    set_language(language)
    try:
        return importer.prepare(b.exchange, path, policy=policy)
    finally:
        set_language("de")


def _said(plan: importer.Plan) -> list[tuple[str, str, str | None, tuple]]:
    return [
        (
            item.id,
            item.status,
            item.renamed_from,
            tuple((d.field, d.local, d.incoming) for d in item.differences),
        )
        for items in plan.items.values()
        for item in items
    ]


def test_the_same_file_gives_the_same_plan_in_both_languages(clash) -> None:
    b, _mine, theirs, path = clash
    german, english = _plan_in("de", b, path), _plan_in("en", b, path)
    assert _said(german) == _said(english)
    set_language("en")
    try:
        importer.apply(b.exchange, english, None)
    finally:
        set_language("de")
    assert b.actors.get(theirs.id).name == f"{NAME} (importiert)"


@pytest.mark.parametrize(("first", "again"), [("de", "en"), ("en", "de")])
@pytest.mark.parametrize("policy", ["newer", "incoming"])
def test_a_second_import_in_the_other_language_changes_nothing(
    clash, first: str, again: str, policy: str
) -> None:
    b, mine, theirs, path = clash
    set_language(first)
    try:
        importer.apply(b.exchange, importer.prepare(b.exchange, path), None)
    finally:
        set_language("de")
    kept = b.actors.get(theirs.id).name
    plan = _plan_in(again, b, path, policy)
    assert not plan.changes_anything() and plan.renamed() == []
    importer.apply(b.exchange, plan, None)
    assert b.actors.get(theirs.id).name == kept and b.actors.get(mine.id).name == NAME


def test_a_name_kept_apart_by_an_older_english_import_stays(clash) -> None:
    b, _mine, theirs, path = clash
    importer.apply(b.exchange, importer.prepare(b.exchange, path), None)
    _rename(b, theirs.id, f"{NAME} (imported)")  # what an English session of the earlier release wrote
    for language in ("de", "en"):
        plan = _plan_in(language, b, path, "incoming")
        item = next(i for i in plan.items["actor"] if i.id == theirs.id)
        assert not any(d.field == "name" for d in item.differences), language
    assert b.actors.get(theirs.id).name == f"{NAME} (imported)"


def test_english_lines_quote_the_english_way(clash, english) -> None:
    b, _mine, theirs, path = clash
    importer.apply(b.exchange, importer.prepare(b.exchange, path), None)
    _rename(b, theirs.id, "Familienzentrum Mitte e. V.")  # a conflict line for the same record
    lines = describe(importer.prepare(b.exchange, path, policy="incoming"))
    named = [line for line in lines if "Familienzentrum Mitte" in line]
    assert named and not [line for line in named if "„" in line]
    assert any("“Familienzentrum Mitte" in line for line in named)
