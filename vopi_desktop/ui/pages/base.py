"""The base of every page: the current municipality, loading, writing, undo, messages, empty states.

A page never touches ``ctx.workspace``: it hands functions of the workspace to
- ``load(fetch, apply)``: ``fetch(ws)`` runs on the *reads* lane; ``apply(result)`` runs on the UI
  thread only if the answer is still for the current municipality and the latest load;
- ``write(call, on_done)``: ``call(ws)`` on the UI thread (one short transaction); a StoreError
  (stale record, record gone, database down) lands in the page's message line, never the crash dialog;
- ``change(name, state, redo, undo)``: an undoable write (see ui/undo.py);
- ``save_form(form, name, state, redo, undo, stored)``: an editor panel's Save as one such write.
See ARCHITECTURE.md, "Pages: how to build one".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QShortcut, QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ...store.errors import NotFoundError, StaleRecordError, StoreError, ValidationError
from ...store.snapshot import StartSnapshot
from ..context import AppContext
from ..editor import EditorPanel
from ..tasks import Progress, TaskHandle
from ..undo import Command, Step
from ..widgets.empty_state import EmptyState
from ..widgets.message_line import MessageLine
from ..widgets.wheel_guard import guard_wheel
from .leaving import editors_leave_ok

if TYPE_CHECKING:
    from ...store.workspace import Workspace

log = logging.getLogger(__name__)
T = TypeVar("T")


class ErrorSink(Protocol):
    def show_message(self, message: str, field: str | None = None) -> None: ...


class Page(QWidget):
    """A page reloads lazily: switching municipality only marks it stale until it is shown again."""

    navigate = Signal(str)  # ask the main window to show the area with this key
    data_changed = Signal()  # this page wrote something other pages may show
    status_message = Signal(str)
    create_municipality = Signal()  # ask for the new-municipality dialog
    # "Print…" on a page: the window prints the page's document as Ctrl+P does (True: the blank form)
    print_requested = Signal(bool)

    #: False for pages that make sense without a municipality (they show their own welcome).
    needs_municipality = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.area_key = ""  # set by the main window
        self.municipality_id: str | None = None
        self._stale = True
        self._load_generation = 0  # every load counts up
        self._reset_generation = 0  # a municipality switch or reset drops every answer on its way
        self._parts: dict[str, int] = {}  # the latest load per part
        self.loading = False
        self._row_actions: list[QWidget | QAction | QShortcut] = []
        self.editors: list[EditorPanel] = []
        # the record ``reload_at`` (or the window after an undo) shows once loaded: ``take_selection``
        self.select_after_load: str | None = None
        self.message = MessageLine()
        self.empty_state = EmptyState()
        self.body: QWidget | None = None
        self._stack: QStackedWidget | None = None

    # ----- layout
    def page_layout(self) -> QVBoxLayout:
        """The frame every page sits in: message line on top, then the body or an empty state.
        Returns the body's layout for the page to fill."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self.message)
        self.body = QWidget()
        self._stack = QStackedWidget()
        self._stack.addWidget(self.body)
        self._stack.addWidget(self.empty_state)
        outer.addWidget(self._stack, 1)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        return layout

    def show_body(self) -> None:
        if self._stack is not None and self.body is not None:
            self._stack.setCurrentWidget(self.body)

    def show_empty(
        self, title: str, text: str, action_text: str = "", action: Callable[[], None] | None = None
    ) -> None:
        """An empty state instead of the body: no municipality, or nothing recorded yet."""
        self.empty_state.set_content(title, text, action_text, action)
        if self._stack is not None:
            self._stack.setCurrentWidget(self.empty_state)

    def show_no_municipality(self) -> None:
        self.show_empty(
            # The window always chooses one when there is one: None means the workspace has none yet.
            self.tr("No municipality yet"),
            self.tr(
                "There is no municipality in this workspace yet. Create one (Ctrl+N); the same dialog "
                "also loads the fictional example town to look around and practise."
            ),
            self.tr("&Create municipality…"),
            self.create_municipality.emit,
        )

    # ----- messages
    def show_error(self, text: str) -> None:
        if self.message.parent() is None:  # a page without the frame: the status bar says it
            self.status_message.emit(text)
        else:
            self.message.show_error(text)

    def show_info(self, text: str) -> None:
        """A short confirmation: the status bar (it fades), and the message line is cleared."""
        self.message.clear()
        self.status_message.emit(text)

    # ----- municipality and staleness
    def set_municipality(self, municipality_id: str | None) -> None:
        self.municipality_id = municipality_id
        self._reset_generation += 1  # answers for the previous municipality are dropped
        self.message.clear()
        self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        if self.municipality_id is None and self.needs_municipality and self._stack is not None:
            self._reset_generation += 1
            self._set_loading(False)
            self.show_no_municipality()
            self.clear()
            return
        self.show_body()
        self.reload()

    def ensure_loaded(self) -> None:
        if self._stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # the wheel over a filter or choice combo above a list changes it only with the focus, as in forms
        guard_wheel(self)
        super().showEvent(event)
        self.ensure_loaded()

    # ----- loading
    def load(
        self,
        fetch: Callable[[Workspace], T],
        apply: Callable[[T], None],
        failed: Callable[[StoreError], None] | None = None,
        part: str = "",
    ) -> None:
        """Read off the UI thread; ``apply`` runs only for the current municipality and the latest
        load of this ``part``. The main part ("") is the page's rows: row actions
        (``disable_while_loading``) are off until it arrives. Other parts (e.g. "insights") load
        beside it without cancelling it."""
        self._load_generation += 1
        self._parts[part] = self._load_generation
        key = (self.municipality_id, self._reset_generation, self._load_generation)
        ctx = self.ctx
        main = part == ""
        if main:
            self._set_loading(True)

        def current() -> bool:
            latest = (self.municipality_id, self._reset_generation, self._parts.get(part))
            return key == latest

        def done(result: T) -> None:
            if not current():
                return
            if main:
                self._set_loading(False, before=lambda: apply(result))
            else:
                apply(result)

        def error(exc: BaseException) -> None:
            if not current():
                return
            if main:
                self._set_loading(False)
            if not isinstance(exc, StoreError):
                raise exc  # a bug: the crash handler logs it
            self.show_error(str(exc))
            if failed is not None:
                failed(exc)

        ctx.tasks.run(lambda _progress: fetch(ctx.workspace), done, error, owner=self, lane="reads")

    def run_job(
        self,
        work: Callable[[Workspace, Progress], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> TaskHandle:
        """Long work on the *jobs* lane (a PDF, an export): ``work(ws, progress)`` off the UI thread;
        ``progress.update(done, total)`` reports, ``progress.check()`` stops once cancelled (the
        returned handle's ``cancel()``). A StoreError shows in the message line unless ``on_error``."""
        ctx = self.ctx

        def error(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            elif isinstance(exc, StoreError):
                self.show_error(str(exc))
            else:
                raise exc  # a bug: the crash handler logs it

        return ctx.tasks.run(
            lambda progress: work(ctx.workspace, progress),
            on_done,
            error,
            on_progress,
            owner=self,
            lane="jobs",
        )

    def disable_while_loading(self, *actions: QWidget | QAction | QShortcut) -> None:
        """Buttons, QActions and QShortcuts that act on a row: off while the rows are loading."""
        self._row_actions.extend(actions)

    def _set_loading(self, loading: bool, before: Callable[[], None] | None = None) -> None:
        self.loading = loading
        if loading:
            for action in self._row_actions:
                action.setEnabled(False)
            return
        if before is not None:
            before()
        for action in self._row_actions:
            action.setEnabled(True)
        self.update_actions()

    def update_actions(self) -> None:
        """Enable what fits the current selection (pages override; check ``self.loading``)."""

    # ----- writing
    def write(
        self,
        call: Callable[[Workspace], T],
        on_done: Callable[[T], None] | None = None,
        errors: ErrorSink | None = None,
    ) -> bool:
        """One store call on the UI thread; False when the store refused (the reason is shown).

        ``errors``: a dialog's FormError, which then shows the refusal and focuses the field.
        A stale or vanished record reloads the page, so the user sees what is stored now.
        """
        try:
            result = call(self.ctx.workspace)
        except StoreError as exc:
            field = exc.field if isinstance(exc, ValidationError) else None
            if errors is not None:
                errors.show_message(str(exc), field)
            else:
                self.show_error(str(exc))
            if isinstance(exc, (StaleRecordError, NotFoundError)):
                self.mark_stale()
            return False
        self.message.clear()
        self.data_changed.emit()
        if on_done is not None:
            on_done(result)
        return True

    def change(
        self,
        name: str,
        state: Any,
        redo: Step,
        undo: Step,
        on_done: Callable[[Any], None] | None = None,
        errors: ErrorSink | None = None,
    ) -> Any:
        """An undoable write: ``redo(ws, state)`` now and on Redo, ``undo(ws, state)`` on Undo;
        each returns the new state (the record with its new version) and passes the version it
        expects to the service. Returns the state after the first redo, or None when refused."""
        command = Command(name, state, redo, undo, self.area_key)
        if not self.write(lambda _ws: self.ctx.undo.do(command), on_done, errors):
            return None
        return command.state

    def save_form(
        self,
        form: EditorPanel,
        name: str,
        state: Any,
        redo: Step,
        undo: Step,
        stored: Callable[[Any], Any],
        then: Callable[[Any], None] | None = None,
        *,
        errors_to_page: bool = False,
    ) -> bool:
        """A form's Save (its ``save_handler``) as one undoable ``change``, then show and select.

        A refusal lands on the form's error line (``errors_to_page``: the page's message line) and
        nothing is stored. Once stored, the form shows ``stored(state)``, the record as the store
        returned it, clean again; ``then(record)`` updates the page, by default ``reload_at``."""
        done = self.change(name, state, redo, undo, errors=None if errors_to_page else form)
        record = None if done is None else stored(done)
        if record is None:
            return False
        form.show_row(record)
        if then is None:
            self.reload_at(record.id)
        else:
            then(record)
        return True

    def reload_at(self, record_id: str) -> None:
        """Read again and select this record: the page's apply starts from ``select_after_load``."""
        self.select_after_load = record_id
        self.reload()

    def lists(self, record_id: str) -> bool:
        """Whether the page's rows hold this record now (shown or filtered out). The window asks it
        after an undo or redo: a record the step brought back (a delete undone) is then selected once
        the page reads again; one it lists already (an edit undone) leaves the selection alone."""
        return False

    def take_selection(self, listed: Callable[[str], bool], current: str | None) -> str | None:
        """In a page's apply: the record to select. The one asked for (``reload_at``, or the record
        an undo brought back: see ``lists``) when ``listed(id)``, else ``current`` (a record the undo
        removed, or one of another kind, leaves the selection where it was). The request is used up."""
        wanted, self.select_after_load = self.select_after_load, None
        return wanted if wanted and listed(wanted) else current

    def read_now(self, fetch: Callable[[Workspace], T], errors: ErrorSink | None = None) -> T | None:
        """A small read on the UI thread (one record for a dialog); None with the reason shown."""
        try:
            return fetch(self.ctx.workspace)
        except StoreError as exc:
            if errors is not None:
                errors.show_message(str(exc))
            else:
                self.show_error(str(exc))
            if isinstance(exc, NotFoundError):
                self.mark_stale()
            return None

    # ----- page protocol
    def preload(self, snapshot: StartSnapshot) -> None:
        """Data read at start-up without the Workspace, for the first page shown (see app.py)."""

    def reload(self) -> None:
        """Read this page's data (``self.load``) and show it."""

    def clear(self) -> None:
        """Forget the shown rows (no municipality)."""

    def add_editor(self, editor: EditorPanel) -> None:
        self.editors.append(editor)

    def leave_ok(self) -> bool:
        """Asked before the window shows another page, municipality or closes: False keeps it here.
        Every editor panel with unsaved input asks: save (stay if the save is refused), discard, stay."""
        return editors_leave_ok(self, self.editors)

    def focus_search(self) -> bool:
        """Put the cursor into the page's search field (Ctrl+F); False when the page has none."""
        return False

    def help_text(self) -> str:
        """What F1 shows for this page."""
        return ""

    def request_print(self) -> None:
        """Ctrl+P (``ui/printing.py``): print this page's document; a checklist asks blank or filled first."""
        self.print_requested.emit(False)

    def print_subject(self) -> tuple[str, str] | None:
        """The one record (id, name) a printout from here is limited to (an open club's checklist)."""
        return None

    def print_guide(self) -> tuple[tuple[str, ...], bool] | None:
        """The Mitmachen guide's languages and whether side by side, as ticked where it prints from."""
        return None
