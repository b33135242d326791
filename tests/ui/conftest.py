"""What UI tests share beyond ``tests/conftest.py`` (``ctx``, ``municipality``): the main window opened
on a page, with every question answered so that closing it at the end of a test never hangs; the
actors of a tick list long enough for its search bar."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QStackedWidget, QTabWidget, QWidget

from vopi_desktop.areas import AREAS
from vopi_desktop.store.dto.actors import ActorInput
from vopi_desktop.ui import messages
from vopi_desktop.ui.editor import EditorPanel
from vopi_desktop.ui.main_window import MainWindow
from vopi_desktop.ui.pages.opening.model import ROW_ROLE

# More organisations than a tick list shows without its search bar (12), some found only by a forgiving
# search ("konigs" finds both Königsbrück names).
NAMES = (
    *(f"Verein {n:02d}" for n in range(1, 13)),
    "Königsbrücker Tafel",
    "Kulturverein Königsbrück",
    "Integrationsbeirat Teststadt",
    "Caritas Fachdienst Migration",
)


@pytest.fixture
def actors(ctx, municipality) -> dict[str, str]:
    """The ``NAMES`` recorded as clubs of the test's municipality: their ids by name, in that order.
    A test module with actors of its own defines its own ``actors``."""
    ws = ctx.workspace
    return {
        name: ws.actors.create(municipality.id, ActorInput(name=name, type="verein")).id for name in NAMES
    }


@pytest.fixture
def discard_on_close() -> Iterator[None]:
    """Closing the window with typed or refused input asks "save?": discard it, reject any other dialog.
    A test that wants another answer nests its own ``messages.use_runner``."""
    with messages.use_runner(
        lambda d: (
            QMessageBox.StandardButton.Discard if isinstance(d, QMessageBox) else QDialog.DialogCode.Rejected
        )
    ):
        yield


def shown_window(qtbot, ctx) -> MainWindow:
    """The main window shown and active (its shortcuts fire only then)."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@pytest.fixture
def open_window(qtbot, ctx, discard_on_close) -> Callable[[str], MainWindow]:
    """``open_window("events")``: the main window shown and active on that area's page, its load done."""

    def open_on(area: str) -> MainWindow:
        window = shown_window(qtbot, ctx)
        window.show_area(area)
        ctx.tasks.settle()
        return window

    return open_on


@pytest.fixture
def open_example(qtbot, ctx, discard_on_close) -> Callable[[], MainWindow]:
    """``open_example()``: the main window shown and active on the small example town (Musterstadt),
    opened when called (a test may install its spies first)."""

    def open_it() -> MainWindow:
        ctx.workspace.load_example("small")
        return shown_window(qtbot, ctx)

    return open_it


