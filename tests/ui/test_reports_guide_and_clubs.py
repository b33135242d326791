"""Berichte (review 4, K30, K28): the Mitmachen guide is among the documents, with its languages to tick;
the opening checklist is made for every club that has begun or for one club, also one not begun yet
(its blank sheet carries its name); the status line names the file as "Speichern unter…" would."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.ui.pages.reports.page import ReportsPage

from .conftest import choose_kind, shown_window


def _page(qtbot, ctx) -> ReportsPage:
    window = shown_window(qtbot, ctx)
    window.resize(1024, 600)
    window.show_area("reports")
    ctx.tasks.settle()
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    return page


def _text(path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def _make(qtbot, ctx, page: ReportsPage) -> str:
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert page.made, page.status.text() + page.message.text()
    return _text(page.made[0])


def test_the_guide_for_residents_is_made_here_in_the_languages_ticked(
    qtbot, ctx, municipality, discard_on_close
) -> None:
    page = _page(qtbot, ctx)
    choose_kind(qtbot, page, "Mitmachen (Wegweiser für Einwohner:innen)")
    languages = page.choices.languages
    assert languages.isVisible() and not page.choices.club.isVisible()
    assert not page.every_one.isEnabled() and not page.blank.isEnabled()
    # untick all but German, then tick Türkçe: by keyboard (space toggles the current row)
    languages.setFocus()
    for row in range(languages.count()):
        languages.setCurrentRow(row)
        item = languages.item(row)
        wanted = item.text().startswith(("Deutsch", "Türkçe"))
        if (item.checkState() == Qt.CheckState.Checked) != wanted:
            qtbot.keyClick(languages, Qt.Key.Key_Space)
    assert page.choices.chosen_languages() == ["de", "tr"]
    text = _make(qtbot, ctx, page)
    assert "Mitmachen in Teststadt" in text and "Siz de katılın: Teststadt" in text
    assert "العربية" not in text.split("Sprachen vor Ort")[0]  # no Arabic section
    assert page.status.text().startswith("Erstellt: mitmachen-teststadt.pdf"), page.status.text()
    assert page.notes.isVisible() and "Türkçe: 3 von 3 Texten nicht geprüft" in page.notes.toPlainText()
    # no language ticked: nothing to make
    for row in range(languages.count()):
        languages.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not page.make_button.isEnabled()


def test_the_opening_checklist_for_one_club_or_every_club_that_has_begun(
    qtbot, ctx, municipality, discard_on_close
) -> None:
    ws = ctx.workspace
    begun = ws.actors.create(municipality.id, ActorInput(name="TSV Teststadt", type="verein")).id
    ws.checklists.start(municipality.id, "opening", begun)
    ws.actors.create(municipality.id, ActorInput(name="Chor Harmonie", type="verein"))
    page = _page(qtbot, ctx)
    choose_kind(qtbot, page, "Checkliste: Interkulturelle Öffnung eines Vereins")
    ctx.tasks.settle()  # the clubs are read off the UI thread
    club = page.choices.club
    assert club.isVisible() and not page.choices.languages.isVisible()
    shown = [club.itemText(n) for n in range(club.count())]
    assert shown == [
        "Alle Vereine, die begonnen haben",
        "Chor Harmonie (noch nicht begonnen)",
        "TSV Teststadt",
    ]
    # every club that has begun: TSV's sheet, not the choir's
    text = _make(qtbot, ctx, page)
    assert "TSV Teststadt" in text and "Chor Harmonie" not in text
    # the choir, not begun: its blank sheet with its name, for a paper workshop
    club.setFocus()
    qtbot.keyClick(club, Qt.Key.Key_Down)
    assert club.currentText().startswith("Chor Harmonie")
    assert not page.made, "a changed choice retires the document made"
    text = _make(qtbot, ctx, page)
    assert "Chor Harmonie" in text and "TSV Teststadt" not in text
    assert page.status.text().startswith("Erstellt: checkliste-interkulturelle-oeffnung-chor-harmonie.pdf")
    # the same with "Leerer Bogen" ticked, as a user asking for a blank sheet does: still its name
    qtbot.mouseClick(page.blank, Qt.MouseButton.LeftButton)
    assert page.blank.isChecked()
    text = _make(qtbot, ctx, page)
    assert "Chor Harmonie" in text and "TSV Teststadt" not in text
