"""The Mitmachen page at 1024×600 and the default size, in German and English: nothing squeezed
below what it needs (the editor form ran off the right edge, the count label was cut), and the
languages an opportunity lacks named in words, not codes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QWidget

from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.store.dto.outreach import LanguageText, OpportunityInput
from vopi_desktop.ui.context import AppContext
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.outreach.page import OutreachPage
from vopi_desktop.ui.tasks import SyncTaskRunner

SIZES = [(1024, 600), (1280, 820)]


@pytest.fixture
def lang_ctx(qapp, workspace, config, request):
    """An AppContext in the asked UI language; German translators back afterwards."""
    from vopi_desktop.app import install_translators
    from vopi_desktop.lang import set_language

    lang = request.param
    install_translators(qapp, lang)
    set_language(lang)
    ctx = AppContext(workspace, config, SyncTaskRunner(), lang)
    ctx.layout.enabled = False
    yield ctx
    install_translators(qapp, "de")
    set_language("de")


def _fill(ws, mid: str) -> None:
    actor = ws.actors.create(
        mid, ActorInput(name="Caritas, Fachdienst Migration und Integration", type="welfare_provider")
    ).id
    for n in range(12):
        ws.outreach.create(
            mid,
            OpportunityInput(
                actor_id=actor,
                title=f"Ehrenamtlich Sprachmittlerin oder Sprachmittler werden {n}",
                what="Sie begleiten Familien zu Terminen.",
                languages=("de", "ar"),
                features=("no_german", "free"),
                contact="person",
                valid_until=date(2030, 12, 31),
                texts=(LanguageText("ar", "مترجم", "نص"),) if n % 2 else (),
            ),
        )


def _window(qtbot, ctx, size: tuple[int, int]) -> tuple[MainWindow, OutreachPage]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.show_area("outreach")
    page = window.page("outreach")
    assert isinstance(page, OutreachPage)
    ctx.tasks.settle()
    for _ in range(5):
        QApplication.processEvents()
    assert (window.width(), window.height()) == size
    return window, page


def _cut(widget: QWidget, window: QWidget) -> bool:
    """Whether a parent (up to the window) cuts the widget off at the left or right (scrolled out
    of view above or below is fine)."""
    left = widget.mapTo(window, QPoint(0, 0)).x()
    right = left + widget.width()
    parent = widget.parentWidget()
    while parent is not None:
        x = parent.mapTo(window, QPoint(0, 0)).x() if parent is not window else 0
        if left < x or right > x + parent.width():
            return True
        if parent is window:
            break
        parent = parent.parentWidget()
    return False


def _squeezed(page: QWidget, window: QWidget) -> list[str]:
    """Visible labels, buttons and fields narrower than they need, or cut off sideways."""
    found = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton | QLineEdit | QComboBox):
            continue
        if not widget.isVisibleTo(window) or isinstance(widget.parentWidget(), QComboBox | QLineEdit):
            continue
        name = widget.text() if isinstance(widget, QLabel | QAbstractButton) else widget.accessibleName()
        if isinstance(widget, QLabel) and widget.wordWrap():
            short = widget.heightForWidth(widget.width()) > widget.height() + 1
        else:
            short = widget.width() < widget.minimumSizeHint().width()
        if short or _cut(widget, window):
            found.append(f"{type(widget).__name__}({name[:40]!r}) {widget.width()}px")
    return found


@pytest.mark.parametrize("lang_ctx", ["de", "en"], indirect=True)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_tab_fits(qtbot, lang_ctx, municipality, size) -> None:
    _fill(lang_ctx.workspace, municipality.id)
    window, page = _window(qtbot, lang_ctx, size)
    assert page.model.rowCount() == 12 and page.form.row is not None
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        for _ in range(3):
            QApplication.processEvents()
        name = page.tabs.tabText(tab)
        assert window.minimumSizeHint().width() <= size[0], name  # else the window outgrows the screen
        assert (window.width(), window.height()) == size, name
        assert _squeezed(page, window) == [], name
    page.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    assert page.count.isVisible() and "12" in page.count.text()


@pytest.mark.parametrize(
    ("lang_ctx", "names"),
    [("de", "Einfache Sprache, Englisch, Türkisch"), ("en", "Plain German, English, Turkish")],
    indirect=["lang_ctx"],
)
def test_missing_languages_are_named_in_words(qtbot, lang_ctx, municipality, names) -> None:
    _fill(lang_ctx.workspace, municipality.id)
    _win, page = _window(qtbot, lang_ctx, (1280, 820))
    page.search.setText("werden 0")
    page.table.selectRow(0)
    assert page.form.row is not None and page.form.row.title.endswith(" 0")
    flags = page.form.flags.text()
    assert names in flags and "de-simple" not in flags
    assert "Arabisch" in flags or "Arabic" in flags  # opportunity 0 has no Arabic text
    column = page.proxy.index(0, 4).data()
    assert column.startswith(names) and "de-simple" not in column


@pytest.mark.parametrize("lang_ctx", ["de"], indirect=True)
def test_the_texts_table_shows_each_topic_whole_at_1024x600(qtbot, lang_ctx, municipality) -> None:
    """Every row read "Was ist ein …": the topic, the one thing that tells the rows apart, was cut."""
    _fill(lang_ctx.workspace, municipality.id)
    _win, page = _window(qtbot, lang_ctx, (1024, 600))
    page.tabs.setCurrentWidget(page.texts)
    for _ in range(3):
        QApplication.processEvents()
    table = page.texts.table
    assert table.rowCount() > 0
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(table.item(r, 0).text()) for r in range(table.rowCount()))
    assert table.columnWidth(0) >= widest
