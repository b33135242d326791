"""Austausch: a consultant ticks single practice examples and sends just those."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from vopi_desktop.store.demo import fill_demo
from vopi_desktop.store.dto.practice import PracticeInput
from vopi_desktop.ui.pages.exchange.page import ExchangePage

from .conftest import exchange_page


@pytest.fixture
def examples(workspace):
    fill_demo(workspace, "small")
    town = workspace.municipalities.list()[0]
    for title in ("Sprechstunde im Moscheeverein", "Elterncafé <b>mehrsprachig</b>", "Vereinsfest"):
        workspace.practice.create(town.id, PracticeInput(title=title, what="Erprobt."))
    return town, {p.title: p.id for p in workspace.practice.list(town.id)}


@pytest.fixture
def page(qtbot, ctx, examples):
    return exchange_page(qtbot, ctx, examples[0].id)


def _titles(page: ExchangePage) -> list[str]:
    return [page.examples.item(row).text() for row in range(page.examples.count())]


def test_ticked_examples_are_sent_and_no_others(qtbot, page, ctx, examples, tmp_path: Path) -> None:
    _, ids = examples
    assert not page.examples.isVisible()  # the list shows only for that choice
    qtbot.mouseClick(
        page.examples_only, Qt.MouseButton.LeftButton, pos=QPoint(8, page.examples_only.height() // 2)
    )
    assert page.examples.isVisible()
    titles = _titles(page)
    assert "Elterncafé <b>mehrsprachig</b>" in titles and "Vereinsfest" in titles
    # By keyboard: Space ticks the current row.
    page.examples.setFocus()
    page.examples.setCurrentRow(titles.index("Vereinsfest"))
    qtbot.keyClick(page.examples, Qt.Key.Key_Space)
    page.examples.setCurrentRow(titles.index("Elterncafé <b>mehrsprachig</b>"))
    qtbot.keyClick(page.examples, Qt.Key.Key_Space)
    target = tmp_path / "beispiele.vopi"
    suggested: list[str] = []
    page.choose_export_target = lambda name: suggested.append(name) or target
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    with zipfile.ZipFile(target) as archive:
        head = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
    assert head["content"] == "practice_examples"
    assert sorted(r["id"] for r in data["practice_example"]) == sorted(
        [ids["Vereinsfest"], ids["Elterncafé <b>mehrsprachig</b>"]]
    )
    assert [name for name in data if data[name]] == ["practice_example"]
    assert "beispiele.vopi" in page.export_status.text()


def test_nothing_ticked_says_so_and_writes_nothing(qtbot, page, ctx, tmp_path: Path) -> None:
    page.examples_only.setChecked(True)
    asked: list[str] = []
    page.choose_export_target = lambda name: asked.append(name) or tmp_path / "x.vopi"
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert not asked and not list(tmp_path.glob("*.vopi"))
    assert "practice example" in page.message.text() or "Praxisbeispiel" in page.message.text()


def test_a_municipality_without_examples_cannot_choose_them(qtbot, ctx, workspace) -> None:
    from vopi_desktop.store.dto.municipality import MunicipalityInput

    empty = workspace.municipalities.create(MunicipalityInput(name="Leerdorf", kind="gemeinde", state="HE"))
    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    page.set_municipality(empty.id)
    page.show()
    ctx.tasks.settle()
    assert not page.examples_only.isEnabled() and page.this_one.isChecked()


def _preview_text(qtbot, ctx, workspace, page: ExchangePage, path: Path) -> str:
    """Open ``path`` for a second municipality, Neustadt, and return what the preview says about it."""
    from vopi_desktop.store.dto.municipality import MunicipalityInput
    from vopi_desktop.ui import messages
    from vopi_desktop.ui.pages.exchange.preview import PreviewDialog

    neustadt = workspace.municipalities.create(MunicipalityInput(name="Neustadt", kind="stadt", state="BW"))
    page.set_municipality(neustadt.id)
    ctx.tasks.settle()
    seen: list[str] = []

    def preview(dialog) -> int:
        assert isinstance(dialog, PreviewDialog)
        seen.append(dialog.about.text())
        return 0  # Cancel: nothing written

    with messages.use_runner(preview):
        page.open_file(path)
        ctx.tasks.settle()
    assert len(seen) == 1
    return seen[0]


def test_the_preview_names_the_town_the_examples_come_from(
    qtbot, page, ctx, workspace, examples, tmp_path
) -> None:
    town, ids = examples
    target = tmp_path / "beispiele.vopi"
    workspace.exchange.export_file(target, practice_examples=[ids["Vereinsfest"]])
    about = _preview_text(qtbot, ctx, workspace, page, target)
    assert f"Praxisbeispiele von {town.name} für Neustadt." in about


def test_the_preview_of_an_older_file_says_the_sender_is_not_named(
    qtbot, page, ctx, workspace, examples, tmp_path
) -> None:
    """A file of practice examples from the previous release names no municipality."""
    from vopi_desktop.exchange import container, manifest

    _, ids = examples
    workspace.exchange.export_file(tmp_path / "new.vopi", practice_examples=[ids["Vereinsfest"]])
    head, data = container.unpack((tmp_path / "new.vopi").read_bytes())
    counts = json.loads(head)["counts"]
    old = manifest.build(data, "Beratung", [], counts, True, manifest.PRACTICE_EXAMPLES)
    (tmp_path / "old.vopi").write_bytes(container.pack(old, data))
    about = _preview_text(qtbot, ctx, workspace, page, tmp_path / "old.vopi")
    assert "Praxisbeispiele für Neustadt; die Datei nennt die sendende Kommune nicht." in about
