"""The window fits small screens: smoke pictures of exactly the asked size, no part painted over another.

Every page of the area registry is smoked in-process (the function behind ``vopi-desktop smoke``)
at 1024×600 and 1366×768 on the example workspace; on the built pages the visible controls must
not overlap at 1024×600 (the pillar radar covered the "Was auffällt" box, and the window grew
to 725 pixels high instead).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from tests.ui.test_window_titles import DIALOGS
from tests.ui.test_window_titles import _build as build_dialog
from vopi_desktop.app import SMOKE_SIZE, run_smoke
from vopi_desktop.areas import AREAS
from vopi_desktop.config import load_config
from vopi_desktop.store.workspace import Workspace
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.pillars.radar import RadarChart
from vopi_desktop.ui.widgets.elided import ElidedLabel

SIZES = [(1024, 600), (1366, 768)]
BUILT = [a.key for a in AREAS if a.page is not None]
CONTROLS = (
    QLabel,
    QAbstractButton,
    QAbstractItemView,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QTextEdit,
    QVBoxLayout,
    QPlainTextEdit,
    QScrollArea,
    QGraphicsView,
    RadarChart,
)


@pytest.fixture(scope="module")
def example_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One example workspace for the module: building it per picture would take minutes."""
    folder = tmp_path_factory.mktemp("example")
    config = load_config(folder, None)
    config.ensure_dirs()
    ws = Workspace.open(config, who="test")
    try:
        ws.load_example("small")
    finally:
        ws.close()
    return folder


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("page", [a.key for a in AREAS])
def test_smoke_picture_has_exactly_the_asked_size(
    qapp, example_dir: Path, tmp_path: Path, page: str, size: tuple[int, int]
) -> None:
    shot = tmp_path / f"{page}.png"
    config = load_config(example_dir, None)
    assert run_smoke(config, "de", page, shot, size=size) == 0
    image = QImage(str(shot))
    assert (image.width(), image.height()) == size


def test_smoke_leaves_the_remembered_layout_alone(qapp, example_dir: Path, tmp_path: Path) -> None:
    config = load_config(example_dir, None)
    config.settings.layout = {"main/splitter": "AAAA"}
    config.save_settings()
    assert run_smoke(load_config(example_dir, None), "de", "actors", None, size=(1024, 600)) == 0
    assert load_config(example_dir, None).settings.layout == {"main/splitter": "AAAA"}


