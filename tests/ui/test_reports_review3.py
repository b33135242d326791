"""Review 3 on saving and the Berichte page: a name typed without its suffix never replaces a file
without asking (Austausch and Berichte share one save dialog), the preview never outlives a changed
choice, zoom steps start from the zoom on screen, and the suggested file is named in the UI's language
inside the data folder's exports folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from vopi_desktop.ui import messages
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.exchange.page import ExchangePage
from vopi_desktop.ui.pages.reports.page import ReportsPage
from vopi_desktop.ui.pages.reports.preview import HAVE_QTPDF


class Answers:
    """Answers the file dialog with ``typed`` (as a person types a name and presses Save) and every
    question with ``replace``; remembers what the dialog suggested and what was asked."""

    def __init__(self, typed: Path, replace: bool) -> None:
        self.typed, self.replace = typed, replace
        self.suggested: list[Path] = []
        self.questions: list[str] = []

    def __call__(self, dialog: QDialog) -> int:
        if isinstance(dialog, QFileDialog):
            self.suggested.append(Path(dialog.selectedFiles()[0]))
            dialog.selectFile(str(self.typed))
            return QDialog.DialogCode.Accepted
        if isinstance(dialog, QMessageBox):
            self.questions.append(dialog.text())
            return QMessageBox.StandardButton.Yes if self.replace else QMessageBox.StandardButton.No
        return QDialog.DialogCode.Rejected


@pytest.fixture
def reports(qtbot, ctx, municipality, discard_on_close) -> Callable[[str], ReportsPage]:
    """``reports("plan")``: the Berichte page (1024×600) with that document made for Teststadt."""

    def make(kind: str) -> ReportsPage:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1024, 600)
        window.show()
        window.show_area("reports")
        page = window.page("reports")
        assert isinstance(page, ReportsPage)
        page.kind.setCurrentIndex(page.kind.findData(kind))
        qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
        ctx.tasks.settle()
        assert page.made, page.status.text()
        return page

    return make


# ----- H4: the suffix is added before the question, not after it
def test_exchange_export_asks_before_a_name_typed_without_suffix_replaces_a_file(
    qtbot, ctx, municipality, discard_on_close
) -> None:
    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    page.set_municipality(municipality.id)
    exports = Path(ctx.config.exports_dir)
    earlier = exports / "Teststadt.vopi"
    earlier.write_bytes(b"a consultant's earlier file")
    answers = Answers(exports / "Teststadt", replace=False)
    with messages.use_runner(answers):
        assert page.choose_export_target(page.suggested_name("Teststadt")) is None
    assert len(answers.questions) == 1 and "Teststadt.vopi" in answers.questions[0]
    answers = Answers(exports / "Teststadt", replace=True)
    with messages.use_runner(answers):
        assert page.choose_export_target(page.suggested_name("Teststadt")) == earlier
    answers = Answers(exports / "Neu", replace=False)
    with messages.use_runner(answers):  # nothing there: no question
        assert page.choose_export_target(page.suggested_name("Teststadt")) == exports / "Neu.vopi"
    assert answers.questions == []
    assert earlier.read_bytes() == b"a consultant's earlier file"


def test_berichte_save_as_adds_pdf_and_asks_before_replacing(reports, ctx, tmp_path: Path) -> None:
    page = reports("plan")
    tmp_path = tmp_path / "Sitzung"
    tmp_path.mkdir()
    old = tmp_path / "Maßnahmenplan.pdf"
    old.write_bytes(b"last week's plan")
    answers = Answers(tmp_path / "Maßnahmenplan", replace=False)
    with messages.use_runner(answers):
        page.save_as()
    assert len(answers.questions) == 1 and "Maßnahmenplan.pdf" in answers.questions[0]
    assert old.read_bytes() == b"last week's plan"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Maßnahmenplan.pdf"]  # no file without suffix
    answers = Answers(tmp_path / "Maßnahmenplan", replace=True)
    with messages.use_runner(answers):
        page.save_as()
    assert old.read_bytes().startswith(b"%PDF")
    answers = Answers(tmp_path / "Plan", replace=False)
    with messages.use_runner(answers):
        page.save_as()
    assert answers.questions == [] and (tmp_path / "Plan.pdf").read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "Plan").exists()


# ----- H5: a German name in the exports folder
def test_save_as_suggests_the_documents_title_in_the_exports_folder(reports, ctx, tmp_path: Path) -> None:
    exports = Path(ctx.config.exports_dir)
    expected = {
        "plan": "massnahmenplan-teststadt.pdf",
        "actors": "akteursverzeichnis-teststadt.pdf",
        "consultant": "vergleich-alle-kommunen.pdf",
    }
    for kind, name in expected.items():
        page = reports(kind)
        answers = Answers(tmp_path / kind, replace=False)
        with messages.use_runner(answers):
            page.save_as()
        assert answers.suggested == [exports / name]


# ----- H9: a changed choice makes the preview out of date
@pytest.mark.parametrize("change", ["kind", "personal"])
def test_a_changed_choice_retires_the_preview(qtbot, reports, change: str) -> None:
    page = reports("actors")
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    if HAVE_QTPDF:  # the old pages on screen, as the user saw them
        qtbot.waitUntil(lambda: _colours(page.preview.view) > 2, timeout=10000)
    if change == "kind":
        page.kind.setCurrentIndex(page.kind.findData("plan"))
    else:
        page.personal.setChecked(True)
    assert not page.save_button.isEnabled()
    assert not page.print_button.isEnabled() and not page.open_button.isEnabled()
    assert page.preview.path is None and page.preview.pages() == 0
    assert "Dokument neu erstellen" in page.status.text()  # not the first-visit hint
    assert page.make_button.isEnabled()
    if HAVE_QTPDF:  # QPdfView kept painting the closed document's pages from its cache
        qtbot.wait(200)
        assert _colours(page.preview.view) == 1  # its background only: no page, not even a white one
        assert page.preview.view.verticalScrollBar().maximum() == 0


def _colours(view) -> int:
    """How many colours the preview's viewport shows: an empty view is all its grey background."""
    image = view.viewport().grab().toImage()
    step = max(1, image.width() // 40)
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    )


# ----- H8: zoom steps from the zoom on screen
@pytest.mark.skipif(not HAVE_QTPDF, reason="no QtPdf in this PySide6")
@pytest.mark.parametrize(("button", "grows"), [("zoom_out_button", False), ("zoom_in_button", True)])
def test_zoom_steps_start_from_the_fitted_width(qtbot, reports, button: str, grows: bool) -> None:
    page = reports("plan")
    view = page.preview.view
    qtbot.waitUntil(lambda: page.preview.pages() >= 1)
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    fitted_width = view.viewport().width()  # fit to width: the page is as wide as the view
    fitted_height = view.verticalScrollBar().maximum() + view.viewport().height()
    assert view.horizontalScrollBar().maximum() == 0
    qtbot.mouseClick(getattr(page.preview, button), Qt.MouseButton.LeftButton)
    height = view.verticalScrollBar().maximum() + view.viewport().height()
    width = view.horizontalScrollBar().maximum() + view.viewport().width()
    if grows:  # one step, about a quarter larger — not 2.4 times
        assert 1.1 * fitted_height < height < 1.4 * fitted_height
        assert width < 1.4 * fitted_width
    else:  # smaller, never larger
        assert 0.7 * fitted_height < height < 0.9 * fitted_height
        assert view.horizontalScrollBar().maximum() == 0
