"""A municipality deleted here (Datei → Kommune löschen…) and then met again in an older file: the
whole municipality stays deleted, its records with it, and the import says so instead of failing on
records whose owner is gone."""

from __future__ import annotations

from pathlib import Path

from tests.exchange.helpers import content
from vopi_desktop.exchange import importer
from vopi_desktop.exchange.export import export
from vopi_desktop.exchange.plan import DELETED_HERE, NEW
from vopi_desktop.store.dto.municipality import MunicipalityInput


def test_an_older_file_does_not_bring_back_a_deleted_municipality(sent, tmp_path: Path) -> None:
    a, b = sent
    export(a.exchange, tmp_path / "old.vopi")  # made before B deletes the town
    town = b.municipalities.list()[0]
    other = b.municipalities.create(MunicipalityInput(name="Nachbarort", kind="gemeinde", state="BW"))
    b.municipalities.delete(town.id, town.version)
    before = content(b)

    plan = importer.prepare(b.exchange, tmp_path / "old.vopi", policy="incoming")
    assert {item.status for rows in plan.items.values() for item in rows} == {DELETED_HERE}
    assert plan.counts("actor")[DELETED_HERE] > 0 and plan.counts("actor")[NEW] == 0
    assert not plan.changes_anything()
    importer.apply(b.exchange, plan, None)  # nothing to write, and no failure on a missing owner

    assert content(b) == before
    assert [m.id for m in b.municipalities.list()] == [other.id]
