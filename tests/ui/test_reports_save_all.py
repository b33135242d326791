"""Berichte page, "all municipalities": Save as writes every municipality's PDF, never only the first,
and never replaces a file without asking."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QMessageBox

from vopi_desktop.store.dto.municipality import MunicipalityInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.reports.page import ReportsPage
from vopi_desktop.ui.pages.reports.preview import HAVE_QTPDF


@pytest.fixture
def page(qtbot, ctx, municipality) -> ReportsPage:
    ctx.workspace.municipalities.create(
        MunicipalityInput(name="Bad Königsbrück", kind="gemeinde", state="SN", population=4000)
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_area("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    return page


def _make_all(page: ReportsPage, ctx, asked: list[str]) -> None:
    page.choose_folder = lambda: asked.append("folder") or None  # type: ignore[method-assign]
    page.kind.setCurrentIndex(page.kind.findData("plan"))
    page.every_one.setChecked(True)
    page.make_document()
    ctx.tasks.settle()
    assert len(page.made) == 2, page.status.text()


def _text(path: Path) -> str:
    return "".join(p.extract_text() for p in PdfReader(path).pages)


def test_save_as_after_all_writes_one_pdf_per_municipality(page, ctx, tmp_path: Path) -> None:
    asked: list[str] = []
    _make_all(page, ctx, asked)
    assert asked == []  # making asks for nothing and writes nothing outside its own folder yet
    assert page.shown.isVisible() and page.shown.count() == 2  # the preview shows either of them
    assert page.shown.itemText(0) == "Bad Königsbrück" and page.preview.path == page.made[0]
    page.shown.setCurrentIndex(1)
    assert page.preview.path == page.made[1]
    assert page.save_button.isEnabled()
    target = tmp_path / "Sitzung"
    target.mkdir()
    page.choose_folder = lambda: target  # type: ignore[method-assign]
    page.save_as()
    written = sorted(p.name for p in target.iterdir())
    assert written == ["plan-bad-koenigsbrueck.pdf", "plan-teststadt.pdf"]
    assert "Bad Königsbrück" in _text(target / "plan-bad-koenigsbrueck.pdf")
    assert "Teststadt" in _text(target / "plan-teststadt.pdf")
    assert "Bad Königsbrück" not in _text(target / "plan-teststadt.pdf")
    said = page.window().statusBar().currentMessage()
    assert "2 Dokumente" in said and str(target) in said


def test_save_as_all_asks_before_replacing_and_writes_nothing_on_no(page, ctx, tmp_path: Path) -> None:
    _make_all(page, ctx, [])
    target = tmp_path / "Sitzung"
    target.mkdir()
    old = target / "plan-teststadt.pdf"
    old.write_bytes(b"%PDF-1.4 the council's copy")
    page.choose_folder = lambda: target  # type: ignore[method-assign]
    questions: list[str] = []

    def answer(no: bool):
        def run(dialog: QDialog) -> int:
            assert isinstance(dialog, QMessageBox)
            questions.append(dialog.text())
            return QMessageBox.StandardButton.No if no else QMessageBox.StandardButton.Yes

        return run

    with messages.use_runner(answer(no=True)):
        page.save_as()
    assert len(questions) == 1 and "plan-teststadt.pdf" in questions[0]
    assert old.read_bytes() == b"%PDF-1.4 the council's copy"
    assert sorted(p.name for p in target.iterdir()) == ["plan-teststadt.pdf"]  # nothing half-written

    with messages.use_runner(answer(no=False)):
        page.save_as()
    assert sorted(p.name for p in target.iterdir()) == ["plan-bad-koenigsbrueck.pdf", "plan-teststadt.pdf"]
    assert "Teststadt" in _text(old)


def test_save_as_all_into_a_folder_that_cannot_be_written_says_so(page, ctx, tmp_path: Path) -> None:
    _make_all(page, ctx, [])
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("x")
    page.choose_folder = lambda: blocked  # type: ignore[method-assign]
    page.save_as()
    assert blocked.read_text() == "x"
    assert "nicht gespeichert" in page.message.text()
    assert [p.name for p in tmp_path.iterdir()] == ["a-file-not-a-folder"] or all(
        not p.name.endswith((".pdf", ".part")) for p in tmp_path.iterdir()
    )


@pytest.mark.skipif(not HAVE_QTPDF, reason="no QtPdf in this PySide6")
def test_print_after_all_prints_every_document_in_one_job_when_asked(page, ctx, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    _make_all(page, ctx, [])
    out = {True: tmp_path / "all.pdf", False: tmp_path / "shown.pdf"}
    asked: list[str] = []

    def answer(every: bool):
        def run(dialog: QDialog) -> int:
            if isinstance(dialog, QMessageBox):
                asked.append(dialog.text())
                return QMessageBox.StandardButton.Yes if every else QMessageBox.StandardButton.No
            assert isinstance(dialog, QPrintDialog)
            dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            dialog.printer().setOutputFileName(str(out[every]))
            dialog.printer().setResolution(72)
            return QDialog.DialogCode.Accepted

        return run

    pages = [len(PdfReader(p).pages) for p in page.made]
    for every in (True, False):
        with messages.use_runner(answer(every)):
            page.print_document()
            ctx.tasks.settle()  # the pages go to the printer on the jobs lane
    assert len(asked) == 2 and "Bad Königsbrück" in asked[0]
    assert len(PdfReader(out[True]).pages) == sum(pages)
    assert len(PdfReader(out[False]).pages) == pages[0]  # only the shown one


def test_the_replace_question_names_a_few_files_and_counts_the_rest(page, ctx, tmp_path: Path) -> None:
    for n in range(8):  # ten municipalities in all
        ctx.workspace.municipalities.create(MunicipalityInput(name=f"Ort {n}", kind="gemeinde", state="BY"))
    page.choose_folder = lambda: None  # type: ignore[method-assign]
    page.kind.setCurrentIndex(page.kind.findData("plan"))
    page.every_one.setChecked(True)
    page.make_document()
    ctx.tasks.settle()
    assert len(page.made) == 10
    target = tmp_path / "Sitzung"
    target.mkdir()
    for path in page.made:
        (target / path.name).write_bytes(b"old")
    page.choose_folder = lambda: target  # type: ignore[method-assign]
    questions: list[str] = []
    with messages.use_runner(lambda box: questions.append(box.text()) or QMessageBox.StandardButton.No):
        page.save_as()
    lines = questions[0].splitlines()
    assert sum(line.endswith(".pdf") for line in lines) == 8
    assert "… und 2 weitere" in lines
    assert all(p.read_bytes() == b"old" for p in target.iterdir())
