"""Berichte (review 4, K30): the Mitmachen guide side by side — German and one other language in two
columns, as the Mitmachen page's Dokument tab and ``report outreach --layout bilingual`` make it —
chosen by keyboard on the real page, made on the jobs lane and read back from the PDF; refused in
German or English, nothing made, when the languages ticked do not fit two columns. With each kind's own
choices on screen, no two underlined letters are the same (Alt+letter reaches one field)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from tests.reports.outreach_pdf import find_line, words
from tests.ui.test_mnemonics import letters_on_screen
from vopi_desktop.reports.outreach import make_outreach
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.outreach import LanguageText, OpportunityInput
from vopi_desktop.ui.pages.reports.page import ReportsPage

from .conftest import choose_kind, shown_window

GUIDE = {"de": "Mitmachen (Wegweiser für Einwohner:innen)", "en": "Get involved (guide for residents)"}
MIDDLE = 595.3 / 2  # the A4 page's middle: German left of it, the other language right of it


def _page(qtbot, ctx, size: tuple[int, int] = (1024, 600)) -> ReportsPage:
    window = shown_window(qtbot, ctx)
    window.resize(*size)
    window.show_area("reports")
    ctx.tasks.settle()
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    return page


def _tick_languages(qtbot, page: ReportsPage, *names: str) -> None:
    """By keyboard, as in the Mitmachen test: Space toggles the current row of the list."""
    languages = page.choices.languages
    languages.setFocus()
    for row in range(languages.count()):
        languages.setCurrentRow(row)
        item = languages.item(row)
        if (item.checkState() == Qt.CheckState.Checked) != item.text().startswith(names):
            qtbot.keyClick(languages, Qt.Key.Key_Space)


def _tick_side_by_side(qtbot, page: ReportsPage) -> None:
    box = page.choices.side_by_side
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()


@pytest.fixture
def choir(ctx, municipality) -> str:
    """Offers with a Turkish title and text, the first the choir's; enough of them that one section per
    language takes more pages than the two columns."""
    ws = ctx.workspace
    actor = ws.actors.create(
        municipality.id, ActorInput(name="Chor Harmonie", type="verein", org_email="info@chor.example")
    ).id
    offers = [("Singen im Chor", "Herkes için koro")] + [(f"Angebot {n}", f"Teklif {n}") for n in range(2, 7)]
    for german, turkish in offers:
        text = LanguageText("tr", turkish, "Her perşembe birlikte şarkı söylüyoruz")
        ws.outreach.create(
            municipality.id,
            OpportunityInput(
                actor_id=actor, title=german, what="Wir singen jeden Donnerstag.", texts=(text,)
            ),
        )
    return actor


def test_german_and_turkish_side_by_side_made_on_the_berichte_page(
    qtbot, ctx, municipality, choir, discard_on_close, tmp_path: Path
) -> None:
    page = _page(qtbot, ctx)
    box = page.choices.side_by_side
    assert not box.isVisible(), "only the Mitmachen guide has two columns"
    choose_kind(qtbot, page, GUIDE["de"])
    assert box.isVisible() and box.isEnabled() and not box.isChecked()
    assert box.text() == "Nebeneinander: Deutsch und eine &weitere Sprache"
    _tick_languages(qtbot, page, "Deutsch", "Türkçe")
    assert page.choices.chosen_languages() == ["de", "tr"]
    _tick_side_by_side(qtbot, page)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert len(page.made) == 1, page.status.text() + page.message.text()
    pdf = page.made[0]
    assert page.status.text().startswith("Erstellt: mitmachen-teststadt.pdf"), page.status.text()

    # both languages' texts, German in the left column and Turkish in the right, row by row
    text = "\n".join(p.extract_text() or "" for p in PdfReader(pdf).pages)
    assert "Mitmachen in Teststadt" in text and "Siz de katılın: Teststadt" in text
    assert "Singen im Chor" in text and "Herkes için koro" in text
    found = words(pdf)
    german, turkish = find_line(found, "Singen im Chor"), find_line(found, "Herkes için koro")
    assert german[0].page == turkish[0].page and abs(german[0].y0 - turkish[0].y0) < 4
    assert max(w.x1 for w in german) < min(w.x0 for w in turkish), "German left, Turkish right"
    body = [w for w in found if 55 < w.y0 < w.page_height - 60]  # no header, no footer
    titles = find_line(body, "Mitmachen in"), find_line(body, "Siz de katılın:")
    assert titles[0][0].page == titles[1][0].page == 1
    assert max(w.x1 for w in titles[0]) < MIDDLE < min(w.x0 for w in titles[1])
    # the pages of the two-column layout, not of a section per language
    ws, mid = ctx.workspace, municipality.id
    pages = len(PdfReader(pdf).pages)
    side = make_outreach(ws, mid, ["de", "tr"], tmp_path / "side.pdf", layout="bilingual").path
    sections = make_outreach(ws, mid, ["de", "tr"], tmp_path / "sections.pdf").path
    assert pages == len(PdfReader(side).pages) != len(PdfReader(sections).pages)  # 3, not 4
    footers = [(p.extract_text() or "").splitlines()[-2] for p in PdfReader(pdf).pages]
    # one count for the sheet, said in both languages, German first
    assert footers == [f"Seite {n} von {pages} · Sayfa {n}/{pages}" for n in range(1, pages + 1)]
    assert page.notes.isVisible() and "Türkçe" in page.notes.toPlainText()  # what to have checked
    # at 1024x600 with the notes shown the box sits below the list (it was drawn over its last rows)
    listed = page.choices.languages
    assert listed.mapTo(page, listed.rect().bottomLeft()).y() < box.mapTo(page, QPoint(0, 0)).y()

    # unticked again: the next document is one section per language, as before
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not page.made, "a changed choice retires the document made"
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    ctx.tasks.settle()
    assert len(PdfReader(page.made[0]).pages) == len(PdfReader(sections).pages)


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("ticked", [("Deutsch", "Türkçe", "العربية"), ("Deutsch",)])
def test_languages_that_do_not_fit_two_columns_are_refused_and_nothing_is_made(
    qtbot, qapp, ctx, municipality, choir, discard_on_close, lang: str, ticked: tuple[str, ...]
) -> None:
    from vopi_desktop.app import install_translators

    install_translators(qapp, lang)
    try:
        page = _page(qtbot, ctx)
        choose_kind(qtbot, page, GUIDE[lang])
        _tick_languages(qtbot, page, *ticked)
        _tick_side_by_side(qtbot, page)
        assert page.make_button.isEnabled()
        qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
        ctx.tasks.settle()
        assert not page.made and page._job is None and not page.preview.path
        assert not list(Path(page._folder.name).rglob("*.pdf")), "no file written"
        said = {
            "de": "Nebeneinander: bitte Deutsch und genau eine weitere Sprache ankreuzen.",
            "en": "Side by side: please tick German and exactly one other language.",
        }[lang]
        assert page.message.is_error and page.message.text() == said
    finally:
        install_translators(qapp, "de")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_each_kinds_choices_keep_their_underlined_letters_apart(
    qtbot, qapp, ctx, municipality, discard_on_close, lang: str
) -> None:
    """Languages and Side by side (Mitmachen), Club (opening checklist) beside the preview's buttons:
    before, "Sp&rachen:" shared Alt+R with "Ve&rkleinern", "Lang&uages:" Alt+U with "Zoom o&ut",
    "&Verein:" Alt+V with "&Vorherige Seite"."""
    from vopi_desktop.app import install_translators
    from vopi_desktop.ui.pages.reports.documents import offered

    install_translators(qapp, lang)
    try:
        page = _page(qtbot, ctx, (1366, 768))
        window = page.window()
        clashes = []
        for kind in ("outreach", "opening-checklist"):
            choose_kind(qtbot, page, offered()[kind])
            ctx.tasks.settle()
            texts = letters_on_screen(window)
            clashes += [f"{kind}: Alt+{k.upper()} {v}" for k, v in sorted(texts.items()) if len(v) > 1]
        assert clashes == []
    finally:
        install_translators(qapp, "de")


def test_the_command_line_refuses_in_the_same_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``report outreach --layout bilingual`` names the layout as the pages do: „Nebeneinander“."""
    from vopi_desktop.cli import main

    out = tmp_path / "x.pdf"
    args = ["--data-dir", str(tmp_path), "report", "outreach", "--layout", "bilingual", "--out", str(out)]
    assert main([*args, "--languages", "de,tr,ar"]) != 0
    said = capsys.readouterr().err
    assert "Nebeneinander (--layout bilingual) heißt Deutsch und genau eine weitere Sprache" in said, said
    assert not out.exists()