def _controls(window: QWidget) -> list[tuple[QWidget, QRect]]:
    """Visible controls that are not part of another control, with their rectangle in the window
    clipped by every parent (what scrolls out of a scroll area's view is not on screen)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(window):
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        parent, inside_control = widget.parentWidget(), False
        while parent is not None and parent is not window:
            inside_control = inside_control or isinstance(parent, CONTROLS)
            rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
            parent = parent.parentWidget()
        if not inside_control and not rect.isEmpty():
            found.append((widget, rect))
    return found


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else widget.accessibleName()
    return f"{type(widget).__name__}({text[:30]!r})"


@contextmanager
def _window(
    qtbot, example_dir: Path, page: str, size: tuple[int, int], lang: str = "de"
) -> Iterator[MainWindow]:
    """The main window on ``page`` at ``size``, shown the way ``smoke`` shows it: resized again once
    the page is built and once its data has landed (a page that reflows on resize went wrong only then)."""
    from vopi_desktop.app import install_translators
    from vopi_desktop.ui.context import AppContext
    from vopi_desktop.ui.tasks import SyncTaskRunner

    install_translators(QApplication.instance(), lang)
    ws = Workspace.open(load_config(example_dir, None), who="test")
    window = None
    try:
        ctx = AppContext(ws, load_config(example_dir, None), SyncTaskRunner(), lang)
        ctx.layout.enabled = False
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        window.show_area(page)
        QApplication.processEvents()
        window.resize(*size)
        window.grab()
        ctx.tasks.settle()
        window.resize(*size)
        for _ in range(3):
            QApplication.processEvents()
        window.grab()
        assert (window.width(), window.height()) == size
        yield window
    finally:
        if window is not None:
            window.close()
        ws.close()
        install_translators(QApplication.instance(), "de")


def _overlaps(window: QWidget) -> list[str]:
    return [
        f"{_name(a)} × {_name(b)}"
        for (a, ra), (b, rb) in itertools.combinations(_controls(window), 2)
        if ra.intersects(rb) and not a.isAncestorOf(b) and not b.isAncestorOf(a)
    ]


def _sideways(window: QWidget) -> list[str]:
    """Scroll areas of forms and text that scroll sideways (tables and the map may)."""
    return [
        f"{area.objectName() or type(area.widget()).__name__}: {area.widget().width()} px "
        f"in {area.viewport().width()} px"
        for area in window.findChildren(QScrollArea)
        if area.isVisibleTo(window)
        and area.widget() is not None
        and (area.horizontalScrollBar().isVisible() or area.widget().width() > area.viewport().width())
    ]


def _cut(window: QWidget) -> list[str]:
    """Labels that cut their text: a one-line label narrower than its text, or a wrapping one
    narrower than its longest word (elided labels draw their own "…" and say it in a tooltip)."""
    found = []
    for label in window.findChildren(QLabel):
        text = label.text()
        if isinstance(label, ElidedLabel) or not label.isVisibleTo(window) or not text:
            continue
        if label.textFormat() == Qt.TextFormat.RichText:
            continue
        if label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text):
            continue
        metrics = label.fontMetrics()
        shown = QRect(label.mapTo(window, QPoint(0, 0)), label.size())  # what its parents leave in view
        parent = label.parentWidget()
        while parent is not None and parent is not window:
            shown = shown.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
            parent = parent.parentWidget()
        if shown.isEmpty():
            continue  # scrolled out of view
        width = min(label.contentsRect().width(), shown.width())
        room = width - max(label.indent(), 0) - 2 * label.margin()
        if label.wordWrap():
            need = max((metrics.horizontalAdvance(w) for w in text.replace("&", "").split()), default=0)
        else:
            need = max(metrics.horizontalAdvance(line.replace("&", "")) for line in text.splitlines() or [""])
        if need > room + 1:
            found.append(f"{text[:40]!r}: {need} px in {room} px")
    return found


@pytest.mark.parametrize("page", BUILT)
def test_nothing_overlaps_at_1024x600(qtbot, example_dir: Path, page: str) -> None:
    with _window(qtbot, example_dir, page, (1024, 600)) as window:
        assert _overlaps(window) == []
        assert _sideways(window) == []
        assert _cut(window) == []


@pytest.mark.parametrize("page", BUILT)
def test_english_fits_1024x600_too(qtbot, example_dir: Path, page: str) -> None:
    """English texts have other lengths (the barrier form was cut in English only)."""
    with _window(qtbot, example_dir, page, (1024, 600), "en") as window:
        assert _overlaps(window) == []
        assert _sideways(window) == []
        assert _cut(window) == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_start_page_fits_the_default_size(qtbot, example_dir: Path, lang: str) -> None:
    """The occasions were cut at the right: the page's columns were stacked for the small
    window but its scroll area kept the width of the side-by-side layout."""
    with _window(qtbot, example_dir, "start", SMOKE_SIZE, lang) as window:
        assert _sideways(window) == []


def test_a_long_municipality_name_wraps_on_the_start_page(qtbot, tmp_path: Path) -> None:
    """A Gemeindeverwaltungsverband's name made the whole Start page scroll sideways at 1024x600."""
    from vopi_desktop.store.dto.municipality import MunicipalityInput

    folder = tmp_path / "long"
    config = load_config(folder, None)
    config.ensure_dirs()
    ws = Workspace.open(config, who="test")
    name = "Gemeindeverwaltungsverband Hohberg-Friesenheim-Neuried-Schutterwald"
    ws.municipalities.create(MunicipalityInput(name=name, kind="gemeinde", state="BW", population=40000))
    ws.close()
    with _window(qtbot, folder, "start", (1024, 600)) as window:
        assert _sideways(window) == []
        assert window.switcher.toolTip() and name in window.switcher.toolTip()


# Every dialog fits a 1024×600 screen with room for the title bar and the task bar.
DIALOG_ROOM = (1000, 560)


@pytest.mark.parametrize("dialog_class", DIALOGS, ids=lambda c: c.__name__)
def test_every_dialog_fits_a_small_screen(qtbot, ctx, municipality, dialog_class) -> None:
    """Found by the window-title test's discovery: a new dialog is checked without being listed."""
    dialog = build_dialog(dialog_class, ctx, municipality, qtbot)
    qtbot.addWidget(dialog)
    hint, least = dialog.sizeHint(), dialog.minimumSizeHint()
    assert hint.width() <= DIALOG_ROOM[0] and hint.height() <= DIALOG_ROOM[1], hint
    assert least.width() <= DIALOG_ROOM[0] and least.height() <= DIALOG_ROOM[1], least


