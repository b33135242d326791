"""A file of nothing but a fictional example town, read where a different example town of that name
lives (two training workspaces exchanging): the town is left out and said so. The preview and
``import --dry-run`` then name no municipalities at all rather than an empty list („Kommunen: .“,
"Kommunen: " on a line of its own)."""

from __future__ import annotations

from pathlib import Path

from vopi_desktop.exchange import importer
from vopi_desktop.exchange.commands import describe
from vopi_desktop.store.db import make_engine, upgrade
from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.workspace import Workspace
from vopi_desktop.ui.pages.exchange.preview import PreviewDialog


def test_no_empty_list_of_municipalities(qtbot, ctx, tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "other.sqlite3")
    upgrade(engine)
    other = Workspace(engine, who="Schulung")
    fill_demo(other, "small")
    other.exchange.export_file(tmp_path / "example.vopi")
    other.close()
    ctx.workspace.load_example("small")
    plan = importer.prepare(ctx.workspace.exchange, tmp_path / "example.vopi")
    assert plan.examples_left_out  # the case at hand
    dialog = PreviewDialog(plan, ctx.catalog)
    qtbot.addWidget(dialog)
    about = dialog.about.text()
    assert "Kommunen" not in about and "Beispielstadt" in about, about
    lines = describe(plan)
    assert not any(line.startswith("Kommunen:") and not line.split(":", 1)[1].strip() for line in lines), (
        lines
    )
