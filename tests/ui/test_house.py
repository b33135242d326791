"""The house core on its own: fmt, plain text, the undo stack, the page base's write and load errors."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from vopi_desktop.store.errors import NotFoundError, StaleRecordError, StoreError, ValidationError
from vopi_desktop.ui.messages import fmt, plain_tooltip
from vopi_desktop.ui.pages.base import Page
from vopi_desktop.ui.undo import Command, UndoStack


def test_fmt_fills_in_one_pass() -> None:
    """A user text containing %2 is inserted as it is (a .replace chain rewrote it)."""
    assert fmt("%1 von %2", "Runde %2", "Juni") == "Runde %2 von Juni"
    assert fmt("%1 und %3", "a") == "a und %3"
    assert fmt("%10 %1", *range(1, 11)) == "10 1"


def test_plain_tooltip_shows_markup_literally(qapp) -> None:
    tip = plain_tooltip("<b>Fett</b>\nzweite Zeile")
    assert tip.startswith("<qt>") and "&lt;b&gt;" in tip and "<br>" in tip
    label = QLabel()
    label.setText(tip)
    assert "<b>" not in label.text()
    assert plain_tooltip("") == ""


@dataclass(frozen=True)
class Rec:
    id: str
    version: int
    value: int


class FakeStore:
    """One record with a version check, as the services do."""

    def __init__(self) -> None:
        self.rec = Rec("r1", 1, 0)

    def set(self, expected: Rec, value: int) -> Rec:
        if expected.version != self.rec.version:
            raise StaleRecordError("geändert")
        self.rec = Rec("r1", self.rec.version + 1, value)
        return self.rec


def _command(store: FakeStore, name: str, to: int, back: int) -> Command:
    return Command(name, store.rec, lambda _ws, r: store.set(r, to), lambda _ws, r: store.set(r, back))


def test_undo_stack_follows_its_own_versions_and_refuses_a_foreign_change(qapp) -> None:
    store = FakeStore()
    stack = UndoStack(lambda: None)  # type: ignore[arg-type, return-value]
    refused: list[str] = []
    stack.refused.connect(refused.append)
    stack.do(_command(store, "eins", 1, 0))
    stack.do(_command(store, "zwei", 2, 1))
    assert (stack.undo_name(), store.rec.value) == ("zwei", 2)
    assert stack.undo() and store.rec.value == 1
    assert stack.undo() and store.rec.value == 0  # the first command expects the version the second left
    assert stack.redo() and stack.redo() and store.rec.value == 2
    store.rec = replace(store.rec, version=store.rec.version + 5, value=9)  # another workstation
    assert not stack.undo()
    assert store.rec.value == 9 and refused == ["geändert"]
    assert not stack.can_undo()


def test_a_refused_first_do_records_nothing(qapp) -> None:
    stack = UndoStack(lambda: None)  # type: ignore[arg-type, return-value]

    def fail(_ws: object, _state: object) -> None:
        raise ValidationError("nein")

    with pytest.raises(ValidationError):
        stack.do(Command("x", None, fail, fail))
    assert not stack.can_undo() and len(stack) == 0


class _Probe(Page):
    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.page_layout().addWidget(QWidget())
        self.reloads = 0

    def reload(self) -> None:
        self.reloads += 1


@pytest.mark.parametrize(
    ("error", "reloads"),
    [(StoreError("Datenbank gesperrt"), 0), (StaleRecordError("veraltet"), 1), (NotFoundError("weg"), 1)],
)
def test_write_errors_land_in_the_message_line_not_the_crash_dialog(
    qtbot, ctx, municipality, error, reloads
) -> None:
    page = _Probe(ctx)
    qtbot.addWidget(page)
    page.set_municipality(municipality.id)
    page.show()
    before = page.reloads
    changed: list[bool] = []
    page.data_changed.connect(lambda: changed.append(True))

    def call(_ws):
        raise error

    assert page.write(call) is False
    assert page.message.isVisible() and page.message.text() == str(error) and page.message.is_error
    assert page.reloads - before == reloads  # stale or gone: the page shows what is stored now
    assert changed == []
    assert page.write(lambda ws: ws.municipalities.get(municipality.id)) is True
    assert not page.message.isVisible() and changed == [True]


def test_a_load_that_fails_says_so_in_the_message_line(qtbot, ctx, municipality) -> None:
    page = _Probe(ctx)
    qtbot.addWidget(page)
    page.set_municipality(municipality.id)
    page.show()
    shown: list[object] = []

    def fetch(_ws):
        raise StoreError("Die Verbindung zum Server ist abgebrochen.")

    page.load(fetch, shown.append)
    assert page.loading
    ctx.tasks.settle()
    assert not page.loading and shown == []
    assert page.message.text() == "Die Verbindung zum Server ist abgebrochen."


def test_no_municipality_shows_the_shared_empty_state(qtbot, ctx) -> None:
    page = _Probe(ctx)
    qtbot.addWidget(page)
    page.set_municipality(None)
    page.show()
    assert page.empty_state.isVisible() and not page.body.isVisible()
    assert page.empty_state.button.isVisible()
    assert page.reloads == 0


def test_closing_the_window_cancels_running_work_at_once(
    qtbot, qapp, workspace, config, municipality
) -> None:
    """Closing does not wait for a PDF or a layout: cancel_all stops it and no callback runs."""
    import time

    from vopi_desktop.app import install_translators
    from vopi_desktop.ui.context import AppContext
    from vopi_desktop.ui.main_window import MainWindow
    from vopi_desktop.ui.tasks import TaskRunner

    install_translators(qapp, "de")
    ctx = AppContext(workspace, config, TaskRunner(), "de")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.current_page()
    assert page is not None
    calls: list[object] = []

    def slow(_ws, progress) -> str:
        for _ in range(3000):  # 30 s unless cancelled
            time.sleep(0.01)
            progress.check()
        return "fertig"

    page.run_job(slow, calls.append, calls.append)
    qtbot.wait(50)
    t0 = time.monotonic()
    assert window.close()
    assert time.monotonic() - t0 < 2.0
    assert ctx.tasks.wait(2000)
    qtbot.wait(50)
    assert calls == [] and not ctx.tasks.busy