def test_actor_dialog_scrolls_to_the_field_to_fix(qtbot, ctx, municipality) -> None:
    """The actor form is taller than a small screen: what a refusal or a buddy shortcut puts the
    cursor on is scrolled into view, and the form never scrolls sideways."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    from vopi_desktop.ui import messages
    from vopi_desktop.ui.pages.actors.dialog import ActorDialog

    ws = ctx.workspace
    dialog = ActorDialog(
        ctx,
        municipality.id,
        store=lambda data, errors: errors.attempt(lambda: ws.actors.create(municipality.id, data)),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.height() <= DIALOG_ROOM[1]
    area = dialog.form_scroll
    assert not area.horizontalScrollBar().isVisible()

    def in_view(widget) -> bool:
        top_left = widget.mapTo(area.viewport(), QPoint(0, 0))
        return area.viewport().rect().contains(QRect(top_left, widget.size()))

    qtbot.keyClicks(dialog.name, "Chor Harmonie")
    qtbot.keyClicks(dialog.contact_name, "Ayse Demir")  # then a legal basis is needed, further down
    try:
        area.verticalScrollBar().setValue(0)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.error.isVisible() and dialog.saved is None
        focused = dialog.focusWidget()
        assert focused is not None and area.widget().isAncestorOf(focused)
        qtbot.waitUntil(lambda: in_view(focused), timeout=1000)
        assert area.verticalScrollBar().value() > 0

        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        QTest.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # the organisation's "&Name:"
        assert dialog.focusWidget() is dialog.name
        qtbot.waitUntil(lambda: in_view(dialog.name), timeout=1000)
    finally:
        with messages.use_runner(lambda _box: QMessageBox.StandardButton.Yes):  # discard what was typed
            dialog.reject()


def test_a_long_record_title_elides_instead_of_cutting(qtbot) -> None:
    """A form's title (the record's name) asked for its full width: the events form was cut at the
    right at 1024×600. Now it ends in "…" where it has no room and its tooltip holds the whole name."""
    from vopi_desktop.ui.editor import EditorPanel

    panel = EditorPanel()
    layout = QVBoxLayout(panel)
    layout.addWidget(panel.title_label)
    qtbot.addWidget(panel)
    title = "Rundgang durch die Vereinsheime mit dem Integrationsbeirat <b>und</b> allen Vereinen"
    panel.set_title(title)
    assert panel.minimumSizeHint().width() < 150
    panel.resize(200, 60)
    panel.show()
    qtbot.waitExposed(panel)
    label = panel.title_label
    assert label.width() <= 200 and label.text() == title
    assert "Rundgang" in label.toolTip() and "&lt;b&gt;und" in label.toolTip()  # plain text, whole
    panel.resize(900, 60)
    qtbot.waitUntil(lambda: label.toolTip() == "")  # room for all of it: nothing to add


def test_a_tick_list_elides_long_choices_instead_of_scrolling_sideways(qtbot) -> None:
    """The pillar list of a measure scrolled sideways at 1024×600 ("Augenhöhe von Verwaltung und
    zivilgesellschaftlichem En…"); a choice now ends in "…" and its tooltip has the whole label."""
    from vopi_desktop.ui.widgets.checklist import CheckList

    ticks = CheckList("Säulen")
    qtbot.addWidget(ticks)
    long = "Augenhöhe von Verwaltung und zivilgesellschaftlichem Engagement"
    ticks.set_choices([("a", "Vielfalt"), ("b", long)])
    ticks.resize(200, 120)
    ticks.show()
    qtbot.waitExposed(ticks)
    QApplication.processEvents()
    assert not ticks.horizontalScrollBar().isVisible()
    assert ticks.visualItemRect(ticks.item(1)).right() <= ticks.viewport().width()
    assert long in ticks.item(1).toolTip()
    ticks.resize(700, 120)
    QApplication.processEvents()
    assert ticks.visualItemRect(ticks.item(1)).width() >= ticks.fontMetrics().horizontalAdvance(long)


def test_timeline_titles_stay_in_view_while_their_bar_is(qtbot, ctx, municipality) -> None:
    """A bar that began before the visible months showed its title cut at the view's left edge
    ("…rückenbauerinnen"); the title now slides along inside the part of the bar in view."""
    from datetime import date, timedelta

    from vopi_desktop.store.dto.measures import MeasureInput

    today = date.today()
    title = "Brückenbauerinnen in den Vereinen"
    ctx.workspace.measures.create(
        municipality.id,
        MeasureInput(title=title, start_on=today - timedelta(days=700), end_on=today + timedelta(days=300)),
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.show_area("timeline")
    ctx.tasks.settle()
    page = window.page("timeline")
    view = page.view
    label = next(
        i for i in page.scene.items() if getattr(i, "text", None) and callable(i.text) and i.text() == title
    )
    for value in (view.horizontalScrollBar().value(), view.horizontalScrollBar().maximum() // 3):
        view.horizontalScrollBar().setValue(value)
        QApplication.processEvents()
        left = view.mapToScene(0, 0).x()
        assert label.x() >= left, (value, label.x(), left)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_network_legend_leaves_the_map_its_room(qtbot, example_dir: Path, size: tuple[int, int]) -> None:
    """At 1024×600 the wrapped legend took 40 % of the map's column; it now takes at most a
    quarter and scrolls, and where there is room it shows all its rows."""
    with _window(qtbot, example_dir, "network", size) as window:
        page = window.page("network")
        legend, view = page.legend, page.view
        column = legend.parentWidget()
        assert legend.height() <= column.height() // 4 + 1
        assert view.height() >= column.height() // 2
        if size == (1366, 768):
            assert legend.verticalScrollBar().maximum() == 0  # every row in view