def each_page(ctx, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Every area that has a page, shown and its reads done: (the area's key, its page)."""
    for area in AREAS:
        if area.page is None:
            continue
        window.show_area(area.key)
        ctx.tasks.settle()
        yield area.key, window.page(area.key)


def reveal_form(ctx, page: QWidget, editor: EditorPanel) -> None:
    """Bring a page's form into view with a record: its tab, the opening checklist of a club that has
    begun one, the first item of a checklist."""
    if page.__class__.__name__ == "OpeningPage" and editor.row is None:
        model = page.table.model()
        started = next(
            model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data(ROW_ROLE).started
        )
        page.table.setCurrentIndex(started)
        page.open_current()
        ctx.tasks.settle()
    widget: QWidget | None = editor
    while widget is not None and widget is not page:
        parent = widget.parentWidget()
        if isinstance(parent, QStackedWidget):
            tabs = parent.parentWidget()
            (tabs if isinstance(tabs, QTabWidget) else parent).setCurrentWidget(widget)
        widget = parent
    if editor.row is None:  # a checklist's item form: choose its first item
        pane = next(p for p in _ancestors(editor) if hasattr(p, "view") and hasattr(p.view, "checklist"))
        pane.view.select_item(pane.view.checklist.items[0].id)
    ctx.tasks.settle()


def _ancestors(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def network_page(qtbot, ctx, mid: str):
    """The Netzwerk page alone on ``mid``, active (its shortcuts, Del, Esc, Ctrl++, fire only in the
    active window), its map read and built (it starts reading a turn after it is shown)."""
    from vopi_desktop.ui.pages.network.page import NetworkPage

    page = NetworkPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.set_municipality(mid)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.waitUntil(lambda: not page.busy.isVisibleTo(page) and not page.scene.building)
    return page


def exchange_page(qtbot, ctx, mid: str):
    """The Austausch page alone on ``mid``, shown and read."""
    from vopi_desktop.ui.pages.exchange.page import ExchangePage

    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    page.set_municipality(mid)
    page.show()
    ctx.tasks.settle()
    return page


def preview_row(dialog, record_id: str):
    """The import preview's group row and the record's row under it (an AssertionError if absent)."""
    from vopi_desktop.ui.pages.exchange.preview import ITEM_ROLE

    for index in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(index)
        for row in range(top.childCount()):
            if top.child(row).data(0, ITEM_ROLE).id == record_id:
                return top, top.child(row)
    raise AssertionError(record_id)


def town_imported(ctx, tmp_path, before: Callable | None = None):
    """A town's own workspace with the small demo, and its first file (``first.vopi``) imported into
    ``ctx``'s: the town (to change and export again) and its municipality's id. ``before(town, mid)``
    makes what the first file should hold besides the demo."""
    from vopi_desktop.exchange import importer
    from vopi_desktop.store.db import make_engine, upgrade
    from vopi_desktop.store.demo import fill_demo
    from vopi_desktop.store.workspace import Workspace

    engine = make_engine(tmp_path / "town.sqlite3")
    upgrade(engine)
    town = Workspace(engine, who="Rathaus")
    fill_demo(town, "small")
    mid = town.municipalities.list()[0].id
    if before is not None:
        before(town, mid)
    town.exchange.export_file(tmp_path / "first.vopi")
    here = ctx.workspace.exchange
    importer.apply(here, importer.prepare(here, tmp_path / "first.vopi"), None)
    return town, mid


def preview_differences(qtbot, ctx, page, path, title: str) -> dict[str, tuple[str, str]]:
    """``path`` opened on the Austausch ``page``: the import preview's differences of the record named
    ``title``, field -> (here, in the file); the preview is then closed without importing."""
    from PySide6.QtCore import Qt

    from vopi_desktop.ui.pages.exchange.preview import PreviewDialog

    rows: dict[str, tuple[str, str]] = {}

    def preview(dialog: QDialog) -> int:
        assert isinstance(dialog, PreviewDialog)
        flags = Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
        (item,) = dialog.tree.findItems(title, flags)
        dialog.tree.setCurrentItem(item)
        table = dialog.table
        for r in range(table.rowCount()):
            rows[table.item(r, 0).text()] = (table.item(r, 1).text(), table.item(r, 2).text())
        return QDialog.DialogCode.Rejected

    with messages.use_runner(preview):
        page.open_file(path)
        ctx.tasks.settle()
        qtbot.waitUntil(lambda: bool(rows))
    return rows


def print_into(out, asked: list[str] | None = None) -> Callable[[QDialog], int]:
    """The print dialog answered (through ``messages.use_runner``): printed into the PDF file ``out``
    at 72 dpi (the tests read pages, not pixels); the dialog's title appended to ``asked``."""

    def answer(dialog: QDialog) -> int:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        assert isinstance(dialog, QPrintDialog)
        if asked is not None:
            asked.append(dialog.windowTitle())
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        dialog.printer().setResolution(72)
        return QDialog.DialogCode.Accepted

    return answer


def choose_kind(qtbot, page, title: str) -> None:
    """As a user does: the Berichte page's Dokument list by keyboard until it shows ``title``."""
    from PySide6.QtCore import Qt

    page.kind.setFocus()
    qtbot.keyClick(page.kind, Qt.Key.Key_Home)
    for _ in range(page.kind.count()):
        if page.kind.currentText() == title:
            return
        qtbot.keyClick(page.kind, Qt.Key.Key_Down)
    raise AssertionError(f"{title!r} not among {[page.kind.itemText(n) for n in range(page.kind.count())]}")
