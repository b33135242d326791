"""The import preview names every field and shows a value as the pages do: „Punkte“, „Beginn“,
„Verantwortlicher Akteur“ (was "votes", "start on", "responsible actor id"), a reference by its
record's name (was its id) and a date as every date on screen — 21.07.2026, in English 2026-07-21
(was 21.07.2026 in English too); ``import --dry-run`` the same way (was the ids, and 2026-07-21
in German)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

from vopi_desktop.app import install_translators
from vopi_desktop.cli import main
from vopi_desktop.store.dto.measures import MeasureInput

from .conftest import exchange_page, preview_differences, town_imported


def _file(ctx, tmp_path: Path) -> tuple[str, str, str, str, date]:
    """Imported here: the town's first file; then the town moves a measure's start, gives it another
    responsible actor, and writes its second file. The municipality's id, the measure's title and the
    two actors' names, the new start."""
    town, mid = town_imported(ctx, tmp_path)
    measure = next(m for m in town.measures.list(mid) if m.responsible_actor_id and m.start_on)
    actors = {a.id: a.name for a in town.actors.list(mid)}
    other = next(i for i in actors if i != measure.responsible_actor_id)
    start = measure.start_on - timedelta(days=7)
    data = dataclasses.replace(MeasureInput.of(measure), start_on=start, responsible_actor_id=other)
    town.measures.update(measure.id, data, measure.version)
    town.exchange.export_file(tmp_path / "second.vopi")
    town.close()
    return mid, measure.title, actors[measure.responsible_actor_id], actors[other], start


def _differences(qtbot, ctx, tmp_path: Path, mid: str, title: str) -> dict[str, tuple[str, str]]:
    page = exchange_page(qtbot, ctx, mid)
    return preview_differences(qtbot, ctx, page, tmp_path / "second.vopi", title)


def _dry_run(tmp_path: Path, capsys, *lang: str) -> str:
    capsys.readouterr()
    args = [*lang, "--data-dir", str(tmp_path / "data"), "import", str(tmp_path / "second.vopi"), "--dry-run"]
    assert main(args) == 0
    return capsys.readouterr().out


def test_in_german(qtbot, ctx, tmp_path: Path, capsys) -> None:
    mid, title, before, after, start = _file(ctx, tmp_path)
    rows = _differences(qtbot, ctx, tmp_path, mid, title)
    assert rows["Verantwortlicher Akteur"] == (before, after), rows
    assert rows["Beginn"][1] == f"{start:%d.%m.%Y}", rows
    printed = _dry_run(tmp_path, capsys)  # import --dry-run says it the same way
    assert f"    Verantwortlicher Akteur: {before}  |  {after}" in printed, printed
    assert f"  |  {start:%d.%m.%Y}" in printed, printed


def test_in_english(qtbot, qapp, ctx, tmp_path: Path, capsys) -> None:
    mid, title, before, after, start = _file(ctx, tmp_path)
    install_translators(qapp, "en")
    try:
        rows = _differences(qtbot, ctx, tmp_path, mid, title)
    finally:
        install_translators(qapp, "de")
    assert rows["Responsible actor"] == (before, after), rows
    assert rows["Start"][1] == start.isoformat(), rows
    printed = _dry_run(tmp_path, capsys, "--lang", "en")
    assert f"    Responsible actor: {before}  |  {after}" in printed, printed
    assert f"    Start: {start + timedelta(days=7):%Y-%m-%d}  |  {start:%Y-%m-%d}" in printed, printed
